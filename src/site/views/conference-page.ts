/**
 * The view model of a report's page (`hoi-nghi/<id>/`): its title, description, dates as far as
 * the source gives them, figures, the documents it lists, citation and JSON-LD. The page lays it out.
 */
import { compareOldestFirst, dateLabel, datePhrase } from '../../core/partial-date.ts';
import { ROUTES, withBase } from '../../core/paths.ts';
import { CONFERENCE_KINDS, isEventKind, reportDate } from '../../schemas/conference.ts';
import { figureDateLabel } from '../../core/provenance.ts';
import { conferenceJsonLd } from './json-ld.ts';
import type { ConferenceEntry, DocumentEntry, Figure, Site } from '../model/site-model.ts';
import { absoluteUrl, pageUrl, type PageContext } from './context.ts';

export interface ConferencePageProps {
  conf: ConferenceEntry;
}

export interface ConferencePageView {
  kind: string;
  /** An event held on a date by an organizer; a feature article (`bai-viet`) is not. */
  event: boolean;
  /** The date the report is filed under: held, or published for a feature article. */
  date: string | undefined;
  description: string;
  url: string;
  jsonLd: Record<string, unknown>;
  /** The crumbs below home: the list of reports, then the report's date as far as known, else its title. */
  crumbs: { label: string; route?: string }[];
  unit: { label: string; href: string } | undefined;
  figures: Figure[];
  /** "Số liệu do báo cáo nêu, thời điểm …": every date its figures use, oldest first. */
  figuresCaption: string;
  documents: DocumentEntry[];
  citation: string;
  relatedExclude: string[];
}

export function conferencePageView(s: Site, { conf }: ConferencePageProps, ctx: PageContext): ConferencePageView {
  const c = conf.data;
  const unit = s.unit(c.unit);
  const documents = (c.documents ?? []).map((id) => s.document(id)).filter((x): x is DocumentEntry => x !== undefined);
  const figures = s.figuresOf(conf.id);
  const kind = CONFERENCE_KINDS[c.kind];
  const url = pageUrl(ctx);
  const event = isEventKind(c.kind);
  const date = reportDate(c);
  const unitHref = unit && withBase(ctx.base, ROUTES.unit(unit.id));
  const place = {
    '@type': 'Place',
    name: unit ? s.label(unit.id) : c.unit,
    ...(unit ? { url: absoluteUrl(ctx, ROUTES.unit(unit.id)) } : {}),
  };
  const publishedText = c.published ? `đăng ${datePhrase(c.published)}` : 'không ghi ngày đăng';
  return {
    kind,
    event,
    date,
    description: c.summary ?? (date ? `${kind} ${datePhrase(date)}: ${c.title}` : `${kind}: ${c.title}`),
    url,
    // Dates go into the structured data only as far as the source gives them (ISO 8601 allows
    // "2020-03" and "2020"); a feature article is about a place, not an event that never took place.
    jsonLd: conferenceJsonLd(c, { url, event, place }),
    crumbs: [{ label: 'Hội nghị', route: ROUTES.conferences }, { label: date ? dateLabel(date) : c.title }],
    unit: unit && unitHref ? { label: s.label(unit.id), href: unitHref } : undefined,
    figures,
    figuresCaption: `Số liệu do báo cáo nêu, thời điểm ${[...new Set(figures.map((f) => f.date))]
      .sort(compareOldestFirst)
      .map((d) => figureDateLabel(d, figures))
      .join('; ')}`,
    documents,
    citation: `${c.source.author ? `${c.source.author}, ` : ''}"${c.title}", ${c.source.publisher}, ${publishedText}. Tóm lược trên ${ctx.portal.name}, ${url}`,
    relatedExclude: documents.map((d) => `document:${d.id}`),
  };
}
