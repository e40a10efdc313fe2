/**
 * The structured data (schema.org JSON-LD) of document and report pages, as plain functions. A
 * date goes in as the ISO string the source gives, at its precision ("2021-09-24", "2021-09",
 * "2021"): never through a Date, whose time zone would move a day, and never filled in. Legal
 * force only as an editor wrote it (`statusView`).
 */
import type { DocumentStatus } from '../../schemas/document.ts';
import { statusView, type SourceView } from './document-source.ts';

export interface DocumentLd {
  number: string;
  issuer: string;
  issued?: string;
  title: string;
  status?: DocumentStatus;
}

/** A document page's `Legislation`. `name` is the page's heading ("Kết luận số 34-KL/TW"). */
export function documentJsonLd(
  d: DocumentLd,
  page: { name: string; kind: string; url: string; source?: SourceView },
): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    name: `${page.name}: ${d.title}`,
    legislationIdentifier: d.number,
    ...(d.issued ? { legislationDate: d.issued } : {}),
    legislationType: page.kind,
    legislationPassedBy: { '@type': 'Organization', name: d.issuer },
    inLanguage: 'vi',
    url: page.url,
    ...(page.source ? { isBasedOn: page.source.jsonLd } : {}),
    ...statusView(d.status, page.source)?.jsonLd,
  };
}

export interface ReportLd {
  title: string;
  held?: string;
  published?: string;
  organizer?: string;
  source: { publisher: string; author?: string };
}

/**
 * A report page's `NewsArticle`: about its `Event` (held, organised by), or, for a feature
 * article, about the place alone (no event that never took place).
 */
export function conferenceJsonLd(
  c: ReportLd,
  page: { url: string; event: boolean; place: Record<string, unknown> },
): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: c.title,
    ...(c.published ? { datePublished: c.published } : {}),
    inLanguage: 'vi',
    url: page.url,
    ...(c.source.author ? { author: { '@type': 'Person', name: c.source.author } } : {}),
    publisher: { '@type': 'Organization', name: c.source.publisher },
    about: page.event
      ? {
          '@type': 'Event',
          name: c.title,
          ...(c.held ? { startDate: c.held } : {}),
          ...(c.organizer ? { organizer: { '@type': 'Organization', name: c.organizer } } : {}),
          location: page.place,
        }
      : page.place,
  };
}
