/**
 * The view model of a locality's page (`dia-phuong/<id>/`): its title, description, breadcrumbs,
 * JSON-LD, capped lists and the ways onward from them. The page only lays it out.
 */
import { ROUTES, withBase } from '../../core/paths.ts';
import { ancestorChain, compareUnits, coveredUnits, latestReports, orderFigures, statusNote, unitStatus } from '../../domain/units.ts';
import { UNIT_LEVELS, type Unit } from '../../schemas/unit.ts';
import { CENTRAL } from '../../search/facets.ts';
import { FIGURE_PAGE_SIZE, listRoute, pagedPaths, type Page } from '../model/archive.ts';
import { keyed, type ConferenceEntry, type DocumentEntry, type Figure, type Site } from '../model/site-model.ts';
import { UNIT_CHARTS_MAX, unitCharts, type UnitCharts } from './unit-charts.ts';
import { unitSummary } from './unit-summary.ts';
import { absoluteUrl, pageUrl, sectionLinks, type Links, type PageContext } from './context.ts';

/** Children a locality page lists at most; the rest are one link away. */
export const CHILDREN_MAX = 40;
/** Reports and documents a locality page lists at most; the rest are one search away. */
export const REPORTS_MAX = 10;

interface Crumb {
  label: string;
  route?: string;
}

export interface UnitPageProps {
  unit: Unit;
  /** The page of the unit's figure table this path shows (page 1 is the unit's own page). */
  page: Page<Figure>;
  /** Every figure about the unit, newest first. */
  figures: Figure[];
}

/** The paths of every locality: its page, then the further pages of its figure table. */
export function unitPagePaths(s: Site) {
  return keyed(
    s,
    s.units.flatMap((unit) => {
      const figures = orderFigures(s.figuresOfUnit(unit.id));
      return pagedPaths(unit.id, figures, FIGURE_PAGE_SIZE).map(({ path, page }) => ({
        params: { id: path },
        props: { unit, page, figures } satisfies UnitPageProps,
      }));
    }),
  );
}

export interface UnitPageView {
  unit: Unit;
  label: string;
  title: string;
  description: string;
  jsonLd: Record<string, unknown>;
  /** The crumbs above the page, from the list of localities down (the component adds home). */
  ancestors: Crumb[];
  level: string;
  /** "Đã sáp nhập vào …", with its first letter capitalised, or undefined for an active unit. */
  note: string | undefined;
  summary: string;
  parent: { label: string; href: string } | undefined;
  children: { label: string; href: string; note: string | undefined }[];
  childrenTotal: number;
  charts: UnitCharts;
  pageRoute: (n: number) => string;
  reports: ConferenceEntry[];
  reportsTotal: number;
  documents: DocumentEntry[];
  documentsTotal: number;
  /** Newest reports of the units covered (children, merged units), when any is not the unit's own. */
  more: { title: string; href: string; place: string; published: string | undefined }[];
  onward: { href: string; text: string };
  search: { years: string[]; topics: string[] };
  /** Every unit, for the history of mergers. */
  units: Unit[];
  /** The caps the page's lists and its notes about them name. */
  caps: { children: number; reports: number; charts: number; figuresPerPage: number };
  /** Route of page 1 of the figure table: the unit's own page. */
  tableRoute: string;
  links: Links;
}

const NO_CHARTS: UnitCharts = { charts: [], drawn: 0, reports: 0 };

