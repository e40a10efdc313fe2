/**
 * Dates and times as Vietnamese portals print them: "23/9/2021", "23-9-2021", "Ngày 17 tháng 09
 * năm 2021", "Chủ nhật, 23 Tháng 2, 2020 - 13:58", "Thứ 6, Ngày 26/10/2018, 11:00", "9:2' 24/9/2021",
 * "Ngày 17/9" (no year), "tháng 3/2020". Found so that no date ever becomes a figure, and so that
 * an article's publication date (its dateline) and its event date can be told apart.
 */
import { foldKeep, type Span } from './scan.ts';

export interface DateMention extends Span {
  raw: string;
  /** `YYYY-MM-DD` when the text gives day, month and year. */
  iso?: string;
  day?: number;
  month?: number;
  year?: number;
}

const B = '(?<![\\p{L}\\p{N}.,/])';
const A = '(?![\\p{L}\\p{N}]|[.,/]\\d)';
const PATTERNS: { re: RegExp; parts: (m: RegExpExecArray) => [number | undefined, number | undefined, number | undefined] }[] = [
  // 23/9/2021, 23-9-2021, 23.9.2021
  { re: new RegExp(`${B}(\\d{1,2})\\s?([/.-])\\s?(\\d{1,2})\\s?\\2\\s?(\\d{4})${A}`, 'gu'), parts: (m) => [+m[1]!, +m[3]!, +m[4]!] },
  // 17 tháng 09 năm 2021, 23 Tháng 2, 2020
  {
    re: new RegExp(`${B}(\\d{1,2})\\s+thang\\s+(\\d{1,2})\\s*,?\\s*(?:nam\\s+)?(\\d{4})${A}`, 'gu'),
    parts: (m) => [+m[1]!, +m[2]!, +m[3]!],
  },
  // tháng 3/2020, tháng 3 năm 2020, tháng 3
  {
    re: new RegExp(`(?<=thang\\s+)(\\d{1,2})(?:\\s?[/-]\\s?(\\d{4})|\\s+nam\\s+(\\d{4}))?${A}`, 'gu'),
    parts: (m) => [undefined, +m[1]!, m[2] ? +m[2] : m[3] ? +m[3] : undefined],
  },
  // Ngày 17/9, sáng 14-3: a day and month after a word that names a day
  {
    re: new RegExp(
      `(?<=(?:ngay|sang|chieu|toi|trua|dem|hom)\\s+(?:ngay\\s+)?)(\\d{1,2})\\s?[/-]\\s?(\\d{1,2})${A}(?!\\s?[/-]\\s?\\d)`,
      'gu',
    ),
    parts: (m) => [+m[1]!, +m[2]!, undefined],
  },
  // năm 2021, ngày 17 (a day alone)
  { re: new RegExp(`(?<=nam\\s+)(\\d{4})${A}`, 'gu'), parts: (m) => [undefined, undefined, +m[1]!] },
  { re: new RegExp(`(?<=ngay\\s+)(\\d{1,2})${A}(?!\\s*(?:[/-]|thang))`, 'gu'), parts: (m) => [+m[1]!, undefined, undefined] },
];

/** Clock times: 13:58, 11:00, 9:2', 8h30, 8 giờ 30. */
const TIME_RE = new RegExp(`${B}\\d{1,2}\\s?(?::\\s?\\d{1,2}'?|h\\d{0,2}${A}|\\s+gio(?:\\s+\\d{1,2}(?:\\s+phut)?)?)`, 'gu');
/** Weekdays: "Thứ 6", "thứ hai", "Chủ nhật". */
const WEEKDAY_RE = /(?<![\p{L}])(?:thu\s+(?:[2-7]|hai|ba|tu|nam|sau|bay)|chu\s+nhat)(?![\p{L}\p{N}])/gu;

