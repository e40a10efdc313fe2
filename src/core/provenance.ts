/**
 * Where a value on a page comes from. A figure the source prints is shown as printed; a value
 * worked out (by the build: a sum of parts, a rate; or by an editor: a target obtained by
 * subtraction, a column `derived` in data/observations.csv) is always marked as worked out and
 * says from what, and never stands in place of the source's figure.
 */
import { dateLabel } from './partial-date.ts';

/** The words a page writes after a worked-out value: "5.123 (tính ra: cộng các phần)". */
const WORKED_OUT = 'tính ra';

/** "15% (tính ra)", "5.123 (tính ra: cộng các phần)": a worked-out value, marked. */
export function workedOut(text: string, from?: string): string {
  return `${text} (${WORKED_OUT}${from ? `: ${from}` : ''})`;
}

/** What a page says after a date an editor wrote where the source gives none. */
export const PLACEHOLDER_DATE = 'tạm ghi: nguồn không nêu thời điểm';

/** "năm 2020 (tạm ghi: nguồn không nêu thời điểm)": a date an editor wrote where the source gives none. */
export function placeholderDate(text: string): string {
  return `${text} (${PLACEHOLDER_DATE})`;
}

/**
 * A figures' date as a page writes it ("năm 2020", "tháng 3/2020"), said to be a placeholder when
 * one of the figures of that date names `date` in its `derived` column.
 */
export function figureDateLabel(date: string, figures: readonly { date: string; derived?: readonly string[] }[]): string {
  const label = dateLabel(date);
  return figures.some((f) => f.date === date && f.derived?.includes('date')) ? placeholderDate(label) : label;
}

/**
 * `text` marked as worked out when `field` is one the row's `derived` names (a date as a
 * placeholder), else as it is.
 */
export function markDerived(text: string, field: 'value' | 'total' | 'target' | 'date', derived: readonly string[] | undefined): string {
  if (!derived?.includes(field)) return text;
  return field === 'date' ? placeholderDate(text) : workedOut(text, 'biên tập viên tính');
}
