/**
 * Checks across files: every id named exists, ids are unique, units form a tree, documents
 * are not entered twice and their kind agrees with their number, and the arithmetic of the
 * figures holds — or is flagged as the source's own error.
 */
import { DOCUMENT_KINDS } from '../schemas/document.ts';
import type { Observation } from '../schemas/observation.ts';
import { PATHS, type Corpus, type IdSet, type KnownIds, type RejectedRows } from '../corpus/corpus.ts';
import { makeIssue, type Issue } from '../core/issues.ts';
import { draftIssue } from './draft.ts';
import { NOT_PLAIN, parsePrinted, readPlainPrinted, type PrintedFigure } from '../core/printed.ts';
import { assess, checkParts, computedText } from '../domain/arithmetic.ts';
import { UNIT_LEVEL_RANK } from '../schemas/unit.ts';
import { lineage } from '../domain/units.ts';
import { documentIdentity } from '../domain/documents.ts';
import { parseDocNumber } from '../docnumber/index.ts';
import { isEventKind, reportDate } from '../schemas/conference.ts';
import { dateLabel, surelyBefore, yearOf } from '../core/partial-date.ts';

export function crossCheck(c: Corpus, known: KnownIds, rejected: RejectedRows): Issue[] {
  const issues: Issue[] = [];
  // One map per table serves the duplicate check and every lookup below (the last row of an id wins).
  const units = indexIds(c.units, PATHS.units, issues, known.units);
  const indicators = indexIds(c.indicators, PATHS.indicators, issues, known.indicators);
  const observations = indexIds(c.observations, PATHS.observations, issues, known.observations);
  const {
    units: unitIds,
    indicators: indicatorIds,
    observations: observationIds,
    documents: documentIds,
    conferences: conferenceIds,
  } = known;

  // A reference into a file that could not be read is not checked: that file's error says enough.
  // False when it found a broken reference.
  const fk = (
    ids: IdSet | undefined,
    target: string,
    file: string,
    where: { row?: number; line?: number },
    field: string,
    value: string | undefined,
  ): boolean => {
    if (value === undefined || ids === undefined || ids.has(value)) return true;
    issues.push(makeIssue('foreign-key', { file, ...where, field, value, expected: `một mã có trong ${target} / an id in ${target}` }));
    return false;
  };

  // Units: references, and a tree whose parents sit one level up or higher.
  for (const { row, data: u } of c.units) {
    fk(unitIds, PATHS.units, PATHS.units, { row }, 'parent', u.parent);
    fk(unitIds, PATHS.units, PATHS.units, { row }, 'successor', u.successor);
    if (!u.parent && u.level !== 'quoc-gia')
      issues.push(
        makeIssue('required', { file: PATHS.units, row, field: 'parent', expected: 'mã đơn vị cấp trên / id of the unit one level up' }),
      );
    const parent = u.parent ? units.get(u.parent) : undefined;
    if (parent && UNIT_LEVEL_RANK[parent.data.level] >= UNIT_LEVEL_RANK[u.level])
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
      issues.push(
        makeIssue('constraint-error', { file: PATHS.units, row, field: 'valid_to', value: u.valid_to, expected: `≥ ${u.valid_from}` }),
      );
    // A cycle: walking up never reaches the root.
    if (lineage(u.id, (id) => units.get(id)?.data.parent).cycle)
      issues.push(
        makeIssue('constraint-error', { file: PATHS.units, row, field: 'parent', value: u.parent, expected: 'không tạo vòng / no cycle' }),
      );
  }

  // A public page cannot link to a draft document, which has no public page.
  const draftDocs = new Set(c.documents.filter((d) => d.data.draft).map((d) => d.id));
  const notDraft = (draft: boolean | undefined, file: string, where: { line: number }, field: string, id: string) => {
    if (!draft && draftDocs.has(id))
      issues.push(
        makeIssue('constraint-error', {
          file,
          ...where,
          field,
          value: id,
          expected: 'một văn bản đã xuất bản (bỏ draft: true ở văn bản đó) / a published document (remove draft: true from it)',
        }),
      );
  };

  // Documents.
  const identity = new Map<string, string>();
  const docById = new Map(c.documents.map((d) => [d.id, d]));
  for (const d of c.documents) {
    const line = (f: string) => ({ line: d.lineOf([f]) });
    fk(unitIds, PATHS.units, d.file, line('unit'), 'unit', d.data.unit);
    for (const [field, list] of [
      ['implements', d.data.implements],
      ['supersedes', d.data.supersedes],
    ] as const)
      (list ?? []).forEach((id, i) => {
        fk(documentIds, PATHS.documents, d.file, { line: d.lineOf([field, i]) }, `${field}[${i}]`, id);
        notDraft(d.data.draft, d.file, { line: d.lineOf([field, i]) }, `${field}[${i}]`, id);
        const other = docById.get(id);
        if (other)
          issues.push(
            ...relationDateIssues({ file: d.file, line: d.lineOf([field, i]), field: `${field}[${i}]` }, d.data.issued, other, field),
          );
      });
    issues.push(...documentSourceIssues(d, conferenceIds));
    issues.push(...statusSourceIssues(d));
    const key = documentIdentity(d.data);
    const first = identity.get(key);
    if (first)
      issues.push(
        makeIssue('duplicate-document', {
          file: d.file,
          ...line('number'),
          field: 'number',
          value: d.data.number,
          expected: `một tệp cho ${d.data.number} (${d.data.unit}, ${yearOf(d.data.issued) ?? 'chưa rõ năm / year unknown'}); đã có ${first} / one file per document; ${first} exists`,
        }),
      );
    else identity.set(key, d.file);
    const parsedNumber = parseDocNumber(d.data.number);
    if (!parsedNumber?.complete)
      issues.push(
        makeIssue('constraint-error', {
          file: d.file,
          ...line('number'),
          field: 'number',
          value: d.data.number,
          expected: 'số hiệu văn bản như bản in: 34-KL/TW, 02-NQ/TU, 01-ĐA/TU, 3903/PA-UBND, 30/2020/NĐ-CP / a document number as printed',
          message: { vi: 'Số hiệu không đọc được thành số hiệu văn bản', en: 'The number does not read as a document number' },
        }),
      );
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
    (conf.data.documents ?? []).forEach((id, i) => {
      fk(documentIds, PATHS.documents, conf.file, { line: conf.lineOf(['documents', i]) }, `documents[${i}]`, id);
      notDraft(conf.data.draft, conf.file, { line: conf.lineOf(['documents', i]) }, `documents[${i}]`, id);
      const doc = docById.get(id);
      if (doc)
        issues.push(
          ...relationDateIssues(
            { file: conf.file, line: conf.lineOf(['documents', i]), field: `documents[${i}]` },
            reportDate(conf.data),
            doc,
            'documents',
          ),
        );
    });
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
    issues.push(...eventFieldIssues(conf));
    if (surelyBefore(conf.data.published, conf.data.held))
      issues.push(
        makeIssue('constraint-error', {
          file: conf.file,
          line: conf.lineOf(['published']),
          field: 'published',
          value: conf.data.published,
          expected: `≥ held (${dateLabel(conf.data.held)})`,
          severity: 'warning',
          message: { vi: 'Ngày đăng trước ngày diễn ra', en: 'Published before it was held' },
        }),
      );
  }

  // Observations: references and arithmetic.
  const file = PATHS.observations;
  // Printed figures repeat (`1.017`, `trên 5.120`): each distinct one is parsed once.
  const printed = new Map<string, PrintedFigure | undefined>();
  // A reference equal to the last one found needs no lookup, nor an indicator equal to one of
  // the last few: rows repeat their unit, report and whole row after row, and cycle through a
  // few indicators. (Ids compared with several would cost more than the lookup.)
  const okIndicators = recentValues<string>();
  let okUnit: string | undefined, okConference: string | undefined, okPartOf: string | undefined;
  const measureOf = recentValues<string>();
  const measures: (string | undefined)[] = [];
  for (const { row, data: o } of c.observations) {
    const where = { row };
    if (okIndicators.indexOf(o.indicator) === -1 && fk(indicatorIds, PATHS.indicators, file, where, 'indicator', o.indicator))
      okIndicators.add(o.indicator);
    if (o.unit !== okUnit && fk(unitIds, PATHS.units, file, where, 'unit', o.unit)) okUnit = o.unit;
    if (o.conference !== okConference && fk(conferenceIds, PATHS.conferences, file, where, 'conference', o.conference))
      okConference = o.conference;
    if (o.part_of !== okPartOf && fk(observationIds, PATHS.observations, file, where, 'part_of', o.part_of)) okPartOf = o.part_of;
    if (o.part_of === o.id)
      issues.push(
        makeIssue('constraint-error', { file, row, field: 'part_of', value: o.part_of, expected: 'mã của dòng khác / another row’s id' }),
      );
    // A figure is its value: a row without one is not a figure.
    if (o.value === undefined)
      issues.push(
        makeIssue('required', {
          file,
          row,
          field: 'value',
          value: '',
          expected: 'một số máy: 1017, 17.07 / a machine number',
          message: { vi: 'Trường bắt buộc value đang để trống', en: 'The required field value is empty' },
        }),
      );
    if (o.target !== undefined && (o.target < 0 || o.target > 100))
      issues.push(
        makeIssue('constraint-error', {
          file,
          row,
          field: 'target',
          value: String(o.target),
          expected: 'phần trăm từ 0 đến 100 / a percent from 0 to 100',
        }),
      );
    if (o.total !== undefined && o.total < 0)
      issues.push(makeIssue('constraint-error', { file, row, field: 'total', value: String(o.total), expected: '≥ 0' }));
    let m = measureOf.indexOf(o.indicator);
    if (m === -1) measures[(m = measureOf.add(o.indicator))] = indicators.get(o.indicator)?.data.measure;
    const measure = measures[m];
    if (measure === 'ratio' && o.value !== undefined && o.total === undefined)
      issues.push(makeIssue('required', { file, row, field: 'total', expected: 'tổng số của tỉ lệ (16/17 → 17) / the ratio’s total' }));
    if (measure && measure !== 'ratio' && o.total !== undefined)
      issues.push(
        makeIssue('constraint-error', {
          file,
          row,
          field: 'total',
          value: String(o.total),
          expected: `để trống với measure=${measure} / empty for measure=${measure}`,
        }),
      );
    if (measure === 'percent' && o.value !== undefined && (o.value < 0 || o.value > 100))
      issues.push(makeIssue('constraint-error', { file, row, field: 'value', value: String(o.value), expected: '0–100' }));
    if (o.value !== undefined && o.value < 0)
      issues.push(makeIssue('constraint-error', { file, row, field: 'value', value: String(o.value), expected: '≥ 0' }));
    if (o.value !== undefined && o.total !== undefined && o.value > o.total)
      issues.push(
        makeIssue('value-exceeds-total', {
          file,
          row,
          field: 'value',
          value: `${o.value}/${o.total}`,
          expected: `value ≤ total (${o.total})`,
        }),
      );
    if (o.printed && o.value !== undefined && measure !== undefined) {
      // The usual shapes are read by hand, cheaper than hashing a new string for the cache.
      const plain = readPlainPrinted(o.printed);
      let p: PrintedFigure | undefined;
      if (plain !== NOT_PLAIN) p = plain;
      else {
        p = printed.get(o.printed);
        if (p === undefined && !printed.has(o.printed)) printed.set(o.printed, (p = parsePrinted(o.printed)));
      }
      const a = assess(o, measure, p);
      if (a && !a.ok) issues.push(printedMismatch(o, row, computedText(o, a)));
    }
  }
  for (const p of checkParts(c.observations, new Set(rejected.observations.map((r) => r.part_of ?? '')), observations))
    issues.push(p.issue);
  // A draft's missing fields are what publication still needs: warnings, as the schema's are.
  const drafts = new Set([...c.documents, ...c.conferences].filter((e) => e.data.draft === true).map((e) => e.file));
  return drafts.size ? issues.map((i) => (drafts.has(i.file) ? draftIssue(i) : i)) : issues;
}

