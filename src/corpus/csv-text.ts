/**
 * Text findings of a CSV file, cell by cell: the row as a spreadsheet numbers it and the column
 * as the field. The raw scan (checkText) stays the fast test on a clean table; only a table it
 * finds something in is read again here, so the finding can name the cell.
 */
import Papa from 'papaparse';
import type { Issue } from '../core/issues.ts';
import { checkValue } from './text.ts';

export function cellTextIssues(text: string, file: string, rawIssues: Issue[]): Issue[] {
  if (rawIssues.length === 0) return rawIssues;
  const parsed = Papa.parse<string[]>(text, { delimiter: ',', skipEmptyLines: false });
  // A file whose quoting cannot be read has no cells to name: the line findings stand.
  if (parsed.errors.some((e) => e.type === 'Quotes')) return rawIssues;
  const header = parsed.data[0] ?? [];
  const out: Issue[] = [];
  parsed.data.forEach((cells, r) => {
    cells.forEach((cell, c) => {
      const field = r === 0 ? undefined : header[c] || `cột ${c + 1} / column ${c + 1}`;
      for (const i of checkValue(cell, { file, row: r + 1, column: c + 1, ...(field ? { field } : {}) })) out.push(i);
    });
  });
  return out.length > 0 ? out : rawIssues;
}
