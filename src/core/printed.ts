/**
 * Reads a figure as a Vietnamese source prints it (`1.017`, `17,07%`, `16/17`, `trên 5.120`,
 * `gần 80%`), so the build can compare it with the machine numbers beside it.
 */
import type { Qualifier } from './format.ts';

export interface PrintedFigure {
  qualifier?: Qualifier;
  /** `16/17` */
  ratio?: { value: number; total: number };
  /** The number printed, in percent units when `percent`. */
  number?: number;
  percent: boolean;
  /** Digits printed after the decimal comma: the precision the source claims. */
  decimals: number;
}

const QUALIFIER_WORDS: [RegExp, Qualifier][] = [
  [/^(trên|hơn|ngoài)\s+/iu, 'over'],
  [/^(dưới|chưa đến|chưa tới)\s+/iu, 'under'],
  [/^(khoảng|gần|xấp xỉ|chừng|ước)\s+/iu, 'about'],
];

/** A Vietnamese-printed number: `.` groups thousands, `,` marks decimals. */
export function parseViNumber(text: string): { value: number; decimals: number } | undefined {
  const m = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?$/.exec(text.trim());
  if (!m) return undefined;
  const int = m[1]!.replace(/\./g, '');
  const frac = m[2] ?? '';
  return { value: Number(frac ? `${int}.${frac}` : int), decimals: frac.length };
}

export function parsePrinted(printed: string): PrintedFigure | undefined {
  let rest = printed.trim().normalize('NFC');
  let qualifier: Qualifier | undefined;
  for (const [re, q] of QUALIFIER_WORDS) {
    if (re.test(rest)) {
      qualifier = q;
      rest = rest.replace(re, '');
      break;
    }
  }
  const ratio = /^(\d[\d.]*)\s*\/\s*(\d[\d.]*)$/.exec(rest);
  if (ratio) {
    const a = parseViNumber(ratio[1]!);
    const b = parseViNumber(ratio[2]!);
    if (a && b) return { qualifier, ratio: { value: a.value, total: b.value }, percent: false, decimals: 0 };
    return undefined;
  }
  const percent = rest.endsWith('%');
  const n = parseViNumber(percent ? rest.slice(0, -1).trim() : rest.replace(/\s+\p{L}.*$/u, ''));
  if (!n) return undefined;
  return { qualifier, number: n.value, percent, decimals: n.decimals };
}

/** Tolerance of a printed number: a source may round or truncate at its last printed digit. */
export function agreesWithPrinted(computed: number, printed: number, decimals: number): boolean {
  return Math.abs(computed - printed) < 10 ** -decimals + 1e-9;
}
