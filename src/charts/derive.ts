/**
 * Chart state: checks a spec and derives every number and text a chart shows, with no
 * rendering. The SVG, the `<desc>` sentence and the data table all read from here, so the
 * three always print the same figures.
 */
import { formatDate, formatNumber, formatPercent, formatPercentFixed, formatQualified, formatRatio } from '../core/format.ts';
import { parsePartialDate, periodEnds } from '../core/partial-date.ts';
import { parsePrinted } from '../core/printed.ts';
import { qualifierWord } from '../core/qualifiers.ts';
import { markDerived, workedOut } from '../core/provenance.ts';
import { checkSpec } from './check-spec.ts';
import type { ChartRow, ChartSpec } from './types.ts';

/** Decimals of the shares and rates each chart prints. */
const digits = {
  /** "16/17 (94,1%)" */
  ratioShare: 1,
  /** "809 (79,5%)" */
  compositionShare: 1,
  /** Sources print rates to 2 decimals ("17,07%"); the computed rate is compared at that precision. */
  progressRate: 2,
  seriesShare: 1,
} as const;

/**
 * Decimals one chart prints for all its rows: the fewest that show every row's value as it
 * rounds at `max` decimals. "31,50%" beside "18,97%", never "31,5%" beside "18,97%": a column
 * of figures reads, and compares, only in one format.
 */
function sharedDigits(values: readonly (number | null)[], max: number): number {
  let need = 0;
  for (const v of values) {
    if (v === null || !Number.isFinite(v)) continue;
    const at = (d: number) => Math.round(v * 10 ** d) / 10 ** d;
    let d = 0;
    while (d < max && Math.abs(at(d) - at(max)) > 1e-9) d++;
    need = Math.max(need, d);
  }
  return need;
}

/** A percent with exactly `d` decimals (trailing zeros kept), hedged with the source's word if the source hedged it. */
function fixedPercent(p: number, d: number, hedge?: Pick<ChartRow, 'qualifier' | 'printed'>): string {
  const figure = formatPercentFixed(p, d);
  return hedge?.qualifier ? `${qualifierWord(hedge.qualifier, hedge.printed)} ${figure}` : figure;
}

/** Fields every derived row carries through from the spec. */
interface Carried {
  label: string;
  printed?: string;
  flagged: boolean;
  qualifier?: ChartRow['qualifier'];
  reference?: boolean;
}

function carried(row: ChartRow): Carried {
  return {
    label: row.label,
    printed: row.printed,
    flagged: row.flagged === true,
    qualifier: row.qualifier,
    ...(row.reference ? { reference: true } : {}),
  };
}

/** value/total in percent, or null when the total is 0 and no share exists. */
function share(value: number, total: number): number | null {
  return total === 0 ? null : (value / total) * 100;
}

export interface RatioDatum extends Carried {
  value: number;
  total: number;
  /** True share in percent; null when total is 0. */
  share: number | null;
  /** Share clamped to 0–100 for drawing; the text keeps the true figure. */
  barShare: number;
  /** "16/17", "trên 16/17" */
  countText: string;
  /** "94,1%"; absent when total is 0. */
  shareText?: string;
  /** "16/17 (94,1%)" */
  text: string;
  target?: number;
  targetText?: string;
}

export function deriveRatio(spec: ChartSpec): RatioDatum[] {
  checkSpec(spec, 'ratio-bars');
  const d = sharedDigits(
    spec.rows.map((r) => share(r.value, r.total!)),
    digits.ratioShare,
  );
  return spec.rows.map((row) => {
    const total = row.total!;
    const s = share(row.value, total);
    const countText = `${markDerived(formatQualified(row.value, row), 'value', row.derived)}/${markDerived(formatNumber(total), 'total', row.derived)}`;
    const shareText = s === null ? undefined : fixedPercent(s, d);
    return {
      ...carried(row),
      value: row.value,
      total,
      share: s,
      barShare: s === null ? 0 : Math.min(100, s),
      countText,
      shareText,
      text: shareText === undefined ? countText : `${countText} (${shareText})`,
      target: row.target,
      targetText: targetText(row),
    };
  });
}

/** "15%", or "15% (tính ra: …)" when an editor worked the target out. */
function targetText(row: ChartRow): string | undefined {
  return row.target === undefined ? undefined : markDerived(formatPercent(row.target), 'target', row.derived);
}

interface CompositionDatum extends Carried {
  value: number;
  /** "809", "trên 5.120" */
  valueText: string;
  /** Share of the whole in percent; null when the whole is 0. */
  share: number | null;
  /** "79,5%"; absent when the whole is 0. */
  shareText?: string;
  /** "809 (79,5%)" */
  text: string;
}

export interface Composition {
  parts: CompositionDatum[];
  /** The stated total, or the parts' sum when none is stated: what the shares are of. */
  whole: number;
  sum: number;
  /** A total was stated and the parts do not add up to it. */
  mismatch: boolean;
  /**
   * The total as shown: the stated number, the source's bound as printed ("trên 5.120"), or,
   * with neither, the parts' sum marked worked out. Never a sum in place of a printed figure.
   */
  wholeText: string;
  sumText: string;
  /** No exact total is stated: the shares are of the parts' sum, which the build worked out. */
  computedWhole: boolean;
  /** "5.123 (tính ra: cộng các phần)": the parts' sum as a worked-out value. */
  computedSumText: string;
}

