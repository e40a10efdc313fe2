/**
 * Where a document page's facts come from, as the page shows it and as its structured data says
 * it. A date read off the official text and a date taken from a news report that cites the
 * document are not the same kind of fact: readers see which one they have.
 */
import { DOCUMENT_SOURCE_TYPES, DOCUMENT_STATUSES, type DocumentData, type DocumentStatus } from '../../schemas/document.ts';
import { ROUTES, withBase } from '../../core/paths.ts';

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
      // `retrieved` is the day the editor read the text, not a day the text changed: schema.org
      // has no property for it, and `dateModified` would say the latter.
      ...(note ? { description: note } : {}),
    },
  };
}

/**
 * schema.org's `legislationLegalForce` for a status an editor wrote. A superseded document no
 * longer applies (`NotInForce`); `PartiallyInForce` is for a text some of whose provisions still
 * apply, which no status here says.
 */
export const LEGAL_FORCE: Readonly<Record<DocumentStatus, string>> = {
  'in-force': 'https://schema.org/InForce',
  superseded: 'https://schema.org/NotInForce',
  expired: 'https://schema.org/NotInForce',
};

export interface StatusView {
  /** "Đã được thay thế (theo công báo: Công báo tỉnh A)". */
  text: string;
  /** The Legislation object's share: its legal force. */
  jsonLd: { legislationLegalForce: string };
}

/**
 * What the page says about legal force: nothing unless an editor wrote a status, and then the
 * status with where it comes from. No status is ever assumed.
 */
export function statusView(status: DocumentStatus | undefined, source: SourceView | undefined): StatusView | undefined {
  if (status === undefined) return undefined;
  const from = source
    ? ` (theo ${source.label.charAt(0).toLocaleLowerCase('vi')}${source.label.slice(1)}${source.name ? `: ${source.name}` : ''})`
    : '';
  return { text: `${DOCUMENT_STATUSES[status]}${from}`, jsonLd: { legislationLegalForce: LEGAL_FORCE[status] } };
}
