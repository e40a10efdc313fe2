/**
 * Vietnamese number and date formatting, as Vietnamese government portals print them:
 * `.` groups thousands, `,` marks decimals (1.017; 17,07%), dates read day/month/year
 * without leading zeros (23/9/2021).
 *
 * Numbers go through d3-format's locale machinery and dates through Intl, so grouping and
 * rounding follow those libraries' rules instead of hand-written string surgery. The marks are
 * the grammar's own (core/vi-number.ts), which reads these numbers back; every number a page,
 * chart, data file or finding prints is formatted here, never by a second locale.
 */
import { formatLocale } from 'd3';
import { isPeriodText, parsePartialDate, periodEnds, type DateParts } from './partial-date.ts';
import { qualifierWord, type Qualifier } from './qualifiers.ts';
import { viNumberLocale } from './vi-number.ts';

const locale = formatLocale({ ...viNumberLocale, grouping: [...viNumberLocale.grouping] });

/** Default maximum number of decimals; trailing zeros are trimmed. */
const DEFAULT_DIGITS = 2;

const formatters = new Map<number, (n: number) => string>();

function formatterFor(digits: number): (n: number) => string {
  if (!Number.isInteger(digits) || digits < 0 || digits > 20) {
    throw new RangeError(`digits must be an integer from 0 to 20, got ${digits}`);
  }
  let f = formatters.get(digits);
  if (!f) {
    // `,` groups thousands; `~` trims trailing zeros (17,10 → 17,1; 30,00 → 30).
    f = locale.format(`,.${digits}~f`);
    formatters.set(digits, f);
  }
  return f;
}

function assertFinite(fn: string, n: number): void {
  if (typeof n !== 'number' || !Number.isFinite(n)) {
    // A silent "NaN" on a government portal is worse than a failed build.
    throw new TypeError(`${fn}: expected a finite number, got ${String(n)}`);
  }
}

/** 1017 → "1.017"; 17.07 → "17,07"; at most `digits` decimals, trailing zeros trimmed. */
export function formatNumber(n: number, digits: number = DEFAULT_DIGITS): string {
  assertFinite('formatNumber', n);
  return formatterFor(digits)(n);
}

const fixedFormatters = new Map<number, (n: number) => string>();

/**
 * A value in percent units with exactly `digits` decimals, trailing zeros kept: 31.5 at 2 →
 * "31,50%". For a column of figures that must read in one format (a chart's rows).
 */
export function formatPercentFixed(p: number, digits: number): string {
  assertFinite('formatPercentFixed', p);
  formatterFor(digits); // the same bounds on digits
  let f = fixedFormatters.get(digits);
  if (!f) fixedFormatters.set(digits, (f = locale.format(`,.${digits}f`)));
  return `${f(p)}%`;
}

/** A value already in percent units: 17.073 → "17,07%"; 30 → "30%"; 38.6 → "38,6%". */
export function formatPercent(p: number, digits: number = DEFAULT_DIGITS): string {
  assertFinite('formatPercent', p);
  return `${formatterFor(digits)(p)}%`;
}

/** 16, 17 → "16/17". */
export function formatRatio(value: number, total: number): string {
  assertFinite('formatRatio', value);
  assertFinite('formatRatio', total);
  return `${formatNumber(value)}/${formatNumber(total)}`;
}

/**
 * 16, 17 → "16/17 (94,12%)". With a zero total no share exists, so only "0/0" is written:
 * printing "(0%)" would state something the source never said.
 */
export function formatRatioLong(value: number, total: number, digits: number = DEFAULT_DIGITS): string {
  const ratio = formatRatio(value, total);
  if (total === 0) return ratio;
  return `${ratio} (${formatPercent((value / total) * 100, digits)})`;
}

export type { Qualifier };

/** A figure's hedge: its qualifier and, to take the source's own word from, `printed`. */
export type Hedge = Qualifier | { qualifier?: Qualifier; printed?: string } | undefined;

/**
 * 5120, "over" → "trên 5.120"; 80, { qualifier: "nearly", printed: "gần 80%" }, "percent" →
 * "gần 80%": the source's own word from `printed` (core/qualifiers.ts), never a synonym.
 * Without a qualifier the bare formatted figure is returned.
 */
export function formatQualified(
  value: number,
  hedge: Hedge,
  measure: 'count' | 'percent' = 'count',
  digits: number = DEFAULT_DIGITS,
): string {
  const figure = measure === 'percent' ? formatPercent(value, digits) : formatNumber(value, digits);
  const { qualifier, printed } = typeof hedge === 'object' ? hedge : { qualifier: hedge, printed: undefined };
  if (qualifier === undefined) return figure;
  return `${qualifierWord(qualifier, printed)} ${figure}`;
}

const viDate = new Intl.DateTimeFormat('vi-VN', {
  day: 'numeric',
  month: 'numeric',
  year: 'numeric',
  timeZone: 'UTC', // the instant is built in UTC, so it is read back in UTC
});

/** A site has few distinct dates and prints each many times: Intl is asked once per date. */
const partsCache = new Map<string, { day: string; month: string; year: string }>();

/** Day, month and year as Intl writes them in Vietnamese (no leading zeros). */
function intlParts(parts: DateParts): { day: string; month: string; year: string } {
  const key = `${parts.year}-${parts.month ?? 1}-${parts.day ?? 1}`;
  const cached = partsCache.get(key);
  if (cached) return cached;
  const instant = Date.UTC(parts.year, (parts.month ?? 1) - 1, parts.day ?? 1);
  const out = { day: '', month: '', year: '' };
  for (const p of viDate.formatToParts(instant)) {
    if (p.type === 'day' || p.type === 'month' || p.type === 'year') out[p.type] = p.value;
  }
  partsCache.set(key, out);
  return out;
}

/** "2021-09-23" → "23/9/2021"; "2020-03" → "3/2020"; "2020" → "2020". */
export function formatDate(iso: string): string {
  if (isPeriodText(iso)) return periodFormat(iso, formatDate);
  const parts = parsePartialDate(iso);
  const { day, month, year } = intlParts(parts);
  if (parts.month === undefined) return year;
  if (parts.day === undefined) return `${month}/${year}`;
  return `${day}/${month}/${year}`;
}

/** "2021-09-23" → "ngày 23 tháng 9 năm 2021"; "2020-03" → "tháng 3 năm 2020"; "2020" → "năm 2020". */
export function formatDateLong(iso: string): string {
  if (isPeriodText(iso)) return `giai đoạn ${periodFormat(iso, formatDate)}`;
  const parts = parsePartialDate(iso);
  const { day, month, year } = intlParts(parts);
  if (parts.month === undefined) return `năm ${year}`;
  if (parts.day === undefined) return `tháng ${month} năm ${year}`;
  return `ngày ${day} tháng ${month} năm ${year}`;
}

/** "2015/2020" → "2015–2020": each end formatted, joined with an en dash. */
function periodFormat(period: string, one: (d: string) => string): string {
  const [start, end] = periodEnds(period);
  return start === end ? one(start) : `${one(start)}–${one(end)}`;
}
