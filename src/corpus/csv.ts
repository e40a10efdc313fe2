/**
 * Strict CSV reading: text → rows + issues, a pure function usable without Astro. Every cell
 * stays a string until the table's zod schema types it. Plain files are read by csv-scan.ts
 * and typed by the schema's fast typer where it has one; anything unusual goes to papaparse
 * and zod, whose findings are the contract. Rows are numbered as a spreadsheet shows them: the
 * header is row 1.
 */
import { Buffer, isUtf8 } from 'node:buffer';
import Papa from 'papaparse';
import type { z } from 'astro/zod';
import { makeIssue, type Issue } from '../core/issues.ts';
import { checkText, decodeUtf8, hasSuspect } from './text.ts';
import { zodIssues } from './zod-issues.ts';
import { scanRecords } from './csv-scan.ts';
import { cellTextIssues } from './csv-text.ts';
import { fastTyperOf, type FastTable } from '../schemas/table.ts';

export interface TableSpec<S extends z.ZodType> {
  columns: readonly string[];
  /**
   * Columns a table may leave out of its header (a column added to the contract later): absent,
   * every row reads it as empty. A table declared in src/schemas (table.ts) is such a spec.
   */
  optional?: readonly string[];
  schema: S;
}

export interface CsvRow<T> {
  row: number;
  data: T;
}

export interface CsvResult<T> {
  rows: CsvRow<T>[];
  issues: Issue[];
  /** Rows that failed a check, as raw cells by column: their ids still exist for references. */
  rejected: Record<string, string>[];
  /** False when the file could not be read as a table at all (encoding, format, header). */
  complete: boolean;
}

export function readCsvBytes<S extends z.ZodType>(bytes: Uint8Array, file: string, spec: TableSpec<S>): CsvResult<z.output<S>> {
  const fast = readFastBytes(bytes, file, spec);
  if (fast) return fast;
  const decoded = decodeUtf8(bytes, file);
  if (decoded.text === undefined) return { rows: [], issues: decoded.issues, rejected: [], complete: false };
  return readCsv(decoded.text, file, spec);
}

export function readCsv<S extends z.ZodType>(text: string, file: string, spec: TableSpec<S>): CsvResult<z.output<S>> {
  const textIssues = cellTextIssues(text, file, checkText(text, file));
  return readFast(text, file, spec, textIssues) ?? readTable(text, file, spec, textIssues);
}

/** The reference reader, papaparse and zod for every row: readCsv gives the same, faster. */
export function readCsvWithPapaparse<S extends z.ZodType>(text: string, file: string, spec: TableSpec<S>): CsvResult<z.output<S>> {
  return readTable(text, file, spec, cellTextIssues(text, file, checkText(text, file)));
}

/**
 * The common case in one pass: csv-scan.ts reads records one at a time and the schema's fast
 * typer (fields.ts) types each row, zod taking over for any row it declines. Undefined when the
 * text needs papaparse: its findings about the file's format are the ones editors get.
 */
function readFast<S extends z.ZodType>(
  text: string,
  file: string,
  spec: TableSpec<S>,
  textIssues: Issue[],
  /** Makes the cells text; false when the file must be read from its text. */
  decode?: (cells: string[], end: number) => boolean,
): CsvResult<z.output<S>> | undefined {
  const issues = [...textIssues];
  let table: Table<z.output<S>> | undefined;
  let rowNo = 1;
  let fatal = false;
  const regular = scanRecords(text, (cells, end) => {
    if (decode && !decode(cells, end)) return !(fatal = true);
    if (table) {
      table.add(cells, ++rowNo);
      return true;
    }
    // A header papaparse's path refuses (one cell, missing columns): let it say so.
    if (cells.length <= 1 && spec.columns.length > 1) return !(fatal = true);
    table = openTable(cells, file, spec, issues, fastTyperOf(spec.schema));
    return !(fatal = table === undefined);
  });
  if (!regular || fatal || !table) return undefined;
  return table.finish();
}

/** A byte other than printable ASCII, tab and LF: part of a longer character, or a control. */
const UNPLAIN = /[^\t\n\x20-\x7e]/;
const UNPLAIN_G = /[^\t\n\x20-\x7e]/g;

/**
 * readCsv of the decoded bytes, without the decoded text: a million rows of Vietnamese are
 * two bytes a character as one string, most of them ASCII cells. The records are read from the
 * bytes seen as Latin-1 (one byte, one character: commas, quotes and newlines are where they
 * are in the text, UTF-8 never using those bytes in a longer character), and the cells holding
 * other bytes decoded from UTF-8: only those can hold a character the text checks look at, and
 * a file with one is read from its text. Undefined
 * when anything is out of the ordinary (not UTF-8, a BOM twice, CR line ends, a text finding,
 * a file papaparse must read): readCsv on the whole text then says what it says.
 */
