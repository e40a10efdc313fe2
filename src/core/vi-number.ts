/**
 * How a Vietnamese source writes a number, declared once: `.` groups thousands in threes, `,`
 * marks decimals (1.017; 17,07; 1.234.567,5). Printing (core/format.ts, through d3's locale),
 * reading a printed figure (core/printed.ts), finding figures in prose (src/extract/figures.ts)
 * and telling a Vietnamese number from the machine number a CSV cell holds
 * (src/schemas/fields.ts) all take the marks and the patterns from here.
 *
 * The machine number of a CSV cell (`1017`, `17.07`, src/schemas/fields.ts) is another grammar:
 * `.` is its decimal point and nothing groups thousands. It is declared there, not here.
 */

/** d3-format's locale for Vietnamese numbers; `minus` stays d3's default U+2212. */
export const viNumberLocale = {
  decimal: ',',
  thousands: '.',
  grouping: [3],
  currency: ['', '\u00a0₫'] as [string, string],
  percent: '%',
} as const;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const GROUP_MARK = escape(viNumberLocale.thousands);
const DECIMAL_MARK = escape(viNumberLocale.decimal);

/** `1.017`, `1.234.567`: digits grouped by threes. */
const GROUPED = `\\d{1,3}(?:${GROUP_MARK}\\d{3})+`;
/** `1017`: digits not grouped. */
const PLAIN = '\\d+';
/** `,07`: the decimals. */
const FRACTION = `${DECIMAL_MARK}\\d+`;

/** Pattern source of a whole number as printed: `1.017` or `1017` (no decimals). */
export const VI_INTEGER_SOURCE = `${GROUPED}|${PLAIN}`;

/** Pattern source of a number as printed: `1.017`, `17,07`, `1.234,5`, `1017`. */
export const VI_NUMBER_SOURCE = `${GROUPED}(?:${FRACTION})?|${PLAIN}(?:${FRACTION})?`;

const VI_NUMBER_RE = new RegExp(`^(${VI_INTEGER_SOURCE})(?:${DECIMAL_MARK}(\\d+))?$`);
const GROUPED_RE = new RegExp(`^-?${GROUPED}(?:${FRACTION})?$`);
const DECIMAL_COMMA_RE = new RegExp(`^-?${PLAIN}${FRACTION}$`);

/**
 * A printed number: its value and the digits printed after the decimal comma (the precision
 * the source claims). `1.017` → 1017, 0; `17,07` → 17.07, 2; `12.34` (not grouped by threes)
 * → undefined.
 */
export function parseViNumber(text: string): { value: number; decimals: number } | undefined {
  const m = VI_NUMBER_RE.exec(text.trim());
  if (!m) return undefined;
  const int = m[1]!.split(viNumberLocale.thousands).join('');
  const frac = m[2] ?? '';
  return { value: Number(frac ? `${int}.${frac}` : int), decimals: frac.length };
}

/**
 * A number only a Vietnamese reader writes: thousands grouped (`1.017`, `-1.234,5`) or a
 * decimal comma (`17,07`). A machine-number cell holding one is a `number-locale` error, and
 * `1.017` is never read as 1.017.
 */
export function isViWrittenNumber(text: string): boolean {
  return GROUPED_RE.test(text) || DECIMAL_COMMA_RE.test(text);
}

/** Thousands grouped with dots (`1.017`, `5.120,5`): never a machine number, whatever it looks like. */
export function isViGroupedNumber(text: string): boolean {
  return GROUPED_RE.test(text);
}
