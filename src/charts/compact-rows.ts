/**
 * Compact rows for comparisons of many units: label, bar and value on one line each, so a
 * hundred units fit in a screenful or two on a phone (the roomy layout of `bar-layout.ts` gives
 * each row ~60 units of height, a hundred rows ten times a screen). What a compact row leaves
 * out (counts under the bar, the words of a flag) stays in the chart's table and description.
 */
import type { ScaleLinear } from 'd3';
import { frameDefaults, shape, textLines, textWidth, wrapText } from './common.ts';
import { printedMarkPath, type BarRow } from './bar-row.ts';

export const compactDefaults = {
  /** More rows than this are drawn compact. */
  from: 12,
  /** The floor every chart text keeps (see fixtures' expectWellFormedChart). */
  fontSize: 14,
  /** Height of one single-line row, bar included. */
  pitch: 20,
  barHeight: 10,
  /** Share of the inner width the label column takes at most. */
  labelShare: 0.45,
  gap: 6,
  /** Rule under the reference row (the parent), which stands apart from the compared units. */
  referenceGap: 8,
} as const;

/** Width of the label column: the longest label, capped at `labelShare` of the inner width. */
export function compactLabelWidth(rows: BarRow[], inner: number): number {
  const d = compactDefaults;
  return Math.min(inner * d.labelShare, Math.max(...rows.map((r) => textWidth(r.label, d.fontSize))) + 1);
}

/**
 * Draws rows from `top`: the label right-aligned against the bar (wrapped only if longer than
 * its column), track, bar, target tick and printed mark, then the value. A row flagged by the
 * source keeps its ⚑ beside the value. Returns the markup and where the last row ends.
 */
export function compactRows(
  rows: BarRow[],
  x: ScaleLinear<number, number>,
  top: number,
  left: number,
  labelWidth: number,
  valueColumn: number,
): { markup: string[]; bottom: number } {
  const d = compactDefaults;
  const small = frameDefaults.smallFontSize;
  const lineHeight = d.fontSize * frameDefaults.lineHeight;
  const markup: string[] = [];
  let y = top;
  for (const row of rows) {
    const lines = wrapText(row.label, labelWidth, d.fontSize);
    const height = Math.max(d.pitch, lines.length * lineHeight);
    const mid = y + height / 2;
    const label = textLines(
      'label',
      left + labelWidth,
      mid + d.fontSize * 0.35 - ((lines.length - 1) * lineHeight) / 2,
      lines,
      d.fontSize,
      { 'text-anchor': 'end' },
    );
    markup.push(...label.markup);
    const barY = mid - d.barHeight / 2;
    markup.push(shape('rect', 'track', { x: x(0), y: barY, width: x(100) - x(0), height: d.barHeight }));
    markup.push(
      shape('rect', row.flagged ? 'bar flagged' : row.reference ? 'bar reference' : 'bar', {
        x: x(0),
        y: barY,
        width: x(row.barShare) - x(0),
        height: d.barHeight,
      }),
    );
    markup.push(shape('line', 'mark-100', { x1: x(100), x2: x(100), y1: barY - 2, y2: barY + d.barHeight + 2 }));
    if (row.target !== undefined) {
      const tx = x(Math.min(100, row.target));
      markup.push(shape('line', 'target', { x1: tx, x2: tx, y1: barY - 3, y2: barY + d.barHeight + 3 }));
    }
    if (row.printedAt !== undefined) {
      markup.push(
        shape('path', 'printed-mark', { fill: 'none', d: printedMarkPath(x(Math.min(100, row.printedAt)), barY + d.barHeight / 2) }),
      );
    }
    const value = row.flagged ? `⚑ ${row.value}` : row.value;
    const values = textLines(
      row.flagged ? 'value flag' : 'value',
      x(100) + d.gap,
      mid + small * 0.35,
      wrapText(value, valueColumn - d.gap, small),
      small,
    );
    markup.push(...values.markup);
    y += height;
    if (row.reference) {
      markup.push(shape('line', 'grid', { x1: left, x2: x(100), y1: y + d.referenceGap / 2, y2: y + d.referenceGap / 2 }));
      y += d.referenceGap;
    }
  }
  return { markup, bottom: y };
}
