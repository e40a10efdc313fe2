/**
 * Open data: the published tables as CSV and JSON, the data of every chart, and a Frictionless
 * Data Package describing them. Pure functions; the endpoints under `src/pages/du-lieu/` only
 * feed them the site's data. The tables' CSV is what machines read: UTF-8 without a byte-order
 * mark, as datapackage.json declares it (a BOM makes the first header `\uFEFFid` to a Frictionless
 * client), CRLF, RFC 4180 quoting, and no cell a spreadsheet would run as a formula. Each table
 * has a copy for spreadsheets with a BOM (Excel reads Vietnamese by it), under `du-lieu/excel/`,
 * as the charts' own CSV files have.
 */
import Papa from 'papaparse';
import type { ChartItem, FigureInput } from '../../charts/specs.ts';
import type { Unit } from '../../schemas/unit.ts';
import { labelsOf } from '../../domain/unit-labels.ts';
import { inertText } from '../../core/inert-cell.ts';
import { PARTIAL_DATE_PATTERN } from '../../core/partial-date.ts';
import { suggestSlug } from '../../core/slug.ts';
import type { Field, FieldType } from '../../schemas/table.ts';
import { observationFields } from '../../schemas/observation.ts';
import { unitTable } from '../../schemas/unit.ts';
import { indicatorTable } from '../../schemas/indicator.ts';

export type { Field } from '../../schemas/table.ts';

interface ForeignKey {
  fields: string;
  /** `''` is the table itself (a unit's parent is a unit). */
  reference: { resource: string; fields: string };
}

export interface Table {
  name: 'units' | 'indicators' | 'conferences' | 'observations' | 'observations-enriched';
  title: string;
  description: string;
  fields: Field[];
  primaryKey: string;
  foreignKeys: ForeignKey[];
}

const f = (name: string, type: FieldType, description: string, required = false): Field => ({
  name,
  type,
  description,
  ...(required ? { required } : {}),
});
/**
 * A date as far as the source gives it: `2021-09-23`, `2020-03`, `2020`. Table Schema's `date`
 * type takes only full days, so these columns are strings with the ISO pattern; an empty cell
 * is a date no source gives (never filled in with a made-up day).
 */
const partialDateField = (name: string, description: string, required = false): Field => ({
  ...f(
    name,
    'string',
    `${description} (YYYY-MM-DD; YYYY-MM khi nguồn chỉ cho biết tháng, YYYY khi chỉ cho biết năm${required ? '' : '; trống khi nguồn không cho biết'})`,
    required,
  ),
  constraints: { pattern: PARTIAL_DATE_PATTERN },
});
const fk = (fields: string, resource: string): ForeignKey => ({ fields, reference: { resource, fields: 'id' } });

/** A table's declared fields with `extra` after the field `after`. */
const withField = (fields: readonly Field[], after: string, extra: Field): Field[] =>
  fields.flatMap((x) => (x.name === after ? [x, extra] : [x]));

export const TABLES: readonly Table[] = [
  {
    name: 'units',
    title: 'Địa phương',
    description: 'Đơn vị hành chính và lịch sử sáp nhập.',
    fields: withField(
      unitTable.fields,
      'name',
      f(
        'label',
        'string',
        'Tên hiển thị: kèm đơn vị cấp trên khi trùng tên với đơn vị khác, kèm ngày cuối cùng khi không còn tồn tại',
        true,
      ),
    ),
    primaryKey: 'id',
    foreignKeys: [fk('parent', ''), fk('successor', '')],
  },
  {
    name: 'indicators',
    title: 'Chỉ tiêu',
    description: 'Những gì được đếm: tên, chủ đề, cách đo, cấp.',
    fields: indicatorTable.fields,
    primaryKey: 'id',
    foreignKeys: [],
  },
  {
    name: 'conferences',
    title: 'Báo cáo nguồn',
    description: 'Các báo cáo hội nghị, sơ kết, tổng kết đã xuất bản, nguồn của từng số liệu.',
    fields: [
      f('id', 'string', 'Mã báo cáo', true),
      f('title', 'string', 'Tiêu đề', true),
      f(
        'kind',
        'string',
        'Loại: so-ket, tong-ket, khao-sat, hop, hoi-nghi; bai-viet (bài viết về một giai đoạn, không gắn với sự kiện)',
        true,
      ),
      partialDateField('held', 'Ngày diễn ra; trống với bài viết không gắn với sự kiện'),
      partialDateField('published', 'Ngày đăng'),
      f('unit', 'string', 'Mã địa phương (units.id)', true),
      f('organizer', 'string', 'Đơn vị tổ chức; trống với bài viết không gắn với sự kiện'),
      f('source_publisher', 'string', 'Nơi đăng nguồn', true),
      f('source_url', 'string', 'Địa chỉ nguồn'),
      f('page_url', 'string', 'Trang của báo cáo trên cổng', true),
    ],
    primaryKey: 'id',
    foreignKeys: [fk('unit', 'units')],
  },
  {
    name: 'observations',
    title: 'Số liệu',
    description: 'Từng số liệu do các báo cáo đã xuất bản nêu, đúng các cột của data/observations.csv.',
    fields: observationFields,
    primaryKey: 'id',
    foreignKeys: [fk('indicator', 'indicators'), fk('unit', 'units'), fk('part_of', ''), fk('conference', 'conferences')],
  },
  {
    name: 'observations-enriched',
    title: 'Số liệu kèm phép tính',
    description: 'Số liệu như bảng observations, thêm tỉ lệ tính lại và cờ khi số nguồn in không khớp phép tính.',
    fields: [
      ...observationFields,
      f('unit_label', 'string', 'Tên hiển thị của địa phương (units.label)', true),
      f('rate', 'number', 'value / total × 100, làm tròn 4 chữ số thập phân'),
      f('flagged', 'boolean', 'true khi số nguồn in không khớp với số đếm', true),
      f('computed', 'string', 'Số tính lại từ số đếm, khi bị gắn cờ'),
      f('parts_flagged', 'boolean', 'true khi các phần không cộng lại bằng tổng', true),
    ],
    primaryKey: 'id',
    foreignKeys: [fk('id', 'observations')],
  },
];

