/** Input of every chart in `src/charts/`: plain data, no rendering options beyond width. */
import type { Qualifier } from '../core/qualifiers.ts';

/** One bar, part or point of a chart. */
export interface ChartRow {
  /** Unit name or part name shown to the reader, e.g. "Cấp xã". */
  label: string;
  /** Count (16, 809) or, where no `total` is given, a value in percent units (17.07). */
  value: number;
  /** Denominator for ratios: 17 in "16/17". */
  total?: number;
  /** Target in percent units: 15 for "mục tiêu 15%". */
  target?: number;
  /** The figure exactly as the source printed it, e.g. "38,6%" or "07/41". */
  printed?: string;
  /** The source's arithmetic does not hold (printed ≠ computed): show both and a flag. */
  flagged?: boolean;
  /** How the source hedged the figure (core/qualifiers.ts); its word is taken from `printed`. */
  qualifier?: Qualifier;
  /** Fields of the row an editor worked out rather than copied (`derived`): shown marked "tính ra". */
  derived?: readonly ('value' | 'total' | 'target' | 'date')[];
  /** The unit the others are read against (their parent): drawn first, apart, not ranked. */
  reference?: boolean;
  /** ISO reference date of the figure ("2021-09-23", "2020-03" or "2020"). */
  date?: string;
}

export interface ChartSpec {
  /** ASCII, used for ids: `${slug}-title`, `${slug}-desc`. */
  slug: string;
  /** Vietnamese title, written into `<title>` and the table caption. */
  title: string;
  /** What is counted, for the generated sentence, e.g. "xã, phường có bí thư đảng ủy kiêm chủ tịch HĐND". */
  subject?: string;
  /** Where the figures come from, e.g. "Báo cáo sơ kết ..., 25/10/2018". */
  source?: string;
  rows: ChartRow[];
  /**
   * Composition only: the whole as the source states it (1.017). When the parts do not add up
   * to it, the chart and table flag the difference; when absent the parts' sum is the whole.
   */
  total?: number;
  /**
   * Composition only: the whole as the source prints it when it is no exact number ("trên
   * 5.120"). Shown as the total; the parts' sum is then shown beside it, marked worked out,
   * never in its place.
   */
  totalText?: string;
  /** viewBox width in user units; default 480 so 15-unit text stays legible on a 320px phone. */
  width?: number;
}

/** The chart types; `chartTable(spec, kind)` takes the same names as the files. */
export type ChartKind = 'ratio-bars' | 'composition' | 'progress' | 'time-series';
