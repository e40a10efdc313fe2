/**
 * Progress: rates against targets (17,07% vs 15%, 39,08% vs 30%…). A bar for the rate computed
 * from the counts, a dashed tick for the target, the rate after 100%, and the counts and target
 * under the bar. Where the source's printed rate does not match its counts (38,6% printed for
 * 88/288 = 30,56%), the row shows both figures, "⚑" and words, and an open triangle where the
 * printed figure would fall: the printed figure is published, never silently corrected.
 */
import { scaleLinear } from 'd3';
import { barLayoutDefaults, barRows, legend, percentAxis, valueColumnWidth, type BarRow, type LegendItem } from './bar-layout.ts';
import { chartWidth, emptyChart, frameDefaults, svgFrame } from './common.ts';
import { deriveProgress, flagNote, type ProgressDatum } from './derive.ts';
import { describeProgress } from './describe.ts';
import type { ChartSpec } from './types.ts';

export const progressDefaults = {
  ...barLayoutDefaults,
  maxValueShare: 0.3,
  targetLegend: 'mục tiêu',
  printedLegend: 'số nguồn in (không khớp)',
  targetWord: 'mục tiêu',
} as const;

function toBarRow(r: ProgressDatum): BarRow {
  const d = progressDefaults;
  const facts = [r.countText, r.targetText && `${d.targetWord} ${r.targetText}`].filter(Boolean).join(' · ');
  const notes: BarRow['notes'] = [];
  if (facts) notes.push({ className: 'muted', text: facts });
  if (r.flagged) notes.push({ className: 'flag', text: flagNote(r.printed, r.rateText) });
  return {
    label: r.label,
    barShare: r.barRate,
    value: r.rateText,
    flagged: r.flagged,
    target: r.target,
    printedAt: r.printedRate,
    notes,
  };
}

/** Renders rates against targets as an SVG string; same spec, same bytes. */
export function progress(spec: ChartSpec): string {
  const data = deriveProgress(spec);
  if (data.length === 0) return emptyChart(spec, 'progress');
  const d = progressDefaults;
  const { margin } = frameDefaults;
  const width = chartWidth(spec);
  const inner = width - margin.left - margin.right;
  const rows = data.map(toBarRow);
  const valueColumn = valueColumnWidth(rows, inner, d.maxValueShare);
  const x = scaleLinear()
    .domain([0, 100])
    .range([margin.left, margin.left + inner - valueColumn]);

  const drawn = barRows(rows, x, margin.top, margin.left, inner, valueColumn);
  const plotBottom = drawn.bottom + d.overhang;
  const axis = percentAxis(x, plotBottom, width);
  let height = plotBottom + d.axisHeight;
  const items: LegendItem[] = [];
  if (data.some((r) => r.target !== undefined)) items.push({ swatch: 'target', label: d.targetLegend });
  if (data.some((r) => r.printedRate !== undefined)) items.push({ swatch: 'printed-mark', label: d.printedLegend });
  const extra: string[] = [];
  if (items.length) {
    height += d.legendHeight;
    extra.push(...legend(items, margin.left, height - 6));
  }
  height += margin.bottom;

  return svgFrame({
    spec,
    kind: 'progress',
    desc: describeProgress(spec, data),
    height,
    body: [...drawn.markup, ...axis, ...extra],
  });
}
