/**
 * Reads a figure as a Vietnamese source prints it (`1.017`, `17,07%`, `16/17`, `trên 5.120`,
 * `gần 80%`), so the build can compare it with the machine numbers beside it.
 */
import { leadingQualifier, type Qualifier } from './qualifiers.ts';
import { parseViNumber, VI_INTEGER_SOURCE } from './vi-number.ts';

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

/** `16/17`, `1.017 / 1.200`: a ratio of two whole numbers as printed. */
const RATIO_RE = new RegExp(`^(${VI_INTEGER_SOURCE})\\s*/\\s*(${VI_INTEGER_SOURCE})$`);

export function parsePrinted(printed: string): PrintedFigure | undefined {
  let rest = printed.trim().normalize('NFC');
  // The qualifier words are the one list of core/qualifiers.ts.
  const lead = leadingQualifier(rest);
  const qualifier: Qualifier | undefined = lead?.qualifier;
  if (lead) rest = lead.rest;
  const ratio = RATIO_RE.exec(rest);
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

/** Answer of `readPlainPrinted` for a figure it leaves to `parsePrinted`. */
export const NOT_PLAIN: unique symbol = Symbol('not plain');

/**
 * `parsePrinted` by hand for the usual shapes, for tables of a million rows: `1.017`, `17,07`,
 * `38,6%`, `16/17`, each optionally after `trên `. Anything else, malformed figures included,
 * is NOT_PLAIN: parsePrinted reads it. The same answer where it answers (tests/printed.test.ts):
 * `viInteger` is core/vi-number.ts's whole number, read without a regular expression.
 */
export function readPlainPrinted(printed: string): PrintedFigure | typeof NOT_PLAIN {
  const n = printed.length;
  let p = 0;
  let qualifier: Qualifier | undefined;
  // `trên ` as NFC writes it; the ê is U+00EA.
  if (printed.charCodeAt(0) === 116) {
    if (!printed.startsWith('tr\u00EAn ')) return NOT_PLAIN;
    qualifier = 'over';
    p = 5;
  }
  const slash = printed.indexOf('/', p);
  if (slash !== -1) {
    const a = viInteger(printed, p, slash);
    const b = viInteger(printed, slash + 1, n);
    if (a === undefined || b === undefined) return NOT_PLAIN;
    return { qualifier, ratio: { value: a, total: b }, percent: false, decimals: 0 };
  }
  const percent = n > p && printed.charCodeAt(n - 1) === 37;
  const end = percent ? n - 1 : n;
  const comma = printed.indexOf(',', p);
  if (comma === -1) {
    const v = viInteger(printed, p, end);
    return v === undefined ? NOT_PLAIN : { qualifier, number: v, percent, decimals: 0 };
  }
  const int = viInteger(printed, p, comma);
  if (int === undefined || comma + 1 === end) return NOT_PLAIN;
  for (let i = comma + 1; i < end; i++) if (!isDigit(printed.charCodeAt(i))) return NOT_PLAIN;
  const frac = printed.slice(comma + 1, end);
  return { qualifier, number: Number(`${int}.${frac}`), percent, decimals: frac.length };
}

/**
 * The value of `text[start, end)` when it is `\d+` or `\d{1,3}(?:\.\d{3})+` of at most 15
 * digits (exact as a double), else undefined.
 */
function viInteger(text: string, start: number, end: number): number | undefined {
  if (start >= end) return undefined;
  let value = 0;
  let digits = 0;
  let group = -1; // digits since the last dot; -1 before the first dot
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) {
      value = value * 10 + (c - 48);
      digits++;
      if (group >= 0) group++;
    } else if (c === 46) {
      if (group === -1 ? digits < 1 || digits > 3 : group !== 3) return undefined;
      group = 0;
    } else return undefined;
  }
  if (group !== -1 && group !== 3) return undefined;
  return digits <= 15 ? value : undefined;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