function isoOf(day: number, month: number, year: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || year < 1900 || year > 2100) return undefined;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Every date in `text`, longest first where two overlap, in text order. */
export function findDates(text: string, folded?: string): DateMention[] {
  const t = folded ?? foldKeep(text.normalize('NFC'));
  const found: DateMention[] = [];
  const taken = new Uint8Array(t.length);
  for (const { re, parts } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(t); m; m = re.exec(t)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.subarray(start, end).some((x) => x)) continue;
      const [day, month, year] = parts(m);
      if (month !== undefined && (month < 1 || month > 12)) continue;
      if (day !== undefined && (day < 1 || day > 31)) continue;
      const d: DateMention = { start, end, raw: text.slice(start, end) };
      if (day !== undefined) d.day = day;
      if (month !== undefined) d.month = month;
      if (year !== undefined) d.year = year;
      if (day !== undefined && month !== undefined && year !== undefined) {
        const iso = isoOf(day, month, year);
        if (!iso) continue;
        d.iso = iso;
      }
      taken.fill(1, start, end);
      found.push(d);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Spans of clock times and weekdays (never figures). */
export function findTimes(text: string, folded?: string): Span[] {
  const t = folded ?? foldKeep(text.normalize('NFC'));
  const spans: Span[] = [];
  for (const re of [TIME_RE, WEEKDAY_RE]) {
    re.lastIndex = 0;
    for (let m = re.exec(t); m; m = re.exec(t)) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}

/** Words a dateline may hold besides its date and time. */
const DATELINE_WORDS =
  /\b(?:thu\s+(?:[2-7]|hai|ba|tu|nam|sau|bay)|chu\s+nhat|ngay|thang|nam|luc|gio|cap\s+nhat|dang|ngay\s+dang|gmt|am|pm|sa|ch)\b/g;

/**
 * The date of a dateline: a short line that is a date, perhaps with a weekday and a time
 * ("Chủ nhật, 23 Tháng 2, 2020 - 13:58"); undefined for a line that says more than that.
 */
export function datelineDate(line: string): string | undefined {
  const text = line.normalize('NFC').trim();
  if (text.length > 80) return undefined;
  const dates = findDates(text).filter((d) => d.iso);
  if (dates.length !== 1) return undefined;
  const d = dates[0]!;
  let rest = foldKeep(text.slice(0, d.start) + ' ' + text.slice(d.end));
  for (const s of findTimes(rest).sort((a, b) => b.start - a.start)) rest = rest.slice(0, s.start) + ' ' + rest.slice(s.end);
  rest = rest
    .replace(DATELINE_WORDS, ' ')
    .replace(/[\d\s,.:;'|()+–—-]+/g, ' ')
    .trim();
  return rest === '' ? d.iso : undefined;
}

/** A word naming a moment of a day, right before the event date ("Sáng ngày 23-9-2021"). */
const EVENT_CUE = /(?:sang|chieu|toi|trua|dem|hom|ngay|vao)\s*(?:ngay\s*)?(?:mai\s*)?[,:]?\s*$/;

/**
 * The date of the event a report tells about: the first date in `text` that follows a word
 * naming a day and is not the issue date of a document (`isDocDate` tells). A date without a
 * year takes the year of `published`, or the year before when that would put it after.
 */
export function eventDate(
  text: string,
  published: string | undefined,
  isDocDate: (d: DateMention) => boolean = () => false,
): string | undefined {
  const t = foldKeep(text.normalize('NFC'));
  for (const d of findDates(text)) {
    if (d.day === undefined || d.month === undefined || isDocDate(d)) continue;
    if (!EVENT_CUE.test(t.slice(Math.max(0, d.start - 24), d.start))) continue;
    if (d.iso) return d.iso;
    if (!published) continue;
    const year = Number(published.slice(0, 4));
    const iso = isoOf(d.day, d.month, year);
    if (iso) return iso <= published ? iso : isoOf(d.day, d.month, year - 1);
  }
  return undefined;
}
