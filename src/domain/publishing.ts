import { dayInVietnam, earliestDay, isDayText, type MaybeDate } from '../core/partial-date.ts';

/** What the public site shows: drafts and reports scheduled for a later day stay out. */
/** Overrides the build's day (`YYYY-MM-DD`): to build the site as it will be published on a given day. */
const TODAY_ENV = 'PORTAL_TODAY';

/**
 * The build's calendar day in Vietnam, whatever the machine's zone, as `YYYY-MM-DD`; `PORTAL_TODAY`
 * sets it (a preview of the day a scheduled report goes out, or a test).
 */
export function today(env: Record<string, string | undefined> = process.env): string {
  const given = env[TODAY_ENV];
  if (given === undefined || given === '') return dayInVietnam(new Date());
  const [y, m, d] = given.split('-').map(Number);
  const probe = new Date(Date.UTC(y!, m! - 1, d));
  if (!isDayText(given) || probe.toISOString().slice(0, 10) !== given) {
    throw new Error(`${TODAY_ENV}="${given}": không phải ngày dạng YYYY-MM-DD (not a YYYY-MM-DD date), ví dụ (e.g.) 2026-09-23`);
  }
  return given;
}

/**
 * A report is public unless it is a draft or certainly published after today. A month or a
 * year counts from its first day; an unknown publication date holds nothing back (such a
 * report is old news, never an embargo).
 */
export function isPublic(data: { draft?: boolean; published: MaybeDate }, now = today()): boolean {
  return !data.draft && (data.published === undefined || earliestDay(data.published) <= now);
}