/** The data of one chart: the figures behind its rows, with the chart's own labels. */
export const CHART_FIELDS: readonly Field[] = [
  f('label', 'string', 'Nhãn trên biểu đồ', true),
  f('role', 'string', 'whole (tổng) hoặc part (thành phần) với biểu đồ cơ cấu; trống với biểu đồ khác'),
  ...observationFields
    .filter((x) => !['note', 'part_of'].includes(x.name))
    .map((x) => (x.name === 'id' ? { ...x, name: 'observation' } : x)),
  f('rate', 'number', 'value / total × 100, làm tròn 4 chữ số thập phân'),
  f('flagged', 'boolean', 'true khi số nguồn in không khớp phép tính', true),
  f('computed', 'string', 'Số tính lại từ số đếm, khi bị gắn cờ'),
];

export type Row = Record<string, string | number | boolean | undefined | null>;

/** The one inert-cell rule, shared with the import's review files. */
export { inertText };

function cell(field: Field, v: Row[string]): string {
  if (v === undefined || v === null || v === '') return '';
  if (field.type === 'number' || field.type === 'integer') {
    if (typeof v !== 'number' || !Number.isFinite(v)) throw new TypeError(`${field.name}: expected a number, got ${JSON.stringify(v)}`);
    return String(v);
  }
  if (field.type === 'boolean') return v ? 'true' : 'false';
  return inertText(String(v).normalize('NFC'));
}

/**
 * CSV text: header row, CRLF, RFC 4180 quoting; every cell checked against its field. For a
 * spreadsheet (`{ excel: true }`) it starts with a byte-order mark; for machines it does not.
 */
export function toCsv(fields: readonly Field[], rows: Row[], options: { excel?: boolean } = {}): string {
  const data = rows.map((r) => fields.map((fl) => cell(fl, r[fl.name])));
  return `${options.excel ? '\uFEFF' : ''}${Papa.unparse({ fields: fields.map((x) => x.name), data }, { newline: '\r\n', header: true })}\r\n`;
}

/** JSON text: an array of records in field order, `null` for an empty cell. */
export function toJson(fields: readonly Field[], rows: Row[]): string {
  const records = rows.map((r) =>
    Object.fromEntries(fields.map((fl) => [fl.name, r[fl.name] === undefined || r[fl.name] === '' ? null : r[fl.name]])),
  );
  return `${JSON.stringify(records, null, 1)}\n`;
}

export interface OpenDataInput {
  units: Row[];
  indicators: Row[];
  conferences: {
    id: string;
    data: {
      title: string;
      kind: string;
      held?: string;
      published?: string;
      unit: string;
      organizer?: string;
      source: { publisher: string; url?: string };
    };
  }[];
  figures: FigureInput[];
  /** Absolute URL of a report's page. */
  pageUrl(conferenceId: string): string;
}

const round4 = (n: number | undefined) => (n === undefined ? undefined : Math.round(n * 1e4) / 1e4);

/** A figure's cells in the declared columns of data/observations.csv; a list (`derived`) as words separated by spaces. */
function observationRow(o: FigureInput): Row {
  const cells = o as unknown as Record<string, Row[string] | readonly string[]>;
  return Object.fromEntries(
    observationFields.map(({ name }) => [name, Array.isArray(cells[name]) ? cells[name].join(' ') : cells[name]]),
  ) as Row;
}