/** The last RECENT values added, by slot: indexOf finds a value's slot, add answers the slot it took. */
function recentValues<T>(): { indexOf(v: T): number; add(v: T): number } {
  const values: T[] = [];
  let next = 0;
  return {
    indexOf: (v) => values.indexOf(v),
    add: (v) => {
      const slot = next;
      values[slot] = v;
      next = (next + 1) % RECENT;
      return slot;
    },
  };
}
const RECENT = 8;

type Located<T> = { file: string; lineOf(path: PropertyKey[]): number; data: T };

/**
 * An event (every kind but `bai-viet`) has a date and an organizer; a feature article has
 * neither: a `held` on it would date an event that never took place.
 */
function eventFieldIssues(conf: Located<{ kind: string; held?: string; organizer?: string }>): Issue[] {
  const out: Issue[] = [];
  const at = (field: string) => ({ file: conf.file, line: conf.lineOf([field]), field });
  if (isEventKind(conf.data.kind)) {
    for (const field of ['held', 'organizer'] as const)
      if (conf.data[field] === undefined)
        out.push(
          makeIssue('required', {
            ...at(field),
            line: conf.lineOf(['kind']),
            expected: `${field} cho kind: ${conf.data.kind} (một sự kiện); bài viết về một giai đoạn dùng kind: bai-viet / ${field} for an event; an article about a period uses kind: bai-viet`,
          }),
        );
  } else {
    for (const field of ['held', 'organizer'] as const)
      if (conf.data[field] !== undefined)
        out.push(
          makeIssue('constraint-error', {
            ...at(field),
            value: conf.data[field],
            expected: `không có ${field} với kind: bai-viet (bài viết không gắn với một sự kiện); nếu có sự kiện, chọn kind khác / no ${field} with kind: bai-viet (an article, not an event)`,
          }),
        );
  }
  return out;
}