export function deriveComposition(spec: ChartSpec): Composition {
  checkSpec(spec, 'composition');
  // Sum in integer-friendly order; counts are integers, so this is exact for the data we have.
  const sum = spec.rows.reduce((acc, r) => acc + r.value, 0);
  const whole = spec.total ?? sum;
  const d = sharedDigits(
    spec.rows.map((r) => share(r.value, whole)),
    digits.compositionShare,
  );
  const parts = spec.rows.map((row) => {
    const s = share(row.value, whole);
    const valueText = markDerived(formatQualified(row.value, row), 'value', row.derived);
    const shareText = s === null ? undefined : fixedPercent(s, d);
    return {
      ...carried(row),
      value: row.value,
      valueText,
      share: s,
      shareText,
      text: shareText === undefined ? valueText : `${valueText} (${shareText})`,
    };
  });
  const mismatch = spec.total !== undefined && Math.abs(sum - spec.total) > 1e-9;
  const computedSumText = workedOut(formatNumber(sum), 'cộng các phần');
  const wholeText = spec.total !== undefined ? formatNumber(spec.total) : (spec.totalText ?? computedSumText);
  return { parts, whole, sum, mismatch, wholeText, sumText: formatNumber(sum), computedWhole: spec.total === undefined, computedSumText };
}

export interface ProgressDatum extends Carried {
  /** Computed rate in percent (value/total, or value when no total); null when total is 0. */
  rate: number | null;
  barRate: number;
  /** "17,07%" — the computed rate. */
  rateText: string;
  /** "7/41" when counts are known. */
  countText?: string;
  target?: number;
  targetText?: string;
  /** The printed figure read as a number ("38,6%" → 38.6), to mark it on the axis. */
  printedRate?: number;
}

export function deriveProgress(spec: ChartSpec): ProgressDatum[] {
  checkSpec(spec, 'progress');
  const rateOf = (row: ChartRow) => (row.total === undefined ? row.value : share(row.value, row.total));
  const d = sharedDigits(spec.rows.map(rateOf), digits.progressRate);
  return spec.rows.map((row) => {
    const rate = rateOf(row);
    return {
      ...carried(row),
      rate,
      barRate: rate === null ? 0 : Math.max(0, Math.min(100, rate)),
      rateText: rate === null ? formatRatio(row.value, 0) : fixedPercent(rate, d, row),
      countText: row.total === undefined ? undefined : formatRatio(row.value, row.total),
      target: row.target,
      targetText: targetText(row),
      printedRate: row.flagged && row.printed ? parsePrinted(row.printed)?.number : undefined,
    };
  });
}

export interface SeriesDatum extends Carried {
  date: string;
  /** Milliseconds of the date's UTC midnight, for the x scale only. */
  time: number;
  dateText: string;
  /** What is plotted: the share in percent when totals are given, else the value. */
  y: number;
  /** "94,1%" or "1.017" */
  text: string;
  /** "16/17" when the point has a total. */
  countText?: string;
}

export interface Series {
  points: SeriesDatum[];
  /** "percent" when every point has a total. */
  measure: 'count' | 'percent';
}

export function deriveSeries(spec: ChartSpec): Series {
  checkSpec(spec, 'time-series');
  const measure = spec.rows.length > 0 && spec.rows.every((r) => r.total !== undefined) ? 'percent' : 'count';
  const d =
    measure === 'percent'
      ? sharedDigits(
          spec.rows.map((r) => share(r.value, r.total!)),
          digits.seriesShare,
        )
      : 0;
  const points = spec.rows.map((row) => {
    // A period (`2015/2020`) is drawn where it ends: the figure is what it came to by then.
    const { year, month = 1, day = 1 } = parsePartialDate(periodEnds(row.date!)[1]);
    const s = measure === 'percent' ? share(row.value, row.total!) : row.value;
    const y = s ?? 0;
    const figure =
      measure === 'percent' ? (s === null ? formatRatio(row.value, 0) : fixedPercent(s, d, row)) : formatQualified(row.value, row);
    return {
      ...carried(row),
      date: row.date!,
      time: Date.UTC(year, month - 1, day),
      dateText: formatDate(row.date!),
      y,
      text: figure,
      countText: row.total === undefined ? undefined : formatRatio(row.value, row.total),
    };
  });
  // Stable sort by date: the same input always yields the same order.
  points.sort((a, b) => a.time - b.time);
  return { points, measure };
}

/** "⚑ không khớp — in: 38,6% · tính: 30,56%": the flag, the words, and both figures. */
export function flagNote(printed: string | undefined, computed: string): string {
  return printed === undefined ? `⚑ số liệu nguồn không khớp — tính: ${computed}` : `⚑ không khớp — in: ${printed} · tính: ${computed}`;
}
