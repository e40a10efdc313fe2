/**
 * RSS items for documents and reports, as pure functions: the feed endpoints read the site,
 * these turn entries into items. Links are absolute and carry the base path; a date is the
 * calendar day at 00:00 in Vietnam, written with Vietnam's offset (`Fri, 24 Sep 2021 00:00:00
 * +0700`), never as the instant in GMT (`Thu, 23 Sep 2021 17:00:00 GMT` shows a reader the day
 * before), and computed from the string alone, so the same content gives byte-identical feeds in
 * any time zone.
 * RSS dates are full days: an item dated only to the month or the year, or not at all, has no
 * `pubDate` (RSS allows that) rather than a day the source never gave; its description says
 * what is known ("ban hành tháng 9/2021").
 */
import { ROUTES, withBase } from '../../core/paths.ts';
import { compareNewestFirst, datePhrase, isDayText, parsePartialDate, precisionOf, type MaybeDate } from '../../core/partial-date.ts';
import { DOCUMENT_KINDS, type DocumentKind } from '../../schemas/document.ts';
import { reportDate } from '../../schemas/conference.ts';

export interface FeedItem {
  title: string;
  link: string;
  /**
   * `<pubDate>` with Vietnam's offset, only for a date known to the day. Written as the item's
   * custom data: @astrojs/rss writes a `pubDate` Date in GMT.
   */
  customData?: string;
  /** The item's date as far as it is known, for ordering only. */
  date: MaybeDate;
  description: string;
  categories?: string[];
}

export interface FeedContext {
  /** Public address of the site, without the base path (`https://example.org`). */
  site: string | URL;
  /** Base path (`/` or `/portal/`). */
  base: string;
}

interface DocumentLike {
  id: string;
  data: { number: string; kind: DocumentKind; issuer: string; issued?: string; title: string };
}

interface ReportLike {
  id: string;
  data: { title: string; held?: string; published?: string; organizer?: string; summary?: string };
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * "2021-09-24" → "Fri, 24 Sep 2021 00:00:00 +0700": midnight in Vietnam as RFC 822 writes it,
 * the day as the source gives it. The weekday is the calendar's (UTC arithmetic on the date
 * alone); no clock and no time zone of the machine take part.
 */
export function feedDate(iso: string): string {
  if (!isDayText(iso)) throw new RangeError(`feedDate: expected YYYY-MM-DD, got ${JSON.stringify(iso)}`);
  const { year, month, day } = parsePartialDate(iso);
  const weekday = new Date(Date.UTC(year, month! - 1, day)).getUTCDay();
  return `${WEEKDAYS[weekday]}, ${String(day).padStart(2, '0')} ${MONTHS[month! - 1]} ${String(year).padStart(4, '0')} 00:00:00 +0700`;
}

/** `feedDate` for a date known to the day; undefined for a month, a year or no date. */
export function feedDayOf(d: MaybeDate): string | undefined {
  return d !== undefined && precisionOf(d) === 'day' ? feedDate(d) : undefined;
}

/** Absolute URL of a route under the base path. */
export function absoluteUrl(ctx: FeedContext, route: string): string {
  return new URL(withBase(ctx.base, route), ctx.site).href;
}

/** A document as an item: dated by its day of issue, described by its summary line (trích yếu). */
export function documentItem(doc: DocumentLike, ctx: FeedContext): FeedItem {
  const kind = DOCUMENT_KINDS[doc.data.kind].label;
  return {
    title: `${kind} số ${doc.data.number} của ${doc.data.issuer}`,
    link: absoluteUrl(ctx, ROUTES.document(doc.id)),
    ...pubDate(doc.data.issued),
    date: doc.data.issued,
    description: `${doc.data.title} (${doc.data.issued ? `ban hành ${datePhrase(doc.data.issued)}` : 'chưa rõ ngày ban hành'}).`,
    categories: ['Văn bản', kind],
  };
}

/** A report as an item: dated by its publication, described by its summary when it has one. */
export function reportItem(report: ReportLike, ctx: FeedContext): FeedItem {
  return {
    title: report.data.title,
    link: absoluteUrl(ctx, ROUTES.conference(report.id)),
    ...pubDate(report.data.published),
    date: report.data.published,
    description: report.data.summary ?? reportLine(report.data),
    categories: ['Hội nghị, báo cáo'],
  };
}

function pubDate(d: MaybeDate): { customData?: string } {
  const day = feedDayOf(d);
  return day ? { customData: `<pubDate>${day}</pubDate>` } : {};
}

/** "Tỉnh ủy, ngày 23/9/2021.": who and when, as far as the report gives them. */
function reportLine(data: ReportLike['data']): string {
  const when = reportDate(data);
  const parts = [data.organizer, when === undefined ? undefined : datePhrase(when)].filter((x) => x !== undefined);
  return parts.length ? `${parts.join(', ')}.` : '';
}

/**
 * Newest first (a month after the days it may be, undated items last); on the same date, by
 * link, so the order never depends on the input's.
 */
export function sortItems(items: FeedItem[]): Omit<FeedItem, 'date'>[] {
  // `date` only orders: the feed writer gets the RSS fields alone.
  return [...items].sort((a, b) => compareNewestFirst(a.date, b.date) || a.link.localeCompare(b.link)).map(({ date: _, ...item }) => item);
}

/** Namespaces for the channel's self link. */
export const FEED_XMLNS = { atom: 'http://www.w3.org/2005/Atom' };

/** Channel elements @astrojs/rss does not write itself: the language and the feed's own address. */
export function feedCustomData(ctx: FeedContext, feedRoute: string): string {
  const self = absoluteUrl(ctx, feedRoute).replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return `<language>vi</language><atom:link href="${self}" rel="self" type="application/rss+xml"/>`;
}