function readFastBytes<S extends z.ZodType>(bytes: Uint8Array, file: string, spec: TableSpec<S>): CsvResult<z.output<S>> | undefined {
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  if (bytes.length === start || bytes[start] === 0xef || bytes[start] === 0xfe || bytes[start] === 0xff) return undefined;
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset + start, bytes.length - start);
  if (!isUtf8(buf) || buf.includes(13)) return undefined;
  const view = buf.toString('latin1');
  // The next byte not plain ASCII; a record before it has only plain cells. A match is one
  // character: test() leaves lastIndex just after it, and makes no match array.
  const unplainFrom = (i: number) => {
    UNPLAIN_G.lastIndex = i;
    return UNPLAIN_G.test(view) ? UNPLAIN_G.lastIndex - 1 : -1;
  };
  let next = unplainFrom(0);
  // The last few cells decoded, raw and decoded: notes repeat. Only decoded cells can hold a
  // character checkText looks at (text.ts SUSPECT); a cell holding one ends the fast path, so
  // the text has no findings when it is read to the end.
  const raws: string[] = [];
  const texts: string[] = [];
  const decode = (cells: string[], end: number): boolean => {
    if (next === -1 || next >= end) return true;
    // From the last cell back: once the cells looked at span at least from the first byte
    // not plain to the end, the cells before them are plain (quotes only make a cell's span
    // in the file longer than the cell).
    let span = -1;
    for (let i = cells.length - 1; i >= 0; i--) {
      const cell = cells[i]!;
      span += cell.length + 1;
      if (UNPLAIN.test(cell)) {
        let j = raws.indexOf(cell);
        if (j === -1) {
          const text = Buffer.from(cell, 'latin1').toString('utf8');
          if (hasSuspect(text)) return false;
          if (raws.length >= 16) (raws.shift(), texts.shift());
          j = raws.push(cell) - 1;
          texts.push(text);
        }
        cells[i] = texts[j]!;
      }
      if (end - span <= next) break;
    }
    next = unplainFrom(end);
    return true;
  };
  return readFast(view, file, spec, [], decode);
}

function readTable<S extends z.ZodType>(text: string, file: string, spec: TableSpec<S>, textIssues: Issue[]): CsvResult<z.output<S>> {
  const issues = textIssues;
  const parsed = Papa.parse<string[]>(text, { delimiter: ',', skipEmptyLines: false });
  let records = parsed.data;
  // A file ends with a newline; papaparse reads the empty line after it as a one-cell row.
  while (records.length > 0 && records.at(-1)!.length === 1 && records.at(-1)![0] === '') records = records.slice(0, -1);

  for (const e of parsed.errors) {
    if (e.code === 'UndetectableDelimiter') continue;
    issues.push(
      makeIssue('format-error', {
        file,
        row: (e.row ?? 0) + 1,
        value: e.message,
        expected: 'CSV phân tách bằng dấu phẩy, ô có dấu phẩy đặt trong ngoặc kép / comma-separated CSV, quoted cells',
      }),
    );
  }
  if (parsed.errors.some((e) => e.type === 'Quotes')) return { rows: [], issues, rejected: [], complete: false };

  const header = records[0] ?? [];
  if (header.length <= 1 && spec.columns.length > 1) {
    const line = header[0] ?? '';
    const delim = [';', '\t', '|'].find((d) => line.includes(d));
    issues.push(
      makeIssue('format-error', {
        file,
        row: 1,
        value: line,
        expected: spec.columns.join(','),
        message: delim
          ? {
              vi: `Tệp dùng dấu "${delim === '\t' ? 'tab' : delim}" để phân tách cột, cần dấu phẩy`,
              en: `File separates columns with "${delim === '\t' ? 'tab' : delim}"; commas are required`,
            }
          : { vi: 'Không đọc được dòng tiêu đề', en: 'Header row cannot be read' },
      }),
    );
    return { rows: [], issues, rejected: [], complete: false };
  }
  const table = openTable(header, file, spec, issues, undefined);
  if (!table) return { rows: [], issues, rejected: [], complete: false };
  for (let r = 1; r < records.length; r++) table.add(records[r]!, r + 1);
  return table.finish();
}

/** How many distinct recent cells of a column a new cell is compared with; how many new cells before a column may be given up. */
const RECENT = 8;
const RECENT_TRIES = 1024;

interface Table<T> {
  add(cells: string[], rowNo: number): void;
  finish(): CsvResult<T>;
}

