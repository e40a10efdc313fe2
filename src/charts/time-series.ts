/**
 * Time series: one indicator for one unit at several dates, as a line with points and value
 * labels. Labels are thinned so none overlap: the last, first and flagged points speak first,
 * then the others left to right, each only where it has room. The layout holds from 1 point
 * (centred, no line) to 50 and more. Flagged points get "⚑" on their label and a note under
 * the chart with the printed and computed figures.
 */
import { line, scaleLinear, scaleUtc } from 'd3';
import { formatNumber, formatPercent } from '../core/format.ts';
import { chartWidth, emptyChart, frameDefaults, shape, svgFrame, text, textLines, textWidth, wrapText } from './common.ts';
import { deriveSeries, flagNote, type SeriesDatum } from './derive.ts';
import { describeSeries } from './describe.ts';
import type { ChartSpec } from './types.ts';

const timeSeriesDefaults = {
  plotHeight: 200,
  /** Room above the plot for the highest point's label. */
  labelRoom: 22,
  pointRadius: 4,
  /** Past this many points, points shrink so the line stays readable. */
  densePoints: 20,
  densePointRadius: 2.5,
  /** Minimum free space between two labels. */
  labelGap: 8,
  yTicks: 4,
  tickGap: 6,
  axisRoom: 24,
  noteGap: 6,
  flagMark: '⚑',
} as const;

interface Placed {
  x: number;
  width: number;
}

/**
 * Indices of the labels to show so that none overlap horizontally: `priority` first, then
 * left to right. Deterministic: no measuring of real glyphs, no randomness.
 */
export function thinLabels(items: Placed[], priority: number[], gap: number): Set<number> {
  const order = [...priority, ...items.map((_, i) => i).filter((i) => !priority.includes(i))];
  const shown: Placed[] = [];
  const keep = new Set<number>();
  for (const i of order) {
    const { x, width } = items[i]!;
    const clear = shown.every((s) => x + width / 2 + gap <= s.x - s.width / 2 || x - width / 2 >= s.x + s.width / 2 + gap);
    if (clear && !keep.has(i)) {
      keep.add(i);
      shown.push(items[i]!);
    }
  }
  return keep;
}

function priorityOf(points: SeriesDatum[]): number[] {
  const last = points.length - 1;
  const flagged = points.flatMap((p, i) => (p.flagged ? [i] : []));
  return [...new Set([last, 0, ...flagged])];
}

/** Renders a time series as an SVG string; same spec, same bytes. */
export function timeSeries(spec: ChartSpec): string {
  const { points, measure } = deriveSeries(spec);
  if (points.length === 0) return emptyChart(spec, 'time-series');
  const d = timeSeriesDefaults;
  const { margin, smallFontSize: small } = frameDefaults;
  const width = chartWidth(spec);

  const ys = points.map((p) => p.y);
  const y = scaleLinear()
    .domain(measure === 'percent' ? [0, 100] : [Math.min(0, ...ys), Math.max(...ys) || 1])
    .nice(d.yTicks)
    .range([margin.top + d.labelRoom + d.plotHeight, margin.top + d.labelRoom]);
  const tickFormat = (v: number) => (measure === 'percent' ? formatPercent(v, 1) : formatNumber(v, 1));
  const ticks = y.ticks(d.yTicks);
  const left = margin.left + Math.max(...ticks.map((t) => textWidth(tickFormat(t), small))) + d.tickGap;

  const valueText = (p: SeriesDatum) => (p.flagged ? `${d.flagMark} ${p.text}` : p.text);
  // Half the widest label on each side, so the first and last labels stay inside the viewBox.
  const pad = Math.max(...points.map((p) => Math.max(textWidth(valueText(p), small), textWidth(p.dateText, small)))) / 2;
  const x = scaleUtc()
    .domain([points[0]!.time, points[points.length - 1]!.time])
    .range([left + pad, width - margin.right - pad]);
  const px = (p: SeriesDatum) => x(new Date(p.time));

  const body: string[] = [];
  for (const t of ticks) {
    body.push(shape('line', 'grid', { x1: left, x2: width - margin.right, y1: y(t), y2: y(t) }));
    body.push(text('muted', left - d.tickGap, y(t) + small * 0.35, tickFormat(t), { 'font-size': small, 'text-anchor': 'end' }));
  }
  if (points.length > 1) {
    const path = line<SeriesDatum>()
      .x(px)
      .y((p) => y(p.y))
      .digits(1)(points);
    if (path) body.push(shape('path', 'line', { d: path, fill: 'none' }));
  }
  const r = points.length > d.densePoints ? d.densePointRadius : d.pointRadius;
  for (const p of points) body.push(shape('circle', p.flagged ? 'point flagged' : 'point', { cx: px(p), cy: y(p.y), r }));

  const priority = priorityOf(points);
  const values = thinLabels(
    points.map((p) => ({ x: px(p), width: textWidth(valueText(p), small) })),
    priority,
    d.labelGap,
  );
  const dates = thinLabels(
    points.map((p) => ({ x: px(p), width: textWidth(p.dateText, small) })),
    priority,
    d.labelGap,
  );
  const axisY = margin.top + d.labelRoom + d.plotHeight;
  points.forEach((p, i) => {
    if (values.has(i)) {
      const cls = p.flagged ? 'value flag' : 'value';
      body.push(text(cls, px(p), y(p.y) - r - d.labelGap / 2, valueText(p), { 'font-size': small, 'text-anchor': 'middle' }));
    }
    if (dates.has(i)) {
      body.push(text('muted', px(p), axisY + small + d.tickGap, p.dateText, { 'font-size': small, 'text-anchor': 'middle' }));
    }
  });

  let height = axisY + d.axisRoom;
  const inner = width - margin.left - margin.right;
  for (const p of points.filter((q) => q.flagged)) {
    const note = `${p.dateText}: ${flagNote(p.printed, p.text)}`;
    const lines = textLines('flag', margin.left, height + d.noteGap + small, wrapText(note, inner, small), small);
    body.push(...lines.markup);
    height += d.noteGap + lines.height;
  }
  height += margin.bottom;

  return svgFrame({ spec, kind: 'time-series', desc: describeSeries(spec, { points, measure }), height, body });
}
