/**
 * Dates as far as a source gives them. A report may date a figure "đến tháng 3-2020" (a month),
 * a document may be known only by its year, or not dated at all: the site writes the known part
 * and never fills in the rest. One type and one set of helpers for every layer (schemas,
 * validation, pages, feeds, open data, charts), so no module guesses a day of its own.
 *
 * Pure and dependency-free: the lowest layer, importable from anywhere.
 */

/** `YYYY-MM-DD`, `YYYY-MM` or `YYYY` (ISO 8601 at day, month or year precision). */
export type PartialDate = string;

/** A date that may be unknown altogether: `undefined` is "the sources do not say". */
export type MaybeDate = PartialDate | undefined;

export type DatePrecision = 'day' | 'month' | 'year';

/** Calendar parts of a partial date; `month` and `day` are absent for "2020" or "2020-03". */
export interface DateParts {
  year: number;
  month?: number;
  day?: number;
}

/** What readers see for a date the sources do not give. */
const UNKNOWN_DATE = 'chưa rõ ngày';

/**
 * The written form of a partial date as a pattern (unanchored, as Table Schema and the editor's
 * form write patterns): `2021-09-23`, `2021-09`, `2021`. The form only; the calendar is checked
 * by parsePartialDate.
 */
export const PARTIAL_DATE_PATTERN = '\\d{4}(-\\d{2}(-\\d{2})?)?';

/** A day written `YYYY-MM-DD`, as a pattern (unanchored); the form only, like the one above. */
export const DAY_PATTERN = '\\d{4}-\\d{2}-\\d{2}';
const DAY = new RegExp(`^${DAY_PATTERN}$`);

const vietnamDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' });

/** The calendar day in Vietnam (`YYYY-MM-DD`) of an instant, whatever the machine's zone. */
export function dayInVietnam(instant: Date | number): string {
  return vietnamDay.format(instant);
}

/** True when `text` is written `YYYY-MM-DD` (whether the day exists is parsePartialDate's to say). */
export function isDayText(text: string): boolean {
  return DAY.test(text);
}

const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Reads "2021-09-23", "2020-03" or "2020" into numbers, straight from the string: building a
 * local-time Date from an ISO string lets the time zone shift the day. Throws a RangeError on
 * anything else (a date that reaches here was validated; a bad one is a bug, not a guess).
 */
export function parsePartialDate(iso: string): DateParts {
  const m = typeof iso === 'string' ? PARTIAL.exec(iso) : null;
  if (!m) throw new RangeError(`expected an ISO date YYYY-MM-DD, YYYY-MM or YYYY, got ${JSON.stringify(iso)}`);
  const year = Number(m[1]);
  const month = m[2] === undefined ? undefined : Number(m[2]);
  const day = m[3] === undefined ? undefined : Number(m[3]);
  if (month !== undefined && (month < 1 || month > 12)) throw new RangeError(`month out of range in ${JSON.stringify(iso)}`);
  if (day !== undefined && (day < 1 || day > daysIn(year, month!))) throw new RangeError(`no such day: ${JSON.stringify(iso)}`);
  return { year, month, day };
}

/** True when `text` is a real date at day, month or year precision (no 2021-02-30, no 2021-13). */
export function isPartialDate(text: unknown): text is PartialDate {
  if (typeof text !== 'string') return false;
  try {
    parsePartialDate(text);
    return true;
  } catch {
    return false;
  }
}

export function precisionOf(d: PartialDate): DatePrecision {
  return d.length === 4 ? 'year' : d.length === 7 ? 'month' : 'day';
}

/** "2021" of any known date; undefined when the date is unknown. */
export function yearOf(d: MaybeDate): string | undefined {
  return d === undefined ? undefined : d.slice(0, 4);
}

/** "09" of a date known to the month; undefined otherwise. */
export function monthOf(d: MaybeDate): string | undefined {
  return d === undefined || d.length < 7 ? undefined : d.slice(5, 7);
}

/**
 * A period a figure covers, as the source gives it: "từ năm 2015 đến đầu năm 2020" is
 * `2015/2020` (ISO 8601 interval of two partial dates; "đầu năm 2020" is the year 2020 at most,
 * never a month the source does not name). Observations' `date` may be one; shown "2015–2020".
 */
const PERIOD_SEPARATOR = '/';

/** True when `d` is written as a period (`2015/2020`); whether it is a valid one: `isPeriod`. */
export function isPeriodText(d: string): boolean {
  return d.includes(PERIOD_SEPARATOR);
}

/** The two ends of a period; a single date is a period of itself. Throws on anything else. */
export function periodEnds(d: string): [start: PartialDate, end: PartialDate] {
  if (!isPeriodText(d)) {
    parsePartialDate(d);
    return [d, d];
  }
  const parts = d.split(PERIOD_SEPARATOR);
  if (parts.length !== 2) throw new RangeError(`expected a period START/END, got ${JSON.stringify(d)}`);
  const [start, end] = parts as [string, string];
  parsePartialDate(start);
  parsePartialDate(end);
  if (earliestDay(start) > latestDay(end)) throw new RangeError(`a period ends before it starts: ${JSON.stringify(d)}`);
  return [start, end];
}

