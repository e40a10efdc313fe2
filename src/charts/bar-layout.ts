/**
 * Layout shared by the horizontal-bar charts (ratio bars, progress, composition): the 0–100%
 * grid with its labels and the 100% mark, and the legend line. Labels sit above their bars,
 * full width, so long Vietnamese unit names wrap instead of squeezing the bars on a phone.
 */
import { scaleLinear, type ScaleLinear } from 'd3';
import { formatPercent } from '../core/format.ts';
import { chartWidth, frameDefaults, shape, svgFrame, text, textLines, textWidth, wrapText } from './common.ts';
import type { ChartKind, ChartSpec } from './types.ts';
import { compactDefaults, compactLabelWidth, compactRows } from './compact-rows.ts';
import { printedMarkPath, type BarRow } from './bar-row.ts';

export { type BarRow };

export const barLayoutDefaults = {
  barHeight: 20,
  /** Between a label's last line and its bar. */
  labelGap: 4,
  /** Between a bar (or its note) and the next row's label. */
  rowGap: 16,
  /** Between a bar's end and its value text. */
  valueGap: 6,
  /** How far target ticks reach above and below the bar. */
  overhang: 5,
  percentTicks: [0, 25, 50, 75, 100],
  axisHeight: 24,
  legendHeight: 26,
  legendSwatch: 18,
} as const;

/**
 * Tick labels of the 0–100% axis under `bottom`, each with a short tick. The grid itself is
 * drawn row by row inside the bars' band (see `barRows`), so no rule ever crosses a label.
 */
export function percentAxis(x: ScaleLinear<number, number>, bottom: number, width: number): string[] {
  const axis: string[] = [];
  const small = frameDefaults.smallFontSize;
  for (const t of barLayoutDefaults.percentTicks) {
    axis.push(shape('line', t === 100 ? 'mark-100' : 'grid', { x1: x(t), x2: x(t), y1: bottom - barLayoutDefaults.overhang, y2: bottom }));
    const label = formatPercent(t);
    const half = textWidth(label, small) / 2;
    // Centred under its tick unless that would cut it off at an edge of the viewBox.
    const anchor = x(t) - half < 0 ? 'start' : x(t) + half > width ? 'end' : 'middle';
    const at = anchor === 'start' ? 0 : anchor === 'end' ? width : x(t);
    axis.push(text('muted', at, bottom + small + 4, label, { 'font-size': small, 'text-anchor': anchor }));
  }
  return axis;
}

export interface LegendItem {
  /** Class of the swatch line, e.g. "target". */
  swatch: 'target' | 'printed-mark';
  label: string;
}

/** One legend line of short swatches and words, starting at `x`, baseline near `y`. */
function legend(items: LegendItem[], x: number, y: number): string[] {
  const small = frameDefaults.smallFontSize;
  const { legendSwatch } = barLayoutDefaults;
  const out: string[] = [];
  let cursor = x;
  for (const item of items) {
    const mid = y - small * 0.35;
    out.push(
      item.swatch === 'target'
        ? shape('line', 'target', { x1: cursor + legendSwatch / 2, x2: cursor + legendSwatch / 2, y1: mid - 8, y2: mid + 8 })
        : shape('path', 'printed-mark', { fill: 'none', d: printedMarkPath(cursor + legendSwatch / 2, mid + 6) }),
    );
    cursor += legendSwatch + 4;
    out.push(text('muted', cursor, y, item.label, { 'font-size': small }));
    cursor += textWidth(item.label, small) + 16;
  }
  return out;
}

/** Width of the value column: the longest value text, capped at `maxShare` of the inner width. */
export function valueColumnWidth(rows: BarRow[], inner: number, maxShare: number): number {
  const longest = Math.max(...rows.map((r) => textWidth(r.value, frameDefaults.smallFontSize)));
  // +1: estimated widths are floats, and a text must not wrap against its own measure.
  return Math.min(inner * maxShare, longest + barLayoutDefaults.valueGap + 1);
}

/**
 * Draws the rows top to bottom from `top`: label (wrapped, full width), track and bar,
 * target tick, printed mark, value in the column after 100%, notes. Returns the markup and
 * the y where the last row ends.
 */
