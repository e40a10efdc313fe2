/**
 * Checks across files: every id named exists, ids are unique, units form a tree, documents
 * are not entered twice and their kind agrees with their number, and the arithmetic of the
 * figures holds — or is flagged as the source's own error.
 */
import { DOCUMENT_KINDS } from '../schemas/document.ts';
import type { Observation } from '../schemas/observation.ts';
import { PATHS, type Corpus, type KnownIds, type RejectedRows } from './engine.ts';
import { makeIssue, type Issue } from '../core/issues.ts';
import { agreesWithPrinted, parsePrinted, type PrintedFigure } from '../core/printed.ts';
import { parseDocNumber } from '../docnumber/index.ts';

const LEVEL_RANK = { 'quoc-gia': 0, tinh: 1, huyen: 2, xa: 3, ap: 4 } as const;
const vi = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

export function crossCheck(c: Corpus, known: KnownIds, rejected: RejectedRows): Issue[] {
  const issues: Issue[] = [];
  // One map per table serves the duplicate check and every lookup below (the last row of an id wins).
  const units = indexIds(c.units, PATHS.units, issues);
  const indicators = indexIds(c.indicators, PATHS.indicators, issues);
  const observations = indexIds(c.observations, PATHS.observations, issues);
  const { units: unitIds, indicators: indicatorIds, observations: observationIds, documents: documentIds, conferences: conferenceIds } = known;

  // A reference into a file that could not be read is not checked: that file's error says enough.
  const fk = (ids: Set<string> | undefined, target: string, file: string, where: { row?: number; line?: number }, field: string, value: string | undefined) => {
    if (value === undefined || ids === undefined || ids.has(value)) return;
    issues.push(makeIssue('foreign-key', { file, ...where, field, value, expected: `một mã có trong ${target} / an id in ${target}` }));
  };

  // Units: references, and a tree whose parents sit one level up or higher.
  for (const { row, data: u } of c.units) {
    fk(unitIds, PATHS.units, PATHS.units, { row }, 'parent', u.parent);
    fk(unitIds, PATHS.units, PATHS.units, { row }, 'successor', u.successor);
    if (!u.parent && u.level !== 'quoc-gia')
      issues.push(makeIssue('required', { file: PATHS.units, row, field: 'parent', expected: 'mã đơn vị cấp trên / id of the unit one level up' }));
    const parent = u.parent ? units.get(u.parent) : undefined;
    if (parent && LEVEL_RANK[parent.data.level] >= LEVEL_RANK[u.level])
      issues.push(
        makeIssue('constraint-error', {
          file: PATHS.units,
          row,
          field: 'parent',
          value: u.parent,
          expected: `một đơn vị cấp cao hơn "${u.level}" / a unit above level "${u.level}"`,
        }),
      );
    if (u.valid_from && u.valid_to && u.valid_to < u.valid_from)
      issues.push(makeIssue('constraint-error', { file: PATHS.units, row, field: 'valid_to', value: u.valid_to, expected: `≥ ${u.valid_from}` }));
    // A cycle: walking up never reaches the root.
    const seen = new Set<string>([u.id]);
    for (let p = parent; p?.data.parent; p = units.get(p.data.parent)) {
      if (seen.has(p.data.parent)) {
        issues.push(makeIssue('constraint-error', { file: PATHS.units, row, field: 'parent', value: u.parent, expected: 'không tạo vòng / no cycle' }));
        break;
      }
      seen.add(p.data.id);
    }
  }

  // Documents.
  const identity = new Map<string, string>();
  for (const d of c.documents) {
    const line = (f: string) => ({ line: d.lineOf([f]) });
    fk(unitIds, PATHS.units, d.file, line('unit'), 'unit', d.data.unit);
    for (const [field, list] of [['implements', d.data.implements], ['supersedes', d.data.supersedes]] as const)
      (list ?? []).forEach((id, i) => fk(documentIds, PATHS.documents, d.file, { line: d.lineOf([field, i]) }, `${field}[${i}]`, id));
    const key = documentIdentity(d.data);
    const first = identity.get(key);
    if (first)
      issues.push(
        makeIssue('duplicate-document', {
          file: d.file,
          ...line('number'),
          field: 'number',
          value: d.data.number,
          expected: `một tệp cho ${d.data.number} (${d.data.unit}, ${d.data.issued.slice(0, 4)}); đã có ${first} / one file per document; ${first} exists`,
        }),
      );
    else identity.set(key, d.file);
    const parsedNumber = parseDocNumber(d.data.number);
    const code = parsedNumber?.type;
    const expectedCode = DOCUMENT_KINDS[d.data.kind].code;
    if (parsedNumber?.kind !== undefined && parsedNumber.kind !== d.data.kind)
      issues.push(
        makeIssue('kind-number-mismatch', {
          file: d.file,
          ...line('kind'),
          field: 'kind',
          value: `${d.data.kind} (${d.data.number})`,
          expected: `mã loại ${expectedCode} trong số hiệu / type code ${expectedCode} in the number`,
          hint: {
            vi: `Số hiệu ${d.data.number} mang mã ${code}: sửa kind cho khớp, hoặc sửa số hiệu nếu gõ nhầm.`,
            en: `Number ${d.data.number} carries the code ${code}: make kind agree, or correct the number if mistyped.`,
          },
        }),
      );
  }

  // Conferences.
  for (const conf of c.conferences) {
    fk(unitIds, PATHS.units, conf.file, { line: conf.lineOf(['unit']) }, 'unit', conf.data.unit);
    (conf.data.documents ?? []).forEach((id, i) => fk(documentIds, PATHS.documents, conf.file, { line: conf.lineOf(['documents', i]) }, `documents[${i}]`, id));
    (conf.data.observations ?? []).forEach((id, i) => {
      const where = { line: conf.lineOf(['observations', i]) };
      fk(observationIds, PATHS.observations, conf.file, where, `observations[${i}]`, id);
      const o = observations.get(id);
      if (o && o.data.conference !== conf.id)
        issues.push(
          makeIssue('constraint-error', {
            file: conf.file,
            ...where,
            field: `observations[${i}]`,
            value: id,
            expected: `dòng có conference = ${conf.id} (dòng ${o.row} ghi ${o.data.conference}) / a row whose conference is ${conf.id}`,
          }),
        );
    });
    if (conf.data.published < conf.data.held)
      issues.push(
        makeIssue('constraint-error', {
          file: conf.file,
          line: conf.lineOf(['published']),
          field: 'published',
          value: conf.data.published,
          expected: `≥ held (${conf.data.held})`,
          severity: 'warning',
          message: { vi: 'Ngày đăng trước ngày diễn ra', en: 'Published before it was held' },
        }),
      );
  }

  // Observations: references and arithmetic.
  const file = PATHS.observations;
  // Printed figures repeat (`1.017`, `trên 5.120`): each distinct one is parsed once.
  const printed = new Map<string, PrintedFigure | undefined>();
  for (const { row, data: o } of c.observations) {
    const where = { row };
    fk(indicatorIds, PATHS.indicators, file, where, 'indicator', o.indicator);
    fk(unitIds, PATHS.units, file, where, 'unit', o.unit);
    fk(conferenceIds, PATHS.conferences, file, where, 'conference', o.conference);
    fk(observationIds, PATHS.observations, file, where, 'part_of', o.part_of);
    if (o.part_of === o.id)
      issues.push(makeIssue('constraint-error', { file, row, field: 'part_of', value: o.part_of, expected: 'mã của dòng khác / another row’s id' }));
    const measure = indicators.get(o.indicator)?.data.measure;
    if (measure === 'ratio' && o.value !== undefined && o.total === undefined)
      issues.push(makeIssue('required', { file, row, field: 'total', expected: 'tổng số của tỉ lệ (16/17 → 17) / the ratio’s total' }));
    if (measure && measure !== 'ratio' && o.total !== undefined)
      issues.push(makeIssue('constraint-error', { file, row, field: 'total', value: String(o.total), expected: `để trống với measure=${measure} / empty for measure=${measure}` }));
    if (measure === 'percent' && o.value !== undefined && (o.value < 0 || o.value > 100))
      issues.push(makeIssue('constraint-error', { file, row, field: 'value', value: String(o.value), expected: '0–100' }));
    if (o.value !== undefined && o.value < 0)
      issues.push(makeIssue('constraint-error', { file, row, field: 'value', value: String(o.value), expected: '≥ 0' }));
    if (o.value !== undefined && o.total !== undefined && o.value > o.total)
      issues.push(makeIssue('value-exceeds-total', { file, row, field: 'value', value: `${o.value}/${o.total}`, expected: `value ≤ total (${o.total})` }));
    if (o.printed && o.value !== undefined && measure !== undefined) {
      let p = printed.get(o.printed);
      if (p === undefined && !printed.has(o.printed)) printed.set(o.printed, (p = parsePrinted(o.printed)));
      const a = assess(o, measure, p);
      if (a && !a.ok) issues.push(printedMismatch(o, row, computedText(o, a)));
    }
  }
  for (const p of checkParts(c.observations, new Set(rejected.observations.map((r) => r.part_of ?? '')), observations)) issues.push(p.issue);
  return issues;
}

