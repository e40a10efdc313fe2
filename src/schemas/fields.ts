/**
 * Field types shared by every collection and table. Strict on purpose: nothing is coerced.
 * `"1.017"` in a number column is an error, never 1.017; an empty cell is "no data", never 0;
 * a date is a real calendar date written `YYYY-MM-DD`.
 */
import { z } from 'astro/zod';
import type { IssueCode } from '../validate/issues.ts';

/** What a custom check attaches to its zod issue, so the engine can name the code. */
export interface CheckParams {
  code: IssueCode;
  expected: string;
}

type Ctx = { addIssue: (issue: { code: 'custom'; message: string; params: CheckParams }) => void };

function fail(ctx: Ctx, code: IssueCode, expected: string, message = expected): void {
  ctx.addIssue({ code: 'custom', message, params: { code, expected } });
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `text` is `YYYY-MM-DD` naming a day that exists (no 2021-02-30). */
export function isRealIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return d <= days;
}

/** Lowercase ASCII kebab-case id: `ben-tre`, `34-kl-tw-2018`. */
export const slug = z.string().superRefine((v, ctx) => {
  if (v.trim() === '') return fail(ctx, 'required', 'một mã (id), ví dụ ben-tre / an id such as ben-tre');
  if (!SLUG.test(v))
    fail(ctx, 'constraint-error', 'chữ thường không dấu, số, gạch ngang (ben-tre) / lowercase ASCII kebab-case (ben-tre)');
});

/** A date written `YYYY-MM-DD` (shown to readers as `23/9/2021`). */
export const isoDate = z
  .unknown()
  .superRefine((v, ctx) => {
    if (v instanceof Date) return fail(ctx, 'type-error', 'YYYY-MM-DD');
    if (typeof v !== 'string') return fail(ctx, 'type-error', 'ngày dạng YYYY-MM-DD / a date as YYYY-MM-DD');
    if (v.trim() === '') return fail(ctx, 'required', 'ngày dạng YYYY-MM-DD / a date as YYYY-MM-DD');
    if (/^\d{1,2}[/.-]\d{1,2}[/.-]\d{4}$/.test(v))
      return fail(ctx, 'type-error', 'YYYY-MM-DD (23/9/2021 → 2021-09-23)');
    if (!isRealIsoDate(v)) fail(ctx, 'type-error', 'một ngày có thật dạng YYYY-MM-DD / a real date as YYYY-MM-DD');
  })
  .transform((v) => v as string);

/** Non-empty text, trimmed. */
export const text = z.string().superRefine((v, ctx) => {
  if (v.trim() === '') fail(ctx, 'required', 'một đoạn chữ không rỗng / non-empty text');
});

const MACHINE_NUMBER = /^-?\d+(?:\.\d+)?$/;
/** `1.017`, `5.120`, `1.234.567`: thousands grouped with dots, as Vietnamese print them. */
const VI_THOUSANDS = /^-?\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;
const VI_DECIMAL = /^-?\d+,\d+$/;

/**
 * Reads a machine number from a CSV cell: `1017`, `17.07`. Vietnamese forms (`1.017`, `17,07`)
 * are `number-locale` errors; anything else is a `type-error`.
 */
export function parseMachineNumber(raw: string): { ok: true; value: number } | { ok: false; code: IssueCode } {
  const v = raw.trim();
  if (MACHINE_NUMBER.test(v) && !VI_THOUSANDS.test(v)) return { ok: true, value: Number(v) };
  if (VI_THOUSANDS.test(v) || VI_DECIMAL.test(v) || /^-?[\d.,]+%?$/.test(v)) return { ok: false, code: 'number-locale' };
  return { ok: false, code: 'type-error' };
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
          : 'một số / a number',
      );
  })
  .transform((v) => (v.trim() === '' ? undefined : Number(v.trim())));

/** An optional cell: empty becomes undefined, anything else is checked by `inner`. */
export function optionalCell<T extends z.ZodType>(inner: T) {
  return z
    .string()
    .transform((v) => (v.trim() === '' ? undefined : v.trim()))
    .pipe(inner.optional());
}

/** A list of ids in front matter. */
export const slugList = z.array(slug);