/** True when `text` is a valid period: two partial dates, the first not after the second. */
export function isPeriod(text: unknown): boolean {
  if (typeof text !== 'string' || !isPeriodText(text)) return false;
  try {
    periodEnds(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * The time a set of figure dates covers, for JSON-LD `temporalCoverage`: from the earliest start
 * to the latest end, each at the precision the source gives (`2015/2020`; one date alone is that
 * date, `2020-03`, never `2020-03/2020-03`). Undefined when there is none.
 */
export function temporalCoverage(dates: readonly string[]): string | undefined {
  let start: string | undefined;
  let end: string | undefined;
  for (const d of dates) {
    const [s, e] = periodEnds(d);
    if (start === undefined || earliestDay(s) < earliestDay(start) || (earliestDay(s) === earliestDay(start) && s.length < start.length))
      start = s;
    if (end === undefined || latestDay(e) > latestDay(end) || (latestDay(e) === latestDay(end) && e.length < end.length)) end = e;
  }
  if (start === undefined || end === undefined) return undefined;
  return start === end ? start : `${start}${PERIOD_SEPARATOR}${end}`;
}

/** "2015–2020", "6/2015–3/2020": a period with an en dash, each end at its own precision. */
function periodText(d: string, one: (end: PartialDate) => string): string {
  const [start, end] = periodEnds(d);
  return start === end ? one(start) : `${one(start)}–${one(end)}`;
}

/** The first day a partial date may be (2020-03 → 2020-03-01): for comparisons, never shown. */
export function earliestDay(d: PartialDate): string {
  if (isPeriodText(d)) return earliestDay(periodEnds(d)[0]);
  const p = parsePartialDate(d);
  return `${d.slice(0, 4)}-${pad(p.month ?? 1)}-${pad(p.day ?? 1)}`;
}

/** The last day a partial date may be (2020-02 → 2020-02-29): for comparisons, never shown. */
export function latestDay(d: PartialDate): string {
  if (isPeriodText(d)) return latestDay(periodEnds(d)[1]);
  const p = parsePartialDate(d);
  const month = p.month ?? 12;
  return `${d.slice(0, 4)}-${pad(month)}-${pad(p.day ?? daysIn(p.year, month))}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * True only when `a` is certainly before `b`: every day `a` may be comes before every day `b`
 * may be. An unknown date is never certainly before or after anything.
 */
export function surelyBefore(a: MaybeDate, b: MaybeDate): boolean {
  if (a === undefined || b === undefined) return false;
  return latestDay(a) < earliestDay(b);
}

/**
 * Newest first, unknown dates last. ISO strings order themselves: "2020-03" sorts after every
 * day of March 2020 in this order (it may be any of them), and "2020" after every date in 2020.
 */
export function compareNewestFirst(a: MaybeDate, b: MaybeDate): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  const [ea, eb] = [earliestDay(a), earliestDay(b)];
  if (ea !== eb) return ea < eb ? 1 : -1;
  // Same first day: the more precise date first (23/9/2021 before "tháng 9/2021" before "năm 2021").
  return b.length - a.length;
}

/** Oldest first, unknown dates last (for series and ascending lists). */
export function compareOldestFirst(a: MaybeDate, b: MaybeDate): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return -compareNewestFirst(a, b);
}

/** "23/9/2021", "tháng 3/2020", "năm 2021", "chưa rõ ngày": a date as a label (tables, lists, meta). */
export function dateLabel(d: MaybeDate): string {
  if (d === undefined) return UNKNOWN_DATE;
  if (isPeriodText(d)) return periodText(d, shortLabel);
  const p = parsePartialDate(d);
  if (p.month === undefined) return `năm ${p.year}`;
  if (p.day === undefined) return `tháng ${p.month}/${p.year}`;
  return `${p.day}/${p.month}/${p.year}`;
}

/**
 * "ngày 23/9/2021", "tháng 3/2020", "năm 2021", "chưa rõ ngày": a date inside a sentence
 * ("ban hành ngày 23/9/2021", "ban hành tháng 3/2020"), with the word its precision needs.
 */
export function datePhrase(d: MaybeDate): string {
  if (d === undefined) return UNKNOWN_DATE;
  if (isPeriodText(d)) return `giai đoạn ${dateLabel(d)}`;
  return precisionOf(d) === 'day' ? `ngày ${dateLabel(d)}` : dateLabel(d);
}

/** "2015", "3/2020", "23/9/2021": one end of a period, without the words a lone date takes. */
function shortLabel(d: PartialDate): string {
  const p = parsePartialDate(d);
  if (p.month === undefined) return String(p.year);
  if (p.day === undefined) return `${p.month}/${p.year}`;
  return `${p.day}/${p.month}/${p.year}`;
}
