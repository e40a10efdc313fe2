import type { Qualifier } from '../core/format.ts';

export interface TextFigure {
  value: number;
  /** Denominator of a ratio (16/17 → 17). */
  total?: number;
  qualifier?: Qualifier;
  /** The number is a percentage ("gần 80%"). */
  percent: boolean;
  /** Digits after the decimal comma. */
  decimals: number;
  /** Exactly as printed, qualifier included: "07/41", "trên 5.120", "gần 80%". */
  printed: string;
  /** The rate printed beside a ratio ("07/41 … đạt 17,07%"): the source's own percentage. */
  rate?: { printed: string; value: number; decimals: number };
  /** `target`: a goal, not a result; `excess`: by how much a result beats its target ("vượt 2,07%"). */
  role?: 'target' | 'excess';
  /** Index (in the list returned) of the ratio whose target this excess figure measures against. */
  excessOf?: number;
  /** Index of the total this figure is a part of ("1.017 …: cấp tỉnh 2; …"). */
  partOf?: number;
  /** Index of the count this figure is a subset of ("27 cán bộ, trong đó 9 cán bộ nữ"): held in it, not summed with siblings. */
  subsetOf?: number;
  /** The total as printed, when words stand between count and total ("38 trong tổng số 45"). */
  totalPrinted?: string;
  /** The period the sentence gives ("từ năm 2015 đến đầu năm 2020" → `2015/2020`). */
  period?: string;
  /** A change rather than a count ("giảm 12 đơn vị"). */
  change?: 'decrease' | 'increase';
  /** Words after the number: what is counted ("trường hợp kiêm nhiệm"). */
  noun: string;
  /** Words before the number in its clause ("cấp huyện"), or the row label of a table. */
  label: string;
  /** The words around the figure up to its neighbours in the sentence: what it is about. */
  context: string;
  /** The column header, for a figure in a Markdown table. */
  column?: string;
  sentence: string;
  /** 1-based line in the text read. */
  line: number;
  start: number;
  end: number;
}
