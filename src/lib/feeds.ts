/**
 * RSS items for documents and reports, as pure functions: the feed endpoints read the site,
 * these turn entries into items. Links are absolute and carry the base path; dates are the
 * calendar day at 00:00 in Vietnam, so the same content gives byte-identical feeds anywhere.
 */
import { ROUTES, withBase } from '../core/paths.ts';
import { formatDate } from '../core/format.ts';
import { DOCUMENT_KINDS, type DocumentKind } from '../schemas/document.ts';

export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
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
  data: { number: string; kind: DocumentKind; issuer: string; issued: string; title: string };
}

interface ReportLike {
  id: string;
  data: { title: string; held: string; published: string; organizer: string; summary?: string };
}

/** "2021-09-24" → the instant 2021-09-24T00:00:00+07:00 (midnight in Vietnam). */
export function feedDate(iso: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) throw new RangeError(`feedDate: expected YYYY-MM-DD, got ${JSON.stringify(iso)}`);
  return new Date(`${iso}T00:00:00+07:00`);
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
    pubDate: feedDate(doc.data.issued),
    description: `${doc.data.title} (ban hành ngày ${formatDate(doc.data.issued)}).`,
    categories: ['Văn bản', kind],
  };
}

/** A report as an item: dated by its publication, described by its summary when it has one. */
export function reportItem(report: ReportLike, ctx: FeedContext): FeedItem {
  return {
    title: report.data.title,
    link: absoluteUrl(ctx, ROUTES.conference(report.id)),
    pubDate: feedDate(report.data.published),
    description: report.data.summary ?? `${report.data.organizer}, ngày ${formatDate(report.data.held)}.`,
    categories: ['Hội nghị, báo cáo'],
  };
}

/** Newest first; on the same day, by link, so the order never depends on the input's. */
export function sortItems(items: FeedItem[]): FeedItem[] {
  return [...items].sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime() || a.link.localeCompare(b.link));
}

/** Namespaces for the channel's self link. */
export const FEED_XMLNS = { atom: 'http://www.w3.org/2005/Atom' };

/** Channel elements @astrojs/rss does not write itself: the language and the feed's own address. */
export function feedCustomData(ctx: FeedContext, feedRoute: string): string {
  const self = absoluteUrl(ctx, feedRoute).replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return `<language>vi</language><atom:link href="${self}" rel="self" type="application/rss+xml"/>`;
}
