/**
 * Spec checking: every chart calls `checkSpec` before deriving anything, so bad data fails the
 * build with every problem listed at once, each with its row, instead of drawing a silent 0.
 */
import { periodEnds } from '../core/partial-date.ts';
import type { ChartKind, ChartRow, ChartSpec } from './types.ts';

function isFiniteNumber(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

/** Checks a spec for `kind` and throws once, listing every problem with its row. */
export function checkSpec(spec: ChartSpec, kind: ChartKind): void {
  const problems: string[] = [];
  if (typeof spec.title !== 'string' || spec.title.trim() === '') problems.push('title is empty');
  if (!Array.isArray(spec.rows)) problems.push(`rows must be an array, got ${typeof spec.rows}`);
  if (spec.total !== undefined && !(isFiniteNumber(spec.total) && spec.total >= 0)) {
    problems.push(`total must be a number ≥ 0, got ${String(spec.total)}`);
  }
  const rows = Array.isArray(spec.rows) ? spec.rows : [];
  rows.forEach((row: ChartRow, i) => {
    const at = `row ${i + 1} (${JSON.stringify(row?.label)})`;
    if (typeof row?.label !== 'string' || row.label.trim() === '') problems.push(`${at}: label is empty`);
    if (!isFiniteNumber(row?.value)) problems.push(`${at}: value must be a finite number, got ${String(row?.value)}`);
    else if (row.value < 0 && kind !== 'time-series') problems.push(`${at}: value must be ≥ 0, got ${row.value}`);
    if (row?.total !== undefined && !(isFiniteNumber(row.total) && row.total >= 0)) {
      problems.push(`${at}: total must be a number ≥ 0, got ${String(row.total)}`);
    }
    if (row?.target !== undefined && !(isFiniteNumber(row.target) && row.target >= 0)) {
      problems.push(`${at}: target must be a percent ≥ 0, got ${String(row.target)}`);
    }
    if (kind === 'ratio-bars' && row?.total === undefined) {
      problems.push(`${at}: total is missing; a ratio bar needs a count and its total`);
    }
    if (kind === 'time-series') {
      if (row?.date === undefined) problems.push(`${at}: date is missing; a time series needs a date per point`);
      else {
        try {
          periodEnds(row.date);
        } catch (e) {
          problems.push(`${at}: ${(e as Error).message}`);
        }
      }
    }
  });
  if (kind === 'time-series') {
    const withTotal = rows.filter((r) => r?.total !== undefined).length;
    if (withTotal > 0 && withTotal < rows.length) {
      problems.push('either every point has a total (the series plots shares) or none has (it plots values)');
    }
  }
  if (problems.length) {
    throw new TypeError(`invalid ${kind} chart spec "${spec.slug}":\n  ${problems.join('\n  ')}`);
  }
}
