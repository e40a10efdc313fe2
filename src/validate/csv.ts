/**
 * Strict CSV reading: text → rows + issues, a pure function usable without Astro. Papaparse
 * reads the text (no `autoType`: every cell stays a string); the table's zod schema types it.
 * Rows are numbered as a spreadsheet shows them: the header is row 1.
 */
import Papa from 'papaparse';
import type { z } from 'astro/zod';
import { makeIssue, type Issue } from './issues.ts';
import { checkText, decodeUtf8 } from './text.ts';
import { zodIssues } from './zod-issues.ts';

export interface TableSpec<S extends z.ZodType> {
  columns: readonly string[];
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
  const decoded = decodeUtf8(bytes, file);
  if (decoded.text === undefined) return { rows: [], issues: decoded.issues, rejected: [], complete: false };
  return readCsv(decoded.text, file, spec);
}

export function readCsv<S extends z.ZodType>(text: string, file: string, spec: TableSpec<S>): CsvResult<z.output<S>> {
  const issues: Issue[] = checkText(text, file);
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

  const headerIssues = checkHeader(header, spec.columns, file);
  issues.push(...headerIssues);
  if (headerIssues.some((i) => i.code === 'missing-label' || i.code === 'duplicate-label' || i.code === 'blank-header')) {
    return { rows: [], issues, rejected: [], complete: false };
  }

  const rows: CsvRow<z.output<S>>[] = [];
  const rejected: Record<string, string>[] = [];
  const raw = (cells: string[]) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']));
  for (let r = 1; r < records.length; r++) {
    const cells = records[r]!;
    const rowNo = r + 1;
    if (cells.every((c) => c.trim() === '')) {
      issues.push(makeIssue('blank-row', { file, row: rowNo }));
      continue;
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
      continue;
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
      continue;
    }
    const record: Record<string, string> = {};
    header.forEach((h, i) => {
      if (spec.columns.includes(h)) record[h] = cells[i]!;
    });
    const result = spec.schema.safeParse(record);
    if (result.success) rows.push({ row: rowNo, data: result.data });
    else {
      rejected.push(record);
      issues.push(
        ...zodIssues(result.error, {
          file,
          locate: () => ({ row: rowNo }),
          valueAt: (path) => record[String(path[0])],
        }),
      );
    }
  }
  return { rows, issues, rejected, complete: true };
}

function checkHeader(header: string[], columns: readonly string[], file: string): Issue[] {
  const issues: Issue[] = [];
  const seen = new Set<string>();
  header.forEach((h, i) => {
    const column = i + 1;
    if (h.trim() === '') {
      issues.push(makeIssue('blank-header', { file, row: 1, column, expected: columns.join(',') }));
    } else if (seen.has(h)) {
      issues.push(makeIssue('duplicate-label', { file, row: 1, column, field: h, value: h }));
    } else if (!columns.includes(h)) {
      issues.push(
        makeIssue('extra-label', {
          file,
          row: 1,
          column,
          field: h,
          value: h,
          expected: columns.join(', '),
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
