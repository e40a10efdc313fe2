/**
 * RSS items for documents and reports, as pure functions: the feed endpoints read the site,
 * these turn entries into items. Links are absolute and carry the base path; dates are the
 * calendar day at 00:00 in Vietnam, so the same content gives byte-identical feeds anywhere.
 * RSS dates are full days: an item dated only to the month or the year, or not at all, has no
 * `pubDate` (RSS allows that) rather than a day the source never gave; its description says
 * what is known ("ban hành tháng 9/2021").
 */
import { ROUTES, withBase } from '../core/paths.ts';
import { compareNewestFirst, datePhrase, precisionOf, type MaybeDate } from '../core/partial-date.ts';
import { DOCUMENT_KINDS, type DocumentKind } from '../schemas/document.ts';
import { reportDate } from '../schemas/conference.ts';

export interface FeedItem {
  title: string;
  link: string;
  /** Only for a date known to the day. */
  pubDate?: Date;
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

/** "2021-09-24" → the instant 2021-09-24T00:00:00+07:00 (midnight in Vietnam). */
export function feedDate(iso: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) throw new RangeError(`feedDate: expected YYYY-MM-DD, got ${JSON.stringify(iso)}`);
  return new Date(`${iso}T00:00:00+07:00`);
}

/** `feedDate` for a date known to the day; undefined for a month, a year or no date. */
export function feedDayOf(d: MaybeDate): Date | undefined {
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

function pubDate(d: MaybeDate): { pubDate?: Date } {
  const day = feedDayOf(d);
  return day ? { pubDate: day } : {};
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