/**
 * A stated relation the dates rule out: a document carrying out or replacing one issued after
 * it, a report reviewing a document issued after its event. Partial dates are the intervals they
 * may be ("2021" is any day of 2021) and an unknown date rules nothing out, so only a relation
 * that cannot hold is reported.
 */
function relationDateIssues(
  at: { file: string; line: number; field: string },
  date: string | undefined,
  other: { id: string; data: { number: string; issued?: string } },
  relation: 'implements' | 'supersedes' | 'documents',
): Issue[] {
  if (!surelyBefore(date, other.data.issued)) return [];
  const verb = {
    implements: { vi: 'thực hiện', en: 'carry out' },
    supersedes: { vi: 'thay thế', en: 'replace' },
    documents: { vi: 'sơ kết, thực hiện', en: 'review' },
  }[relation];
  const self = relation === 'documents' ? { vi: 'Báo cáo', en: 'The report' } : { vi: 'Văn bản', en: 'The document' };
  return [
    makeIssue('relation-dates', {
      ...at,
      value: other.id,
      expected: `một văn bản ban hành không sau ${dateLabel(date)} (${other.data.number} ban hành ${dateLabel(other.data.issued)}) / a document issued no later than ${date}`,
      message: {
        vi: `${self.vi} (${dateLabel(date)}) không thể ${verb.vi} văn bản ${other.data.number} ban hành sau đó (${dateLabel(other.data.issued)})`,
        en: `${self.en} (${date}) cannot ${verb.en} ${other.data.number}, issued later (${other.data.issued})`,
      },
    }),
  ];
}