export function unitPageView(s: Site, { unit, page, figures }: UnitPageProps, ctx: PageContext): UnitPageView {
  const first = page.number === 1;
  const lookup = (id: string) => s.unit(id);
  const chain = ancestorChain(unit.id, s.units);
  const parent = chain.at(-1);
  const note = statusNote(unitStatus(unit, lookup));
  const reports = s.conferencesOfUnit(unit.id);
  const docs = s.documentsOfUnit(unit.id);
  // Only the reports of the units covered, from the index by unit: not every report of the country
  // on each of thousands of locality pages.
  const covered = coveredUnits(unit.id, s.units);
  const more = latestReports(
    [...covered].flatMap((u) => s.conferencesOfUnit(u)),
    covered,
    5,
  );
  const label = s.label(unit.id);
  // Onward from a capped list: the site search, filtered to the unit's province.
  const provinceUnit = s.province(unit.id);
  const province = unit.id === 'viet-nam' ? CENTRAL : provinceUnit && s.label(provinceUnit.id);
  const searchRoute = withBase(ctx.base, ROUTES.search);
  const children = s.children(unit.id).slice().sort(compareUnits);
  // The label tells namesakes apart; a unique current name keeps its parent in the title, as before.
  const title = label !== unit.name ? label : parent && parent.level !== 'quoc-gia' ? `${unit.name} (${parent.name})` : unit.name;
  const counted = [`${reports.length} báo cáo`, `${docs.length} văn bản`, `${figures.length} số liệu`].join(', ');
  return {
    unit,
    label,
    title,
    description: `${label}${parent ? `, thuộc ${s.label(parent.id)}` : ''}: ${counted}${note ? `; ${note}` : ''}.`,
    jsonLd: {
      '@context': 'https://schema.org',
      '@type': 'Place',
      name: label,
      url: pageUrl(ctx),
      ...(unit.code ? { identifier: unit.code } : {}),
      ...(parent
        ? {
            containedInPlace: {
              '@type': 'Place',
              name: s.label(parent.id),
              url: absoluteUrl(ctx, ROUTES.unit(parent.id)),
              ...(parent.code ? { identifier: parent.code } : {}),
            },
          }
        : {}),
    },
    ancestors: [{ label: 'Địa phương', route: ROUTES.units }, ...chain.map((u) => ({ label: s.label(u.id), route: ROUTES.unit(u.id) }))],
    level: UNIT_LEVELS[unit.level],
    note: note && note.charAt(0).toLocaleUpperCase('vi') + note.slice(1),
    summary: unitSummary(unit, parent && s.label(parent.id), figures, { reports: reports.length, documents: docs.length }),
    parent: parent && { label: s.label(parent.id), href: withBase(ctx.base, ROUTES.unit(parent.id)) },
    children: children
      .slice(0, CHILDREN_MAX)
      .map((c) => ({ label: s.label(c.id), href: withBase(ctx.base, ROUTES.unit(c.id)), note: statusNote(unitStatus(c, lookup)) })),
    childrenTotal: children.length,
    // A unit with no figure of its own draws nothing, and so reads none of the site's figures
    // (what a page reads decides which edits render it again: src/site/model/reads.ts).
    charts: first && figures.length > 0 ? unitCharts(unit.id, figures, s.figures, s.indicators) : NO_CHARTS,
    pageRoute: (n) => listRoute(ROUTES.unit(unit.id), n),
    reports: reports.slice(0, REPORTS_MAX),
    reportsTotal: reports.length,
    documents: docs.slice(0, REPORTS_MAX),
    documentsTotal: docs.length,
    more: more.some((c) => c.data.unit !== unit.id)
      ? more.map((c) => ({
          title: c.data.title,
          href: withBase(ctx.base, ROUTES.conference(c.id)),
          place: s.unit(c.data.unit) ? s.label(c.data.unit) : c.data.unit,
          published: c.data.published,
        }))
      : [],
    onward: province
      ? { href: `${searchRoute}?dia-phuong=${encodeURIComponent(province)}`, text: `Tìm mọi báo cáo, văn bản của ${province}` }
      : { href: searchRoute, text: 'Tìm kiếm báo cáo, văn bản' },
    search: { years: figures.map((f) => f.date.slice(0, 4)), topics: figures.map((f) => f.indicatorData.topic) },
    units: s.units,
    caps: { children: CHILDREN_MAX, reports: REPORTS_MAX, charts: UNIT_CHARTS_MAX, figuresPerPage: FIGURE_PAGE_SIZE },
    tableRoute: ROUTES.unit(unit.id),
    links: sectionLinks(ctx.base),
  };
}
