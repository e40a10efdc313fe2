import { earliestDay, type MaybeDate } from '../core/partial-date.ts';

/** What the public site shows: drafts and reports scheduled for a later day stay out. */
const dayInVietnam = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' });

/** The build's calendar day in Vietnam, whatever the machine's zone, as `YYYY-MM-DD`. */
export function today(): string {
  return dayInVietnam.format(new Date());
}

/**
 * A report is public unless it is a draft or certainly published after today. A month or a
 * year counts from its first day; an unknown publication date holds nothing back (such a
 * report is old news, never an embargo).
 */
export function isPublic(data: { draft?: boolean; published: MaybeDate }, now = today()): boolean {
  return !data.draft && (data.published === undefined || earliestDay(data.published) <= now);
}