export function barRows(
  rows: BarRow[],
  x: ScaleLinear<number, number>,
  top: number,
  left: number,
  inner: number,
  valueColumn: number,
): { markup: string[]; bottom: number } {
  const d = barLayoutDefaults;
  const { fontSize, smallFontSize: small } = frameDefaults;
  const markup: string[] = [];
  let y = top;
  for (const row of rows) {
    const label = textLines('label', left, y + fontSize, wrapText(row.label, inner, fontSize), fontSize);
    markup.push(...label.markup);
    const barY = y + label.height + d.labelGap;
    markup.push(shape('rect', 'track', { x: x(0), y: barY, width: x(100) - x(0), height: d.barHeight }));
    // Quarter lines show on the empty part of the track; the bar covers the rest.
    for (const t of d.percentTicks.filter((t) => t > 0 && t < 100)) {
      markup.push(shape('line', 'grid', { x1: x(t), x2: x(t), y1: barY, y2: barY + d.barHeight }));
    }
    markup.push(
      shape('rect', row.flagged ? 'bar flagged' : row.reference ? 'bar reference' : 'bar', {
        x: x(0),
        y: barY,
        width: x(row.barShare) - x(0),
        height: d.barHeight,
      }),
    );
    markup.push(shape('line', 'mark-100', { x1: x(100), x2: x(100), y1: barY - d.overhang, y2: barY + d.barHeight + d.overhang }));
    if (row.target !== undefined) {
      const tx = x(Math.min(100, row.target));
      markup.push(shape('line', 'target', { x1: tx, x2: tx, y1: barY - d.overhang, y2: barY + d.barHeight + d.overhang }));
    }
    if (row.printedAt !== undefined) {
      markup.push(
        shape('path', 'printed-mark', { fill: 'none', d: printedMarkPath(x(Math.min(100, row.printedAt)), barY + d.barHeight / 2) }),
      );
    }
    // Values line up in a column after 100%, clear of the 100% mark and of the track.
    const valueLines = wrapText(row.value, valueColumn - d.valueGap, small);
    const values = textLines('value', x(100) + d.valueGap, barY + d.barHeight / 2 + small * 0.35, valueLines, small);
    markup.push(...values.markup);
    let bottom = barY + Math.max(d.barHeight, values.height);
    for (const note of row.notes) {
      const lines = textLines(note.className, left, bottom + d.labelGap + small, wrapText(note.text, inner, small), small);
      markup.push(...lines.markup);
      bottom += d.labelGap + lines.height;
    }
    y = bottom + d.rowGap;
  }
  return { markup, bottom: y - d.rowGap };
}

export interface PercentBarChart {
  spec: ChartSpec;
  kind: ChartKind;
  rows: BarRow[];
  desc: string;
  defaults: typeof barLayoutDefaults & { maxValueShare: number };
  legend: LegendItem[];
}

/**
 * The frame both bar charts on a 0–100% axis share (ratio bars, progress to target): bars with
 * their value column past the 100% mark, the axis, an optional legend, the SVG around them.
 */
export function percentBarChart(c: PercentBarChart): string {
  const { margin } = frameDefaults;
  const width = chartWidth(c.spec);
  const inner = width - margin.left - margin.right;
  // Many rows: one line each (compact-rows.ts); a few keep the roomy layout with notes under bars.
  const compact = c.rows.length > compactDefaults.from;
  const rows = compact ? c.rows.map((r) => ({ ...r, value: r.flagged ? `⚑ ${r.value}` : r.value })) : c.rows;
  const valueColumn = valueColumnWidth(rows, inner, c.defaults.maxValueShare);
  const labelWidth = compact ? compactLabelWidth(c.rows, inner) : 0;
  const start = compact ? margin.left + labelWidth + compactDefaults.gap : margin.left;
  const x = scaleLinear()
    .domain([0, 100])
    .range([start, margin.left + inner - valueColumn]);
  const drawn = compact
    ? compactRows(c.rows, x, margin.top, margin.left, labelWidth, valueColumn)
    : barRows(c.rows, x, margin.top, margin.left, inner, valueColumn);
  const plotBottom = drawn.bottom + c.defaults.overhang;
  const axis = percentAxis(x, plotBottom, width);
  let height = plotBottom + c.defaults.axisHeight;
  const extra: string[] = [];
  if (c.legend.length) {
    height += c.defaults.legendHeight;
    extra.push(...legend(c.legend, margin.left, height - 6));
  }
  height += margin.bottom;
  return svgFrame({ spec: c.spec, kind: c.kind, desc: c.desc, height, body: [...drawn.markup, ...axis, ...extra] });
}