/** A document is (unit, number, year of issue): two provinces each have a 02-NQ/TU. */
export function documentIdentity(d: { unit: string; number: string; issued: string }): string {
  return `${d.unit}|${d.number.normalize('NFC').toUpperCase().replace(/\s+/g, '')}|${d.issued.slice(0, 4)}`;
}

/** Rows by id, the last row of an id winning; every row after the first of its id is a duplicate-id. */
function indexIds<R extends { row: number; data: { id: string } }>(rows: R[], file: string, issues: Issue[]): Map<string, R> {
  const byId = new Map<string, R>();
  let firstRows: Map<string, number> | undefined;
  for (const r of rows) {
    const id = r.data.id;
    const prev = byId.get(id);
    if (prev !== undefined) {
      firstRows ??= new Map();
      let first = firstRows.get(id);
      if (first === undefined) firstRows.set(id, (first = prev.row));
      issues.push(makeIssue('duplicate-id', { file, row: r.row, field: 'id', value: id, expected: `mã chưa dùng (đã có ở dòng ${first}) / an unused id (row ${first} has it)` }));
    }
    byId.set(id, r);
  }
  return byId;
}

/** Computed value of a figure, in the unit the source printed it in. */
export function computedFigure(o: Observation, measure: string | undefined, percent: boolean): number | undefined {
  if (o.value === undefined) return undefined;
  if (percent && measure === 'ratio') return o.total ? (o.value / o.total) * 100 : undefined;
  return o.value;
}

