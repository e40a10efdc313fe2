/**
 * The view model of an indicator's page (`chi-tieu/<id>/`): its charts, its figures across units
 * and dates, its source reports, and the schema.org Dataset that says so. The page lays it out.
 */
import { COMPARISON_MAX, indicatorCharts, latestPerUnit, type ChartItem } from '../../charts/specs.ts';
import { compareOldestFirst, dateLabel, temporalCoverage } from '../../core/partial-date.ts';
import { ROUTES, withBase } from '../../core/paths.ts';
import { reportDate } from '../../schemas/conference.ts';
import { MEASURES, TOPICS, type Indicator } from '../../schemas/indicator.ts';
import { UNIT_LEVELS } from '../../schemas/unit.ts';
import { FIGURE_PAGE_SIZE, listRoute, pagedPaths, type Page } from '../model/archive.ts';
import { indicatorsWithData, keyed, type ConferenceEntry, type Figure, type Site } from '../model/site-model.ts';
import { absoluteUrl, pageUrl, sectionLinks, type Links, type PageContext } from './context.ts';

/** Source reports an indicator's page names at most, newest first. */
const REPORTS_MAX = 20;

export interface IndicatorPageProps {
  indicator: Indicator;
  page: Page<Figure>;
  figures: Figure[];
}

// Newest first, then by unit name, wholes before their parts: every figure on exactly one page.
const order = (a: Figure, b: Figure) =>
  b.date.localeCompare(a.date) ||
  a.unitLabel.localeCompare(b.unitLabel, 'vi') ||
  (a.part_of ? 1 : 0) - (b.part_of ? 1 : 0) ||
  a.id.localeCompare(b.id);

/** The paths of every indicator: its page, then the further pages of its figure table. */
export function indicatorPagePaths(s: Site) {
  return keyed(
    s,
    s.indicators.flatMap((indicator) => {
      const figures = [...s.figuresOfIndicator(indicator.id)].sort(order);
      return pagedPaths(indicator.id, figures, FIGURE_PAGE_SIZE).map(({ path, page }) => ({
        params: { id: path },
        props: { indicator, page, figures } satisfies IndicatorPageProps,
      }));
    }),
  );
}

export interface IndicatorPageView {
  title: string;
  description: string;
  jsonLd: Record<string, unknown>;
  url: string;
  topic: { label: string; href: string | undefined };
  measure: string;
  level: string;
  charts: ChartItem[];
  /** "Biểu đồ so sánh N trong M địa phương…" when the comparison leaves units out. */
  comparisonNote: { shown: number; of: number } | undefined;
  pageRoute: (n: number) => string;
  reports: { title: string; href: string; date: string }[];
  reportsTotal: number;
  search: { units: string[]; years: string[] };
  citation: string;
  /** The crumbs below home: the list of indicators, then this one. */
  crumbs: { label: string; route?: string }[];
  /** Route of page 1 of the figure table: the indicator's own page. */
  tableRoute: string;
  /** The caps the page's lists and its notes about them name. */
  caps: { reports: number; comparison: number; figuresPerPage: number };
  /** The spreadsheet copy of every figure. */
  observationsHref: string;
  links: Links;
}

export function indicatorPageView(s: Site, { indicator: i, page, figures }: IndicatorPageProps, ctx: PageContext): IndicatorPageView {
  const first = page.number === 1;
  const { base, portal } = ctx;
  const charts = first ? indicatorCharts(i, s.figures) : [];
  const comparison = charts.find((c) => c.spec.slug === `so-sanh-${i.id}`);
  const units = first ? latestPerUnit(figures).length : 0;
  // Reports in order of their newest figure; only page 1 names them, the table's later pages need none.
  const reports: ConferenceEntry[] = first ? [...new Map(figures.map((f) => [f.conference, f.conferenceEntry])).values()] : [];
  const places = first ? [...new Set(figures.map((f) => f.unitLabel))] : [];
  const dates = [...new Set(figures.map((f) => f.date))].sort(compareOldestFirst);
  // From the earliest start to the latest end, each at the source's precision: never "2020-03/2020-03".
  const coverage = temporalCoverage(dates);
  const topic = TOPICS[i.topic] ?? i.topic;
  const url = pageUrl(ctx);
  const absolute = (route: string) => absoluteUrl(ctx, route);
  // The statistics overview has a section for a topic only when one of its indicators has figures.
  const topicShown = indicatorsWithData(s).some((j) => j.topic === i.topic);
  return {
    title: `${i.name}: số liệu theo địa phương`,
    description: `Chỉ tiêu “${i.name}” (${topic}): ${i.description ?? MEASURES[i.measure]} ${figures.length ? `${figures.length} số liệu, ${dateLabel(coverage)}.` : 'Chưa có số liệu.'}`,
    jsonLd: {
      '@context': 'https://schema.org',
      '@type': 'Dataset',
      name: i.name,
      description: i.description ?? `${i.name} (${MEASURES[i.measure]})`,
      url,
      inLanguage: 'vi',
      keywords: [topic, MEASURES[i.measure]],
      license: portal.license.url,
      creator: { '@type': 'Organization', name: portal.publisher },
      isAccessibleForFree: true,
      ...(coverage ? { temporalCoverage: coverage } : {}),
      spatialCoverage: places.slice(0, COMPARISON_MAX).map((name) => ({ '@type': 'Place', name })),
      isBasedOn: reports.slice(0, REPORTS_MAX).map((c) => absolute(ROUTES.conference(c.id))),
      distribution: [
        { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: absolute(`${ROUTES.data}observations.csv`) },
        { '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: absolute(`${ROUTES.data}observations.json`) },
      ],
    },
    url,
    topic: { label: topic, href: topicShown ? `${withBase(base, ROUTES.statistics)}#${i.topic}` : undefined },
    measure: MEASURES[i.measure],
    level: i.level ? UNIT_LEVELS[i.level] : 'Không giới hạn',
    charts,
    comparisonNote: comparison && comparison.figures.length < units ? { shown: comparison.figures.length, of: units } : undefined,
    pageRoute: (n) => listRoute(ROUTES.indicator(i.id), n),
    reports: reports
      .slice(0, REPORTS_MAX)
      .map((c) => ({ title: c.data.title, href: withBase(base, ROUTES.conference(c.id)), date: dateLabel(reportDate(c.data)) })),
    reportsTotal: reports.length,
    search: { units: figures.map((f) => f.unit), years: figures.map((f) => f.date.slice(0, 4)) },
    citation: `${portal.publisher}, "${i.name}", ${portal.name}, ${url} (giấy phép ${portal.license.name}).`,
    crumbs: [{ label: 'Chỉ tiêu', route: ROUTES.indicators }, { label: i.name }],
    tableRoute: ROUTES.indicator(i.id),
    caps: { reports: REPORTS_MAX, comparison: COMPARISON_MAX, figuresPerPage: FIGURE_PAGE_SIZE },
    observationsHref: withBase(base, ROUTES.dataForExcel('observations')),
    links: sectionLinks(base),
  };
}