/** Checks the header; then takes rows one at a time. Undefined when the header is unusable. */
function openTable<S extends z.ZodType>(
  header: string[],
  file: string,
  spec: TableSpec<S>,
  issues: Issue[],
  fastTable: FastTable<z.output<S>> | undefined,
): Table<z.output<S>> | undefined {
  const headerIssues = checkHeader(header, spec.columns, file, spec.optional);
  for (const i of headerIssues) issues.push(i);
  if (headerIssues.some((i) => i.code === 'missing-label' || i.code === 'duplicate-label' || i.code === 'blank-header')) return undefined;

  const rows: CsvRow<z.output<S>>[] = [];
  const rejected: Record<string, string>[] = [];
  const all = spec.optional ? [...spec.columns, ...spec.optional] : spec.columns;
  const known = header.map((h) => all.includes(h));
  const fast = fastTable?.((c) => (all.includes(c) ? header.indexOf(c) : -1));
  // Empty lines wait: at the end of the file they are its final newlines, not blank rows.
  let waiting: number[] = [];
  let above: string[] = [];
  const recent = header.map(() => [] as string[]);
  const next = new Int32Array(header.length);
  const tries = new Int32Array(header.length);
  const hits = new Int32Array(header.length);
  let typedAbove: z.output<S> | undefined;
  const raw = (cells: string[]) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']));
  const add = (cells: string[], rowNo: number) => {
    if (cells.length === 1 && cells[0] === '') {
      waiting.push(rowNo);
      return;
    }
    if (waiting.length > 0) {
      for (const row of waiting) issues.push(makeIssue('blank-row', { file, row }));
      waiting = [];
    }
    if (cells.length === header.length && fast) {
      // A cell equal to the one above, or to one of the last few distinct cells of its column,
      // becomes that very string: a table repeats its units, dates, reports, indicators and
      // notes, and one string hashes once and is stored once. A column whose cells repeat
      // its recent ones less than once in five, after RECENT_TRIES, is no longer looked at.
      if (above.length === cells.length)
        for (let i = 0; i < cells.length; i++) {
          const v = cells[i]!;
          if (v === above[i]) cells[i] = above[i]!;
          else if (tries[i]! < RECENT_TRIES || hits[i]! * 4 >= tries[i]!) {
            const r = recent[i]!;
            const j = r.indexOf(v);
            if (j !== -1) {
              cells[i] = r[j]!;
              hits[i]!++;
            } else {
              r[next[i]!] = v;
              next[i] = (next[i]! + 1) % RECENT;
              tries[i]!++;
            }
          }
        }
      const data = fast(cells, typedAbove, above);
      above = cells;
      typedAbove = data;
      if (data !== undefined) {
        rows.push({ row: rowNo, data });
        return;
      }
    } else typedAbove = undefined;
    if (cells.every((c) => c.trim() === '')) {
      issues.push(makeIssue('blank-row', { file, row: rowNo }));
      return;
    }
    if (cells.length > header.length) {
      issues.push(
        makeIssue('extra-cell', {
          file,
          row: rowNo,
          value: cells.slice(header.length).join(','),
          expected: `${header.length} ô / cells`,
        }),
      );
      rejected.push(raw(cells));
      return;
    }
    if (cells.length < header.length) {
      issues.push(
        makeIssue('missing-cell', {
          file,
          row: rowNo,
          field: header[cells.length],
          expected: `${header.length} ô / cells, có ${cells.length} / found ${cells.length}`,
        }),
      );
      rejected.push(raw(cells));
      return;
    }
    const record: Record<string, string> = {};
    for (let i = 0; i < header.length; i++) if (known[i]) record[header[i]!] = cells[i]!;
    const result = spec.schema.safeParse(record);
    if (result.success) rows.push({ row: rowNo, data: result.data });
    else {
      rejected.push(record);
      for (const issue of zodIssues(result.error, { file, locate: () => ({ row: rowNo }), valueAt: (path) => record[String(path[0])] }))
        issues.push(issue);
    }
  };
  return { add, finish: () => ({ rows, issues, rejected, complete: true }) };
}

function checkHeader(header: string[], columns: readonly string[], file: string, optional: readonly string[] = []): Issue[] {
  const issues: Issue[] = [];
  const allowed = [...columns, ...optional];
  const seen = new Set<string>();
  header.forEach((h, i) => {
    const column = i + 1;
    if (h.trim() === '') {
      issues.push(makeIssue('blank-header', { file, row: 1, column, expected: columns.join(',') }));
    } else if (seen.has(h)) {
      issues.push(makeIssue('duplicate-label', { file, row: 1, column, field: h, value: h }));
    } else if (!allowed.includes(h)) {
      issues.push(
        makeIssue('extra-label', {
          file,
          row: 1,
          column,
          field: h,
          value: h,
          expected: allowed.join(', '),
        }),
      );
    }
    seen.add(h);
  });
  for (const c of columns) {
    if (!seen.has(c)) issues.push(makeIssue('missing-label', { file, row: 1, field: c, expected: columns.join(',') }));
  }
  return issues;
}
