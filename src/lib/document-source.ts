/**
 * Where a document page's facts come from, as the page shows it and as its structured data says
 * it. A date read off the official text and a date taken from a news report that cites the
 * document are not the same kind of fact: readers see which one they have.
 */
import { DOCUMENT_SOURCE_TYPES, type DocumentData } from '../schemas/document.ts';
import { ROUTES, withBase } from '../core/paths.ts';

type Source = NonNullable<DocumentData['source']>;

export interface SourceReport {
  id: string;
  title: string;
  publisher: string;
  url?: string;
}

export interface SourceView {
  /** "Bài viết viện dẫn văn bản", "Văn bản gốc", "Công báo". */
  label: string;
  /** What to name after the label: the report's title, or the publisher of the text. */
  name?: string;
  /** Route of the citing report on this site (type report), or the text's own address. */
  route?: string;
  url?: string;
  note?: string;
  /** schema.org `isBasedOn` of the document's Legislation object. */
  jsonLd: Record<string, unknown>;
}

/** The view of a document's `source`; `report(id)` finds the citing report (validated to exist). */
export function sourceView(source: Source, report: (id: string) => SourceReport | undefined, site: string | URL, base: string): SourceView {
  const label = DOCUMENT_SOURCE_TYPES[source.type];
  const note = source.note;
  if (source.type === 'report' && source.report) {
    const r = report(source.report);
    const route = ROUTES.conference(source.report);
    const href = new URL(withBase(base, route), site).href;
    return {
      label,
      name: r?.title ?? source.report,
      route,
      note,
      jsonLd: {
        '@type': 'NewsArticle',
        name: r?.title ?? source.report,
        url: href,
        ...(r ? { publisher: { '@type': 'Organization', name: r.publisher } } : {}),
        ...(r?.url ? { sameAs: r.url } : {}),
        ...(note ? { description: note } : {}),
      },
    };
  }
  return {
    label,
    name: source.publisher,
    url: source.url,
    note,
    jsonLd: {
      '@type': source.type === 'gazette' ? 'PublicationIssue' : 'Legislation',
      name: label,
      ...(source.publisher ? { publisher: { '@type': 'Organization', name: source.publisher } } : {}),
      ...(source.url ? { url: source.url } : {}),
      ...(source.retrieved ? { dateModified: source.retrieved } : {}),
      ...(note ? { description: note } : {}),
    },
  };
}
