/** What the public site shows: drafts and reports scheduled for a later day stay out. */
const dayInVietnam = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' });

/** The build's calendar day in Vietnam, whatever the machine's zone, as `YYYY-MM-DD`. */
export function today(): string {
  return dayInVietnam.format(new Date());
}

export function isPublic(data: { draft?: boolean; published: string }, now = today()): boolean {
  return !data.draft && data.published <= now;
}