/** The rows of every published table; observations only from public reports (the caller's figures). */
export function tableRows(input: OpenDataInput): Record<Table['name'], Row[]> {
  const byId = <T extends { id?: unknown }>(a: T, b: T) => String(a.id).localeCompare(String(b.id));
  // The editor's row order, as in data/observations.csv (wholes before their parts).
  const figures = [...input.figures].sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || a.id.localeCompare(b.id));
  const labels = labelsOf(input.units as unknown as Unit[]);
  return {
    units: [...input.units].sort(byId).map((u) => ({ ...u, label: labels.get(String(u.id))?.label ?? u.name })),
    indicators: [...input.indicators].sort(byId),
    conferences: [...input.conferences].sort(byId).map((c) => ({
      id: c.id,
      title: c.data.title,
      kind: c.data.kind,
      held: c.data.held,
      published: c.data.published,
      unit: c.data.unit,
      organizer: c.data.organizer,
      source_publisher: c.data.source.publisher,
      source_url: c.data.source.url,
      page_url: input.pageUrl(c.id),
    })),
    observations: figures.map(observationRow),
    'observations-enriched': figures.map((o) => ({
      ...observationRow(o),
      unit_label: labels.get(o.unit)?.label ?? o.unitData.name,
      rate: round4(o.rate),
      flagged: o.flagged,
      computed: o.computedText,
      parts_flagged: o.partsFlagged,
    })),
  };
}

/** A chart's data: for a composition the whole first, then its parts. */
export function chartRows(c: ChartItem): Row[] {
  // The figure's columns as CHART_FIELDS names them (the id as `observation`).
  const row = (o: FigureInput, label: string, role?: string): Row => ({
    label,
    role,
    ...observationRow(o),
    observation: o.id,
    rate: round4(o.rate),
    flagged: o.flagged,
    computed: o.computedText,
  });
  const rows = c.figures.map((o, i) => row(o, c.spec.rows[i]!.label, c.whole ? 'part' : undefined));
  return c.whole ? [row(c.whole, c.spec.title, 'whole'), ...rows] : rows;
}

export interface PackageInput {
  name: string;
  title: string;
  description: string;
  homepage: string;
  licence: { name: string; url: string };
  sources: { title: string; path?: string }[];
  /** ISO date of the newest figure's report, for `created`-like freshness without a clock. */
  version?: string;
}

/** SPDX-style licence id from a display name: "CC BY 4.0" → "CC-BY-4.0". */
function licenceId(name: string): string {
  return name.trim().replace(/\s+/g, '-');
}

/** A Frictionless Tabular Data Package describing every table (CSV beside datapackage.json). */
export function dataPackage(p: PackageInput): Record<string, unknown> {
  const licenses = [{ name: licenceId(p.licence.name), title: p.licence.name, path: p.licence.url }];
  return {
    profile: 'tabular-data-package',
    name: p.name,
    title: p.title,
    description: p.description,
    homepage: p.homepage,
    ...(p.version ? { version: p.version } : {}),
    licenses,
    sources: p.sources,
    resources: TABLES.map((t) => ({
      profile: 'tabular-data-resource',
      name: t.name,
      path: `${t.name}.csv`,
      title: t.title,
      description: t.description,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
      licenses,
      schema: {
        fields: t.fields.map((x) => ({
          name: x.name,
          type: x.type,
          description: x.description,
          ...(x.required || x.constraints ? { constraints: { ...(x.required ? { required: true } : {}), ...x.constraints } } : {}),
        })),
        missingValues: [''],
        primaryKey: t.primaryKey,
        // The Table Schema profile wants at least one key when the property is there.
        ...(t.foreignKeys.length ? { foreignKeys: t.foreignKeys } : {}),
      },
    })),
  };
}

/**
 * The portal's own package: named after its short name, its sources the reports' publishers and
 * titles (each once, with the source's address when the editor recorded one).
 */
export function portalPackage(
  portal: { name: string; shortName: string; tagline: string; license: { name: string; url: string } },
  conferences: readonly { data: { title: string; source: { publisher: string; url?: string } } }[],
  homepage: string,
): Record<string, unknown> {
  const seen = new Set<string>();
  const sources = conferences
    .map((c) => ({ title: `${c.data.source.publisher}: ${c.data.title}`, ...(c.data.source.url ? { path: c.data.source.url } : {}) }))
    .filter((x) => !seen.has(x.title) && !!seen.add(x.title));
  return dataPackage({
    name: `so-lieu-${suggestSlug(portal.shortName)}`,
    title: `Số liệu ${portal.name}`,
    description: portal.tagline,
    homepage,
    licence: portal.license,
    sources,
  });
}