/** A legal status is a fact: it says where it comes from (`source`), or it is not shown as one. */
function statusSourceIssues(d: Located<{ status?: string; source?: unknown }>): Issue[] {
  if (d.data.status === undefined || d.data.source !== undefined) return [];
  return [
    makeIssue('required', {
      file: d.file,
      line: d.lineOf(['status']),
      field: 'source',
      value: d.data.status,
      expected: 'source: nguồn cho biết hiệu lực (văn bản gốc, công báo…) / where the status comes from',
      message: { vi: 'Hiệu lực không ghi nguồn', en: 'A status without its source' },
      hint: {
        vi: 'Ghi source (type, publisher hoặc url) cho biết hiệu lực lấy từ đâu, hoặc xóa status: không ghi thì trang không nói gì về hiệu lực.',
        en: 'Add source (type, publisher or url) saying where the status comes from, or remove status: without it the page says nothing about legal force.',
      },
    }),
  ];
}

/** A document's `source` names a report that exists (type report), or who publishes the text. */
function documentSourceIssues(
  d: Located<{ source?: { type: string; report?: string; publisher?: string; url?: string } }>,
  conferenceIds: IdSet | undefined,
): Issue[] {
  const s = d.data.source;
  if (!s) return [];
  const at = (field: string) => ({ file: d.file, line: d.lineOf(['source', field]), field: `source.${field}` });
  if (s.type === 'report') {
    if (s.report === undefined)
      return [
        makeIssue('required', { ...at('type'), expected: 'source.report: mã bài viết viện dẫn văn bản / the id of the report citing it' }),
      ];
    if (conferenceIds !== undefined && !conferenceIds.has(s.report))
      return [
        makeIssue('foreign-key', {
          ...at('report'),
          value: s.report,
          expected: `một mã có trong ${PATHS.conferences} / an id in ${PATHS.conferences}`,
        }),
      ];
    return [];
  }
  if (s.publisher === undefined && s.url === undefined)
    return [
      makeIssue('required', {
        ...at('type'),
        expected: `source.publisher hoặc source.url cho type: ${s.type} / who publishes the text, or its address`,
      }),
    ];
  return [];
}

