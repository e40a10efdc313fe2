/**
 * The view model of the home page: the portal's name and tagline, its headline figures (the
 * whole figures of featured reports first, ratios before bare counts, newest first), the
 * featured and latest reports, and the ways into each section with counts of what they hold.
 */
import { formatNumber, formatPercent, formatQualified } from '../../core/format.ts';
import { dateLabel } from '../../core/partial-date.ts';
import { ROUTES, withBase } from '../../core/paths.ts';
import { TOPICS } from '../../schemas/indicator.ts';
import type { ConferenceEntry, Figure, Site } from '../model/site-model.ts';
import { absoluteUrl, sectionLinks, type Links, type PageContext } from './context.ts';

/** Headline figures the home page shows. */
const HEADLINES = 4;
/** Latest reports the home page lists. */
const LATEST = 5;

interface Headline {
  /** "55/86", "trên 80%", "1.017": the figure as the source gives it. */
  figure: string;
  indicator: { name: string; href: string };
  /** "(64,0%, tính từ số đếm)": a rate the build works out from the counts, said to be worked out. */
  rate: string | undefined;
  /** The source's printed figure when it disagrees with the one recomputed from its parts. */
  flag: string | undefined;
  place: string;
  date: string;
  source: { title: string; href: string };
}

export interface HomePageView {
  title: string;
  description: string;
  jsonLd: Record<string, unknown>;
  headlines: Headline[];
  featured: ConferenceEntry[];
  latest: ConferenceEntry[];
  counts: { documents: number; units: number; indicators: number };
  /** The indicators' topics, as readers know them, in the order first met. */
  topics: string[];
  links: Links;
}

const headlineOrder = (a: Figure, b: Figure) =>
  Number(!!b.conferenceEntry.data.featured) - Number(!!a.conferenceEntry.data.featured) ||
  Number(b.total !== undefined) - Number(a.total !== undefined) ||
  b.date.localeCompare(a.date);

export function homePageView(s: Site, ctx: PageContext): HomePageView {
  const { portal, base } = ctx;
  const featured = s.conferences.filter((c) => c.data.featured);
  const latest = s.conferences.filter((c) => !c.data.featured).slice(0, LATEST);
  const headlines = s.figures
    .filter((f) => !f.part_of && f.value !== undefined)
    .sort(headlineOrder)
    .slice(0, HEADLINES)
    .map((f): Headline => ({
      figure:
        f.total !== undefined
          ? `${formatQualified(f.value!, f)}/${formatNumber(f.total)}`
          : formatQualified(f.value!, f, f.indicatorData.measure === 'percent' ? 'percent' : 'count'),
      indicator: { name: f.indicatorData.name, href: withBase(base, ROUTES.indicator(f.indicator)) },
      rate: f.rate === undefined ? undefined : `(${formatPercent(f.rate)}, tính từ số đếm)`,
      flag: f.flagged ? `⚑ Nguồn in ${f.printed}, tính lại ${f.computedText}` : undefined,
      place: f.unitLabel,
      date: dateLabel(f.date),
      source: { title: f.conferenceEntry.data.title, href: withBase(base, ROUTES.conference(f.conference)) },
    }));
  return {
    title: portal.name,
    description: portal.tagline,
    jsonLd: {
      '@context': 'https://schema.org',
      '@type': 'WebSite',
      name: portal.name,
      url: absoluteUrl(ctx, ROUTES.home),
      inLanguage: 'vi',
      publisher: { '@type': 'Organization', name: portal.publisher },
    },
    headlines,
    featured,
    latest: latest.length > 0 ? latest : s.conferences.slice(0, LATEST),
    counts: { documents: s.documents.length, units: s.units.length, indicators: s.indicators.length },
    topics: [...new Set(s.indicators.map((i) => TOPICS[i.topic] ?? i.topic))],
    links: sectionLinks(base),
  };
}