/** How a printed figure compares with the machine numbers beside it. */
export interface PrintedAssessment {
  ok: boolean;
  /** The value the figures give, in the printed unit (percent when the source printed a rate). */
  computed?: number;
  percent: boolean;
  /** `30,56%` or `16/17`: the computed figure as a reader would print it. */
  computedText?: string;
}

export function assessPrinted(o: Observation, measure: string | undefined): PrintedAssessment | undefined {
  // Without the indicator's measure (unknown id, unreadable file) a rate cannot be computed.
  if (!o.printed || o.value === undefined || measure === undefined) return undefined;
  const a = assess(o, measure, parsePrinted(o.printed));
  if (!a) return undefined;
  // Formatting is the costly part and matters only where the figures disagree: done on demand.
  const text = () => computedText(o, a);
  return a.computed === undefined
    ? { ok: a.ok, percent: false, get computedText() { return text(); } }
    : { ok: a.ok, computed: a.computed, percent: a.percent, get computedText() { return text(); } };
}

/** assessPrinted without the text, for a figure already parsed. */
function assess(o: Observation, measure: string, p: PrintedFigure | undefined): Omit<PrintedAssessment, 'computedText'> | undefined {
  if (!p || o.value === undefined) return undefined;
  if (p.ratio) return { ok: p.ratio.value === o.value && (o.total === undefined || p.ratio.total === o.total), percent: false };
  const computed = computedFigure(o, measure, p.percent);
  if (computed === undefined || p.number === undefined) return undefined;
  // A qualified figure is the bound it names: its printed number is the value itself.
  const ok = o.qualifier || p.qualifier ? p.number === o.value : agreesWithPrinted(computed, p.number, p.decimals);
  return { ok, computed, percent: p.percent };
}

function computedText(o: Observation, a: Omit<PrintedAssessment, 'computedText'>): string {
  return a.computed === undefined ? `${o.value}/${o.total ?? '?'}` : `${vi.format(a.computed)}${a.percent ? '%' : ''}`;
}

function printedMismatch(o: Observation, row: number, computed: string): Issue {
  return makeIssue('printed-mismatch', {
    file: PATHS.observations,
    row,
    field: 'printed',
    value: o.printed,
    expected: computed,
    message: {
      vi: `Nguồn in ${o.printed} nhưng tính ra ${computed}`,
      en: `The source prints ${o.printed} but the figures give ${computed}`,
    },
  });
}

/** The least and the most a figure can be, each qualified figure read as the bound it is. */
function low(o: Observation): number {
  return o.qualifier === 'under' ? 0 : o.qualifier === 'about' ? o.value! * 0.9 : o.value!;
}

function high(o: Observation): number {
  return o.qualifier === 'over' ? Infinity : o.qualifier === 'about' ? o.value! * 1.1 : o.value!;
}

/** Parts must be able to add up to their whole, each qualified figure read as the bound it is. */
export function checkParts(
  rows: { row: number; data: Observation }[],
  incomplete = new Set<string>(),
  /** The rows by id (last row of an id wins), when the caller has built it already. */
  byId: Map<string, { row: number; data: Observation }> = new Map(rows.map((r) => [r.data.id, r])),
): { whole: string; issue: Issue }[] {
  const issues: { whole: string; issue: Issue }[] = [];
  const parts = new Map<string, Observation[]>();
  for (const { data } of rows) {
    if (!data.part_of || data.value === undefined) continue;
    const list = parts.get(data.part_of);
    if (list) list.push(data);
    else parts.set(data.part_of, [data]);
  }
  for (const [wholeId, list] of parts) {
    const whole = byId.get(wholeId);
    if (!whole || whole.data.value === undefined || incomplete.has(wholeId)) continue;
    let lo = 0;
    let hi = 0;
    for (const p of list) {
      lo += low(p);
      hi += high(p);
    }
    if (hi < low(whole.data) - 1e-9 || lo > high(whole.data) + 1e-9) {
      const exact = list.map((p) => p.value).join(' + ');
      issues.push({ whole: wholeId, issue:
        makeIssue('parts-sum-mismatch', {
          file: PATHS.observations,
          row: whole.row,
          field: 'value',
          value: `${whole.data.printed ?? whole.data.value}`,
          expected: `${exact} = ${vi.format(list.reduce((s, p) => s + p.value!, 0))}`,
          message: {
            vi: `Các phần (${exact}) không cộng lại bằng tổng ${whole.data.printed ?? whole.data.value}`,
            en: `The parts (${exact}) do not add up to the whole ${whole.data.printed ?? whole.data.value}`,
          },
        }) });
    }
  }
  return issues;
}
