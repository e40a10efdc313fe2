/**
 * `npm run check -- --fix`: writes the conversions the findings mark safe (`Issue.fix`), and
 * nothing else. A CSV cell is replaced in its row and column, the file keeping its byte-order
 * mark and line ends; a front-matter field is replaced (or removed) on its own line. Anything a
 * fix cannot find where its finding says is left alone and reported, never guessed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Issue } from '../core/issues.ts';
import { guessLineEndings, scanRecords } from '../corpus/csv-scan.ts';

interface AppliedFix {
  file: string;
  row?: number;
  line?: number;
  field: string;
  from: string;
  to: string | null;
}

export interface FixResult {
  applied: AppliedFix[];
  /** Fixes whose place could not be found as the finding says (the file changed since). */
  skipped: Issue[];
}

/** Applies every safe fix among `issues` to the files under `root`. */
export function applyFixes(root: string, issues: readonly Issue[]): FixResult {
  const byFile = new Map<string, Issue[]>();
  for (const i of issues) {
    if (!i.fix || !i.field) continue;
    const list = byFile.get(i.file);
    if (list) list.push(i);
    else byFile.set(i.file, [i]);
  }
  const applied: AppliedFix[] = [];
  const skipped: Issue[] = [];
  for (const [file, fixes] of byFile) {
    const path = join(root, file);
    const text = readFileSync(path, 'utf8');
    const out = file.endsWith('.csv') ? fixCsv(text, file, fixes, applied, skipped) : fixFrontmatter(text, file, fixes, applied, skipped);
    if (out !== text) writeFileSync(path, out);
  }
  return { applied, skipped };
}

function fixCsv(text: string, file: string, fixes: Issue[], applied: AppliedFix[], skipped: Issue[]): string {
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const body = bom ? text.slice(1) : text;
  // Each record with where it lies in the text: only the records a fix changes are written again.
  const nl = body.includes('\r') ? guessLineEndings(body) : '\n';
  const records: { start: number; end: number; cells: string[] }[] = [];
  let start = 0;
  const regular = scanRecords(body, (cells, end) => {
    records.push({ start, end, cells });
    start = end + nl.length;
    return true;
  });
  if (!regular) return fixWholeCsv(text, file, fixes, applied, skipped);
  const header = records[0]?.cells ?? [];
  const changed = new Set<number>();
  for (const i of fixes) {
    const col = header.indexOf(i.field!);
    const index = i.row === undefined ? -1 : i.row - 1;
    const record = records[index];
    if (col < 0 || index < 1 || !record || record.cells[col] === undefined || i.fix!.to === null) {
      skipped.push(i);
      continue;
    }
    const from = record.cells[col]!;
    record.cells[col] = i.fix!.to;
    changed.add(index);
    applied.push({ file, row: i.row, field: i.field!, from, to: i.fix!.to });
  }
  if (changed.size === 0) return text;
  let out = body;
  for (const index of [...changed].sort((a, b) => b - a)) {
    const r = records[index]!;
    out = `${out.slice(0, r.start)}${r.cells.map(csvCell).join(',')}${out.slice(r.end)}`;
  }
  return `${bom}${out}`;
}

/** A cell as CSV writes it: quoted only when it must be. */
function csvCell(v: string): string {
  return /[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v;
}

/** fixCsv for a file the plain reader leaves to papaparse: read and written again whole. */
function fixWholeCsv(text: string, file: string, fixes: Issue[], applied: AppliedFix[], skipped: Issue[]): string {
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const body = bom ? text.slice(1) : text;
  const newline = body.includes('\r\n') ? '\r\n' : '\n';
  const parsed = Papa.parse<string[]>(body, { delimiter: ',', newline, skipEmptyLines: false });
  const records = parsed.data;
  const endsWithNewline = body.endsWith(newline);
  if (endsWithNewline && records.at(-1)?.length === 1 && records.at(-1)![0] === '') records.pop();
  const header = records[0] ?? [];
  let changed = false;
  for (const i of fixes) {
    const col = header.indexOf(i.field!);
    const record = i.row === undefined || i.row < 2 ? undefined : records[i.row - 1];
    if (col < 0 || !record || record[col] === undefined || i.fix!.to === null) {
      skipped.push(i);
      continue;
    }
    const from = record[col]!;
    record[col] = i.fix!.to;
    changed = true;
    applied.push({ file, row: i.row, field: i.field!, from, to: i.fix!.to });
  }
  if (!changed) return text;
  return `${bom}${Papa.unparse(records, { newline })}${endsWithNewline ? newline : ''}`;
}

function fixFrontmatter(text: string, file: string, fixes: Issue[], applied: AppliedFix[], skipped: Issue[]): string {
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split(newline);
  const remove = new Set<number>();
  for (const i of fixes) {
    const at = i.line === undefined ? -1 : i.line - 1;
    const m = at >= 0 ? new RegExp(`^(\\s*${i.field!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:\\s*)(.*)$`).exec(lines[at] ?? '') : null;
    if (!m) {
      skipped.push(i);
      continue;
    }
    const to = i.fix!.to;
    if (to === null) remove.add(at);
    else lines[at] = `${m[1]}${to}`;
    applied.push({ file, line: i.line, field: i.field!, from: m[2]!, to });
  }
  return lines.filter((_, n) => !remove.has(n)).join(newline);
}