/** Rows by id, the last row of an id winning; every row after the first of its id is a duplicate-id. */
function indexIds<R extends { row: number; data: { id: string } }>(
  rows: R[],
  file: string,
  issues: Issue[],
  known: IdSet | undefined,
): Map<string, R> {
  // The caller's index of these very rows (engine.ts) serves as it is: a million ids hash once.
  const index = known instanceof TableIds && known.rows === rows ? (known as TableIds<R>) : indexRows(rows);
  for (const { row, id, first } of index.repeats)
    issues.push(
      makeIssue('duplicate-id', {
        file,
        row,
        field: 'id',
        value: id,
        expected: `mã chưa dùng (đã có ở dòng ${first}) / an unused id (row ${first} has it)`,
      }),
    );
  return index.byId;
}

interface RowIndex<R> {
  byId: Map<string, R>;
  /** Rows whose id an earlier row has, with that first row, in row order. */
  repeats: { row: number; id: string; first: number }[];
}

function indexRows<R extends { row: number; data: { id: string } }>(rows: R[]): RowIndex<R> {
  // One lookup a row while every id is new; at the first repeat, again from the start with two.
  const unique = new Map<string, R>();
  let n = 0;
  for (const r of rows) {
    unique.set(r.data.id, r);
    if (unique.size === n) break;
    n++;
  }
  if (n === rows.length) return { byId: unique, repeats: [] };
  const byId = new Map<string, R>();
  const repeats: RowIndex<R>['repeats'] = [];
  let firstRows: Map<string, number> | undefined;
  for (const r of rows) {
    const id = r.data.id;
    const prev = byId.get(id);
    if (prev !== undefined) {
      firstRows ??= new Map();
      let first = firstRows.get(id);
      if (first === undefined) firstRows.set(id, (first = prev.row));
      repeats.push({ row: r.row, id, first });
    }
    byId.set(id, r);
  }
  return { byId, repeats };
}

/**
 * The ids of a read table for KnownIds: its rows' and its rejected rows' (whose ids still exist
 * for references). crossCheck takes its rows by id from here rather than hashing them again.
 */
export class TableIds<R extends { row: number; data: { id: string } }> implements IdSet, RowIndex<R> {
  readonly byId: Map<string, R>;
  readonly repeats: RowIndex<R>['repeats'];
  readonly #rejected: Set<string>;

  readonly rows: R[];

  constructor(rows: R[], rejected: Record<string, string>[]) {
    this.rows = rows;
    const index = indexRows(rows);
    this.byId = index.byId;
    this.repeats = index.repeats;
    this.#rejected = new Set(rejected.map((r) => r.id ?? ''));
  }

  has(id: string): boolean {
    return this.byId.has(id) || this.#rejected.has(id);
  }
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
