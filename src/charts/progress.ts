/**
 * Progress: rates against targets (17,07% vs 15%, 39,08% vs 30%…). A bar for the rate computed
 * from the counts, a dashed tick for the target, the rate after 100%, and the counts and target
 * under the bar. Where the source's printed rate does not match its counts (38,6% printed for
 * 88/288 = 30,56%), the row shows both figures, "⚑" and words, and an open triangle where the
 * printed figure would fall: the printed figure is published, never silently corrected.
 */
import { barLayoutDefaults, percentBarChart, type BarRow, type LegendItem } from './bar-layout.ts';
import { emptyChart } from './common.ts';
import { deriveProgress, flagNote, type ProgressDatum } from './derive.ts';
import { describeProgress } from './describe.ts';
import type { ChartSpec } from './types.ts';

const progressDefaults = {
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
    reference: r.reference,
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
  const items: LegendItem[] = [];
  if (data.some((r) => r.target !== undefined)) items.push({ swatch: 'target', label: d.targetLegend });
  if (data.some((r) => r.printedRate !== undefined)) items.push({ swatch: 'printed-mark', label: d.printedLegend });
  return percentBarChart({
    spec,
    kind: 'progress',
    rows: data.map(toBarRow),
    desc: describeProgress(spec, data),
    defaults: d,
    legend: items,
  });
}
