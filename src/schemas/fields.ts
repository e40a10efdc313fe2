/**
 * Field types shared by every collection and table. Strict on purpose: nothing is coerced.
 * `"1.017"` in a number column is an error, never 1.017; an empty cell is "no data", never 0;
 * a date is a real calendar date written `YYYY-MM-DD`.
 */
import { z } from 'astro/zod';
import type { IssueCode } from '../core/issues.ts';
import { isDayText, isPartialDate, isPeriod, isPeriodText } from '../core/partial-date.ts';
import { isSlug } from '../core/slug.ts';
import { isViGroupedNumber, isViWrittenNumber } from '../core/vi-number.ts';

/** What a custom check attaches to its zod issue, so the engine can name the code. */
export interface CheckParams {
  code: IssueCode;
  expected: string;
}

type Ctx = { addIssue: (issue: { code: 'custom'; message: string; params: CheckParams }) => void };

function fail(ctx: Ctx, code: IssueCode, expected: string, message = expected): void {
  ctx.addIssue({ code: 'custom', message, params: { code, expected } });
}

/** A day as Vietnamese write it, `23/9/2021` (also `23.9.2021`, `23-9-2021`): a finding names its ISO form. */
const VI_DAY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/** True when `text` is `YYYY-MM-DD` naming a day that exists (no 2021-02-30). */
export function isRealIsoDate(text: string): boolean {
  if (!isDayText(text)) return false;
  const [y, mo, d] = text.split('-').map(Number) as [number, number, number];
  if (mo < 1 || mo > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return d <= days;
}

/** Lowercase ASCII kebab-case id: `ben-tre`, `34-kl-tw-2018`. */
export const slug = z.string().superRefine((v, ctx) => {
  if (v.trim() === '') return fail(ctx, 'required', 'một mã (id), ví dụ ben-tre / an id such as ben-tre');
  if (!isSlug(v)) fail(ctx, 'constraint-error', 'chữ thường không dấu, số, gạch ngang (ben-tre) / lowercase ASCII kebab-case (ben-tre)');
});

/** A date written `YYYY-MM-DD` (shown to readers as `23/9/2021`). */
export const isoDate = z
  .unknown()
  .superRefine((v, ctx) => {
    if (v === undefined || v === null) return fail(ctx, 'required', 'ngày dạng YYYY-MM-DD / a date as YYYY-MM-DD');
    if (v instanceof Date) return fail(ctx, 'type-error', 'YYYY-MM-DD');
    if (typeof v !== 'string') return fail(ctx, 'type-error', 'ngày dạng YYYY-MM-DD / a date as YYYY-MM-DD');
    if (v.trim() === '') return fail(ctx, 'required', 'ngày dạng YYYY-MM-DD / a date as YYYY-MM-DD');
    if (VI_DAY.test(v)) return fail(ctx, 'type-error', 'YYYY-MM-DD (23/9/2021 → 2021-09-23)');
    if (!isRealIsoDate(v)) fail(ctx, 'type-error', 'một ngày có thật dạng YYYY-MM-DD / a real date as YYYY-MM-DD');
  })
  .transform((v) => v as string);

/*
 * Partial dates: what a source does not give is left out, never made up. A source that says
 * "tháng 3-2020" gives a month (`2020-03`), one that says "năm 2018" a year (`2018`). Readers see
 * "tháng 3/2020", "năm 2018" (src/core/partial-date.ts); nothing pretends to know the day.
 */
const PARTIAL_EXPECTED =
  'YYYY-MM-DD, YYYY-MM (chỉ biết tháng) hoặc YYYY (chỉ biết năm) / YYYY-MM-DD, YYYY-MM (month known) or YYYY (year known)';

function checkPartialDate(v: unknown, ctx: Ctx): void {
  if (v instanceof Date) return fail(ctx, 'type-error', 'YYYY-MM-DD');
  if (typeof v === 'number' && Number.isInteger(v) && v >= 1000 && v <= 9999) return; // `issued: 2021`, read by YAML as a number
  if (typeof v !== 'string') return fail(ctx, 'type-error', PARTIAL_EXPECTED);
  if (v.trim() === '') return fail(ctx, 'required', PARTIAL_EXPECTED);
  // A Vietnamese day or month ("17/9/2021", "9/2021"): the fix names the ISO form of that very value.
  const pad = (n: string) => n.padStart(2, '0');
  const dmy = VI_DAY.exec(v);
  if (dmy) return fail(ctx, 'type-error', `YYYY-MM-DD (${v} → ${dmy[3]}-${pad(dmy[2]!)}-${pad(dmy[1]!)})`);
  const my = /^(\d{1,2})[/.-](\d{4})$/.exec(v);
  if (my) return fail(ctx, 'type-error', `YYYY-MM (${v} → ${my[2]}-${pad(my[1]!)})`);
  if (!isPartialDate(v)) fail(ctx, 'type-error', `một ngày có thật: ${PARTIAL_EXPECTED} / a real date`);
}

/**
 * A date at the precision the source gives: `2021-09-23`, `2021-09` (month only) or `2021`
 * (year only). Output: the ISO string (`2021` written as a YAML number becomes `"2021"`).
 */
export const partialDate = z
  .unknown()
  .superRefine((v, ctx) => checkPartialDate(v, ctx))
  .transform((v) => String(v));

/**
 * The date of a figure: a partial date as above, or a period `START/END` of two partial dates
 * when the source gives one ("từ năm 2015 đến đầu năm 2020" → `2015/2020`), shown "2015–2020".
 */
export const partialDateOrPeriod = z
  .unknown()
  .superRefine((v, ctx) => {
    if (typeof v === 'string' && isPeriodText(v) && /^\d{4}/.test(v)) {
      if (!isPeriod(v))
        fail(
          ctx,
          'type-error',
          `một giai đoạn BẮT ĐẦU/KẾT THÚC, mỗi đầu ${PARTIAL_EXPECTED}, đầu trước không sau đầu sau (2015/2020) / a period START/END of two dates, the start not after the end (2015/2020)`,
        );
      return;
    }
    checkPartialDate(v, ctx);
  })
  .transform((v) => String(v));

/** `partialDateOrPeriod` over a CSV cell, for the fast typer. */
export function isPartialDateOrPeriodCell(v: string): boolean {
  return isPeriodText(v) ? isPeriod(v) : isPartialDateCell(v);
}

/** The word an editor writes when the sources give no date at all. */
export const UNKNOWN_DATE_WORD = 'unknown';

/**
 * A date the sources may not give: a partial date as above, or `unknown` when they give none
 * (output `undefined`, shown as "chưa rõ ngày"). Required all the same: leaving the field out is
 * an error, so "not known" is always something an editor said, never something forgotten.
 */
export const partialDateOrUnknown = z
  .unknown()
  .superRefine((v, ctx) => {
    if (v === UNKNOWN_DATE_WORD) return;
    if (v === undefined || v === null)
      return fail(ctx, 'required', `${PARTIAL_EXPECTED}; \`unknown\` khi nguồn không cho biết / \`unknown\` when the sources do not say`);
    checkPartialDate(v, ctx);
  })
  .transform((v): string | undefined => (v === UNKNOWN_DATE_WORD ? undefined : String(v)));

/**
 * Non-empty text, trimmed: spaces before or after a value are never part of it
 * (`issuer: "Bộ Chính trị "` is the issuer `Bộ Chính trị`, not a second one).
 */
export const text = z
  .string()
  .superRefine((v, ctx) => {
    if (v.trim() === '') fail(ctx, 'required', 'một đoạn chữ không rỗng / non-empty text');
  })
  .transform((v) => v.trim());

/**
 * The machine number of a CSV cell: `1017`, `17.07`, `-5`. A grammar of its own, not the
 * Vietnamese one (core/vi-number.ts): `.` is the decimal point and nothing groups thousands, so
 * that a table reads the same in every program. The Vietnamese grammar only tells which cells a
 * Vietnamese hand wrote (`1.017`, `17,07`), to say so.
 */
export const MACHINE_NUMBER = /^-?\d+(?:\.\d+)?$/;

/**
 * Reads a machine number from a CSV cell: `1017`, `17.07`. Vietnamese forms (`1.017`, `17,07`)
 * are `number-locale` errors; anything else is a `type-error`.
 */
export function parseMachineNumber(raw: string): { ok: true; value: number } | { ok: false; code: IssueCode } {
  const v = raw.trim();
  // `1.017` reads as a machine number too, but a Vietnamese hand wrote it: thousands, not 1.017.
  if (MACHINE_NUMBER.test(v) && !isViGroupedNumber(v)) {
    const value = Number(v);
    // 310 digits read as Infinity, 0.(400 zeros)1 as 0: neither is the figure written.
    return isFaithful(v, value) ? { ok: true, value } : { ok: false, code: 'constraint-error' };
  }
  if (isViWrittenNumber(v) || /^-?[\d.,]+%?$/.test(v)) return { ok: false, code: 'number-locale' };
  return { ok: false, code: 'type-error' };
}

/** A finite number that is zero only when every digit written is zero. */
function isFaithful(written: string, value: number): boolean {
  return Number.isFinite(value) && (value !== 0 || !/[1-9]/.test(written));
}

/** A number cell; empty means "no data" (undefined), never 0. */
export const numberCell = z
  .string()
  .superRefine((v, ctx) => {
    if (v.trim() === '') return;
    const r = parseMachineNumber(v);
    if (!r.ok)
      fail(
        ctx,
        r.code,
        r.code === 'number-locale'
          ? 'số máy: 1017, 17.07 (không phải 1.017 hay 17,07) / a machine number: 1017, 17.07'
          : r.code === 'constraint-error'
            ? 'một số đọc được chính xác (quá lớn hoặc quá nhỏ) / a number that can be read exactly (too large or too small)'
            : 'một số / a number',
      );
  })
  .transform((v) => (v.trim() === '' ? undefined : Number(v.trim())));

/** An optional cell: empty becomes undefined, anything else is checked by `inner`. */
export function optionalCell<T extends z.ZodType>(inner: T) {
  // A preprocess rather than string().pipe(): the pipe's input type cannot be checked against a
  // generic inner type. CSV cells are always strings, so what is accepted stays the same.
  return z.preprocess((v) => (typeof v === 'string' ? (v.trim() === '' ? undefined : v.trim()) : v), inner.optional());
}

/** A list of ids in front matter. */
export const slugList = z.array(slug);

/*
 * Fast typing of CSV cells, for tables of a million rows where zod per row costs seconds. Each
 * reader accepts only cells the zod type above accepts, with the same output, and answers
 * `FAIL` when unsure: the row then goes through zod, which stays the one source of the findings.
 * A table's columns pair each zod type with its reader (table.ts);
 * tests/validate-fast-path.test.ts runs both over every kind of bad cell.
 */
export const FAIL: unique symbol = Symbol('fail');

/** `slug`: exactly the id rule (core/slug.ts), which also rules out empty and padded cells. */
export { isSlug };

/** `isoDate` accepts exactly the real dates written `YYYY-MM-DD`, without padding. */
export function isIsoDateCell(v: string): boolean {
  if (v.length !== 10 || v.charCodeAt(4) !== 45 || v.charCodeAt(7) !== 45) return false;
  let y = 0;
  for (let i = 0; i < 4; i++) {
    const d = v.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    y = y * 10 + d;
  }
  const m1 = v.charCodeAt(5) - 48,
    m2 = v.charCodeAt(6) - 48,
    d1 = v.charCodeAt(8) - 48,
    d2 = v.charCodeAt(9) - 48;
  if (m1 < 0 || m1 > 9 || m2 < 0 || m2 > 9 || d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return false;
  const mo = m1 * 10 + m2,
    d = d1 * 10 + d2;
  if (mo < 1 || mo > 12 || d < 1) return false;
  // Date.UTC, which isRealIsoDate uses, reads years 0–99 as 1900–1999: same leap years here.
  const yy = y < 100 ? 1900 + y : y;
  const leap = (yy % 4 === 0 && yy % 100 !== 0) || yy % 400 === 0;
  const days = mo === 2 ? (leap ? 29 : 28) : mo === 4 || mo === 6 || mo === 9 || mo === 11 ? 30 : 31;
  return d <= days;
}

/** `partialDate` over a CSV cell: `isIsoDateCell`, or `YYYY-MM` with a real month, or `YYYY`. */
export function isPartialDateCell(v: string): boolean {
  if (v.length === 10) return isIsoDateCell(v);
  if (v.length !== 4 && v.length !== 7) return false;
  for (let i = 0; i < 4; i++) if (!isDigit(v.charCodeAt(i))) return false;
  if (v.length === 4) return true;
  if (v.charCodeAt(4) !== 45) return false;
  const m1 = v.charCodeAt(5) - 48,
    m2 = v.charCodeAt(6) - 48;
  if (m1 < 0 || m1 > 9 || m2 < 0 || m2 > 9) return false;
  const mo = m1 * 10 + m2;
  return mo >= 1 && mo <= 12;
}

/** `numberCell`: undefined for an empty cell, the number for a plain machine number, else FAIL. */
export function numberCellFast(v: string): number | undefined | typeof FAIL {
  const n = v.length;
  if (n === 0) return undefined;
  let i = v.charCodeAt(0) === 45 ? 1 : 0;
  const intStart = i;
  while (i < n && isDigit(v.charCodeAt(i))) i++;
  const intDigits = i - intStart;
  if (intDigits === 0) return FAIL;
  if (i < n) {
    if (v.charCodeAt(i) !== 46) return FAIL;
    const fracStart = ++i;
    while (i < n && isDigit(v.charCodeAt(i))) i++;
    if (i < n || i === fracStart) return FAIL;
    // `1.017`: a Vietnamese thousands group (isViGroupedNumber), a number-locale error for zod to report.
    if (intDigits <= 3 && i - fracStart === 3) return FAIL;
  }
  const value = Number(v);
  return isFaithful(v, value) ? value : FAIL;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** `optionalCell(text)`: the trimmed text, or undefined when blank. Never fails. */
export function optionalTextFast(v: string): string | undefined {
  const t = v.trim();
  return t === '' ? undefined : t;
}

/** `optionalCell(slug)`. */
export function optionalSlugFast(v: string): string | undefined | typeof FAIL {
  const t = v.trim();
  if (t === '') return undefined;
  return isSlug(t) ? t : FAIL;
}
