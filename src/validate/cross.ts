/**
 * Checks across files: every id named exists, ids are unique, units form a tree, documents
 * are not entered twice and their kind agrees with their number, and the arithmetic of the
 * figures holds — or is flagged as the source's own error.
 */
import { DOCUMENT_KINDS } from '../schemas/document.ts';
import type { Observation } from '../schemas/observation.ts';
import { PATHS, type Corpus, type KnownIds, type RejectedRows } from './engine.ts';
import { makeIssue, type Issue } from './issues.ts';
import { agreesWithPrinted, parsePrinted } from './printed.ts';
import { parseDocNumber } from '../docnumber/index.ts';

const LEVEL_RANK = { 'quoc-gia': 0, tinh: 1, huyen: 2, xa: 3, ap: 4 } as const;
const vi = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

export function crossCheck(c: Corpus, known: KnownIds, rejected: RejectedRows): Issue[] {
  const issues: Issue[] = [];
  uniqueIds(c.units, PATHS.units, issues);
  uniqueIds(c.indicators, PATHS.indicators, issues);
  uniqueIds(c.observations, PATHS.observations, issues);
  const { units: unitIds, indicators: indicatorIds, observations: observationIds, documents: documentIds, conferences: conferenceIds } = known;

  // A reference into a file that could not be read is not checked: that file's error says enough.
  const fk = (ids: Set<string> | undefined, target: string, file: string, where: { row?: number; line?: number }, field: string, value: string | undefined) => {
    if (value === undefined || ids === undefined || ids.has(value)) return;
    issues.push(makeIssue('foreign-key', { file, ...where, field, value, expected: `một mã có trong ${target} / an id in ${target}` }));
  };

  // Units: references, and a tree whose parents sit one level up or higher.
  const units = new Map(c.units.map((u) => [u.data.id, u]));
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
  const observations = new Map(c.observations.map((o) => [o.data.id, o]));
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
  const indicators = new Map(c.indicators.map((i) => [i.data.id, i.data]));
  const file = PATHS.observations;
  for (const { row, data: o } of c.observations) {
    fk(indicatorIds, PATHS.indicators, file, { row }, 'indicator', o.indicator);
    fk(unitIds, PATHS.units, file, { row }, 'unit', o.unit);
    fk(conferenceIds, PATHS.conferences, file, { row }, 'conference', o.conference);
    fk(observationIds, PATHS.observations, file, { row }, 'part_of', o.part_of);
    if (o.part_of === o.id)
      issues.push(makeIssue('constraint-error', { file, row, field: 'part_of', value: o.part_of, expected: 'mã của dòng khác / another row’s id' }));
    const measure = indicators.get(o.indicator)?.measure;
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
    if (o.printed && o.value !== undefined) issues.push(...checkPrinted(o, row, measure));
  }
  issues.push(...checkParts(c.observations, new Set(rejected.observations.map((r) => r.part_of ?? ''))).map((p) => p.issue));
  return issues;
}

/** A document is (unit, number, year of issue): two provinces each have a 02-NQ/TU. */
export function documentIdentity(d: { unit: string; number: string; issued: string }): string {
  return `${d.unit}|${d.number.normalize('NFC').toUpperCase().replace(/\s+/g, '')}|${d.issued.slice(0, 4)}`;
}

function uniqueIds<T extends { id: string }>(rows: { row: number; data: T }[], file: string, issues: Issue[]): Set<string> {
  const first = new Map<string, number>();
  for (const { row, data } of rows) {
    const prev = first.get(data.id);
    if (prev !== undefined)
      issues.push(makeIssue('duplicate-id', { file, row, field: 'id', value: data.id, expected: `mã chưa dùng (đã có ở dòng ${prev}) / an unused id (row ${prev} has it)` }));
    else first.set(data.id, row);
  }
  return new Set(first.keys());
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
  const p = parsePrinted(o.printed);
  if (!p) return undefined;
  if (p.ratio) {
    const ok = p.ratio.value === o.value && (o.total === undefined || p.ratio.total === o.total);
    return { ok, percent: false, computedText: `${o.value}/${o.total ?? '?'}` };
  }
  const computed = computedFigure(o, measure, p.percent);
  if (computed === undefined || p.number === undefined) return undefined;
  // A qualified figure is the bound it names: its printed number is the value itself.
  const ok = o.qualifier || p.qualifier ? p.number === o.value : agreesWithPrinted(computed, p.number, p.decimals);
  return { ok, computed, percent: p.percent, computedText: `${vi.format(computed)}${p.percent ? '%' : ''}` };
}

function checkPrinted(o: Observation, row: number, measure: string | undefined): Issue[] {
  const a = assessPrinted(o, measure);
  if (!a || a.ok) return [];
  return [
    makeIssue('printed-mismatch', {
      file: PATHS.observations,
      row,
      field: 'printed',
      value: o.printed,
      expected: a.computedText,
      message: {
        vi: `Nguồn in ${o.printed} nhưng tính ra ${a.computedText}`,
        en: `The source prints ${o.printed} but the figures give ${a.computedText}`,
      },
    }),
  ];
}

type Interval = [number, number];

function interval(o: Observation): Interval {
  const v = o.value!;
  switch (o.qualifier) {
    case 'over':
      return [v, Infinity];
    case 'under':
      return [0, v];
    case 'about':
      return [v * 0.9, v * 1.1];
    default:
      return [v, v];
  }
}

/** Parts must be able to add up to their whole, each qualified figure read as the bound it is. */
export function checkParts(rows: { row: number; data: Observation }[], incomplete = new Set<string>()): { whole: string; issue: Issue }[] {
  const issues: { whole: string; issue: Issue }[] = [];
  const byId = new Map(rows.map((r) => [r.data.id, r]));
  const parts = new Map<string, Observation[]>();
  for (const { data } of rows) if (data.part_of && data.value !== undefined) parts.set(data.part_of, [...(parts.get(data.part_of) ?? []), data]);
  for (const [wholeId, list] of parts) {
    const whole = byId.get(wholeId);
    if (!whole || whole.data.value === undefined || incomplete.has(wholeId)) continue;
    const sum = list.reduce<Interval>((acc, p) => { const [lo, hi] = interval(p); return [acc[0] + lo, acc[1] + hi]; }, [0, 0]);
    const [wlo, whi] = interval(whole.data);
    if (sum[1] < wlo - 1e-9 || sum[0] > whi + 1e-9) {
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
