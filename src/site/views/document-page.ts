/**
 * The view model of a document's page (`van-ban/<id>/`): its title and description, its source
 * and legal force as an editor recorded them (nothing when no one said), its relations as stated
 * fields give them, the reports citing it, and its JSON-LD. The page lays it out.
 */
import { datePhrase, yearOf } from '../../core/partial-date.ts';
import { ROUTES, withBase } from '../../core/paths.ts';
import { DOCUMENT_KINDS } from '../../schemas/document.ts';
import { reportDate } from '../../schemas/conference.ts';
import { sourceView, statusView, type SourceView, type StatusView } from './document-source.ts';
import { documentJsonLd } from './json-ld.ts';
import { type DocumentEntry, type Site } from '../model/site-model.ts';
import { pageUrl, type PageContext } from './context.ts';

export interface DocumentPageProps {
  doc: DocumentEntry;
}

export interface DocumentPageView {
  /** "Nghị quyết số 02-NQ/TU". */
  title: string;
  kind: string;
  description: string;
  url: string;
  jsonLd: Record<string, unknown>;
  unit: { label: string; href: string } | undefined;
  source: SourceView | undefined;
  status: StatusView | undefined;
  relations: { implements: DocumentEntry[]; implementedBy: DocumentEntry[]; supersedes: DocumentEntry[]; supersededBy: DocumentEntry[] };
  /** Documents whose summary names this one: a link from their page, never a citation. */
  namedIn: DocumentEntry[];
  /** The reports citing the document, each with its address and the date it is filed under. */
  citedBy: { id: string; title: string; href: string; date: string | undefined }[];
  /** The crumbs below home: the list of documents, then this one's number. */
  crumbs: { label: string; route?: string }[];
  /** The address of the source when it is a page of this site (a report), with the base path. */
  sourceHref: string | undefined;
  citation: string;
  /** What the related-pages list leaves out: what the page already lists. */
  relatedExclude: string[];
}

export function documentPageView(s: Site, { doc }: DocumentPageProps, ctx: PageContext): DocumentPageView {
  const d = doc.data;
  const kind = DOCUMENT_KINDS[d.kind].label;
  const unit = s.unit(d.unit);
  const docs = (ids: string[] | undefined) => (ids ?? []).map((id) => s.document(id)).filter((x): x is DocumentEntry => x !== undefined);
  const relations = {
    implements: docs(d.implements),
    implementedBy: s.implementedBy(doc.id),
    supersedes: docs(d.supersedes),
    supersededBy: s.supersededBy(doc.id),
  };
  const namedIn = s.namedInSummaryOf(doc.id);
  const citedBy = s.citedBy(doc.id);
  const title = `${kind} số ${d.number}`;
  // "ngày 7/8/2018", "tháng 9/2021", "năm 2021", or nothing: only the part of the date a source gives.
  const issuedPhrase = d.issued ? ` ${datePhrase(d.issued)}` : '';
  const url = pageUrl(ctx);
  const report = (id: string) => {
    const r = s.conference(id);
    return r && { id, title: r.data.title, publisher: r.data.source.publisher, url: r.data.source.url };
  };
  const source = d.source ? sourceView(d.source, report, ctx.site ?? url, ctx.base) : undefined;
  return {
    title,
    kind,
    description: `${kind} số ${d.number}${issuedPhrase} của ${d.issuer}: ${d.title}`,
    url,
    jsonLd: documentJsonLd(d, { name: title, kind, url, source }),
    unit: unit && { label: s.label(unit.id), href: withBase(ctx.base, ROUTES.unit(unit.id)) },
    source,
    // Legal force only as an editor wrote it, with its source; nothing when no one said.
    status: statusView(d.status, source),
    relations,
    namedIn,
    citedBy: citedBy.map((c) => ({
      id: c.id,
      title: c.data.title,
      href: withBase(ctx.base, ROUTES.conference(c.id)),
      date: reportDate(c.data),
    })),
    crumbs: [{ label: 'Văn bản', route: ROUTES.documents }, { label: d.number }],
    sourceHref: source?.route === undefined ? undefined : withBase(ctx.base, source.route),
    citation: `${d.issuer} (${yearOf(d.issued) ?? 'chưa rõ năm'}), ${kind} số ${d.number}${issuedPhrase}: ${d.title}. Tóm tắt trên ${ctx.portal.name}, ${url}`,
    relatedExclude: [...relations.implements, ...relations.implementedBy, ...relations.supersedes, ...relations.supersededBy, ...namedIn]
      .map((x) => `document:${x.id}`)
      .concat(citedBy.map((x) => `conference:${x.id}`)),
  };
}
