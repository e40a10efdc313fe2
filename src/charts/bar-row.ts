/** What one row of a horizontal-bar chart is, and the mark of a printed figure: shared by both row layouts. */

/** A downward-pointing open triangle whose tip touches (x, tipY): where the source's printed figure falls. */
export function printedMarkPath(x: number, tipY: number): string {
  const r = (n: number) => Math.round(n * 10) / 10;
  return `M${r(x - 5)},${r(tipY - 8)}L${r(x + 5)},${r(tipY - 8)}L${r(x)},${r(tipY)}Z`;
}

/** One row of a horizontal-bar chart, already derived: what to write and how long the bar is. */
export interface BarRow {
  label: string;
  /** Bar length in percent of the track, already clamped to 0–100. */
  barShare: number;
  /** Written in the column after 100%: "16/17 (94,1%)". */
  value: string;
  flagged: boolean;
  /** The parent the other rows are read against (see ChartRow.reference). */
  reference?: boolean;
  /** Target in percent: a dashed tick across the bar. */
  target?: number;
  /** Where the source's printed figure falls, in percent: an open triangle over the bar. */
  printedAt?: number;
  /** Lines under the bar: class "flag" for ⚑ notes, "muted" for the rest. */
  notes: { className: 'flag' | 'muted'; text: string }[];
}
