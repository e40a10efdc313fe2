/**
 * Ratio bars: one horizontal bar per unit for "count of total" on one indicator
 * (16/17 communes, 55/86 Party cells…), on a 0–100% axis with the 100% mark, a dashed
 * target tick where a row has a target, and "16/17 (94,1%)" written after each bar, in a
 * column past the 100% mark so the text never crosses a rule.
 */
import { barLayoutDefaults, percentBarChart, type BarRow } from './bar-layout.ts';
import { emptyChart } from './common.ts';
import { deriveRatio, flagNote, type RatioDatum } from './derive.ts';
import { describeRatio } from './describe.ts';
import type { ChartSpec } from './types.ts';

const ratioBarsDefaults = {
  ...barLayoutDefaults,
  /** The value column never takes more than this share of the width; longer texts wrap. */
  maxValueShare: 0.4,
  targetLegend: 'mục tiêu',
} as const;

function toBarRow(r: RatioDatum): BarRow {
  return {
    label: r.label,
    barShare: r.barShare,
    value: r.text,
    flagged: r.flagged,
    reference: r.reference,
    target: r.target,
    notes: r.flagged ? [{ className: 'flag', text: flagNote(r.printed, r.text) }] : [],
  };
}

/** Renders ratio bars as an SVG string; same spec, same bytes. */
export function ratioBars(spec: ChartSpec): string {
  const data = deriveRatio(spec);
  if (data.length === 0) return emptyChart(spec, 'ratio-bars');
  const d = ratioBarsDefaults;
  const items = data.some((r) => r.target !== undefined) ? [{ swatch: 'target' as const, label: d.targetLegend }] : [];
  return percentBarChart({
    spec,
    kind: 'ratio-bars',
    rows: data.map(toBarRow),
    desc: describeRatio(spec, data),
    defaults: d,
    legend: items,
  });
}
