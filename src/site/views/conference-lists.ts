/**
 * The reports' lists: the paginated list (`hoi-nghi/`, `hoi-nghi/trang/N/`), the archive by year
 * (`hoi-nghi/nam/2021/`) and by month (`hoi-nghi/nam/2021/09/`). Reports are filed under the date
 * they are known by (held, or published for a feature article); one dated only by its year has no
 * month page, and an undated one is in the full list only, last.
 */
import { ROUTES, withBase } from '../../core/paths.ts';
import { reportDate } from '../../schemas/conference.ts';
import { byYearMonth, monthLabel, monthRoute, pageRoute, paginate, yearRoute, type Page, type YearGroup } from '../model/archive.ts';
import { keyed, type ConferenceEntry, type Site } from '../model/site-model.ts';

interface Crumb {
  label: string;
  route?: string;
}
interface Item {
  title: string;
  href: string;
  date: string | undefined;
}

const years = (s: Site) => byYearMonth(s.conferences, (c) => reportDate(c.data));
const item =
  (base: string) =>
  (c: ConferenceEntry): Item => ({ title: c.data.title, href: withBase(base, ROUTES.conference(c.id)), date: reportDate(c.data) });

/** The list's pages after the first: page 1 is `hoi-nghi/` itself, no second address for one list. */
export function conferenceListPaths(s: Site) {
  return keyed(
    s,
    paginate(s.conferences)
      .slice(1)
      .map((page) => ({ params: { page: String(page.number) }, props: { page } })),
  );
}

/** The first page of the list, for `hoi-nghi/`. */
export const firstListPage = (s: Site): Page<ConferenceEntry> => paginate(s.conferences)[0]!;

export interface ConferenceListView {
  title: string;
  description: string;
  /** The archive's years, newest first, with how many reports each holds. */
  years: { label: string; href: string; count: number }[];
  rssHref: string;
  pageRoute: (n: number) => string;
}

export function conferenceListView(s: Site, page: Page<ConferenceEntry>, base: string): ConferenceListView {
  const n = s.conferences.length;
  return {
    title: page.number === 1 ? 'Hội nghị, báo cáo' : `Hội nghị, báo cáo — trang ${page.number}/${page.total}`,
    description:
      page.number === 1
        ? `Dòng thời gian ${n} hội nghị sơ kết, tổng kết, khảo sát và cuộc họp về mô hình kiêm nhiệm.`
        : `Trang ${page.number}/${page.total} của danh sách ${n} hội nghị, báo cáo về mô hình kiêm nhiệm, mới nhất trước.`,
    years: years(s).map((y) => ({ label: `Năm ${y.year}`, href: withBase(base, yearRoute(y.year)), count: y.count })),
    rssHref: withBase(base, `${ROUTES.conferences}rss.xml`),
    pageRoute,
  };
}

export interface YearPageProps {
  group: YearGroup<ConferenceEntry>;
  newer?: string;
  older?: string;
}

export function yearPagePaths(s: Site) {
  const ys = years(s);
  return keyed(
    s,
    ys.map((group, i) => ({
      params: { year: group.year },
      props: { group, newer: ys[i - 1]?.year, older: ys[i + 1]?.year } satisfies YearPageProps,
    })),
  );
}

export interface YearPageView {
  title: string;
  description: string;
  lead: string;
  crumbs: Crumb[];
  /** Months newest first; the reports dated only by the year last, under "Chưa rõ tháng" with no page. */
  months: { anchor: string; heading: string; href: string | undefined; items: Item[] }[];
  newer: { label: string; href: string } | undefined;
  older: { label: string; href: string } | undefined;
  allHref: string;
}

export function yearPageView({ group, newer, older }: YearPageProps, base: string): YearPageView {
  const year = (y: string | undefined) => (y === undefined ? undefined : { label: `Năm ${y}`, href: withBase(base, yearRoute(y)) });
  return {
    title: `Hội nghị, báo cáo năm ${group.year}`,
    description: `${group.count} hội nghị, báo cáo về mô hình kiêm nhiệm diễn ra trong năm ${group.year}, theo tháng.`,
    lead: `${group.count} hội nghị, báo cáo, theo tháng diễn ra.`,
    crumbs: [{ label: 'Hội nghị', route: ROUTES.conferences }, { label: `Năm ${group.year}` }],
    months: group.months.map((m) =>
      m.month === ''
        ? { anchor: 'thang-chua-ro', heading: 'Chưa rõ tháng', href: undefined, items: m.items.map(item(base)) }
        : {
            anchor: `thang-${m.month}`,
            heading: `Tháng ${monthLabel(group.year, m.month)}`,
            href: withBase(base, monthRoute(group.year, m.month)),
            items: m.items.map(item(base)),
          },
    ),
    newer: year(newer),
    older: year(older),
    allHref: withBase(base, ROUTES.conferences),
  };
}

export interface MonthPageProps {
  items: ConferenceEntry[];
}

/** Reports dated only by their year have no month page: their year's page lists them. */
export function monthPagePaths(s: Site) {
  return keyed(
    s,
    years(s).flatMap((y) =>
      y.months
        .filter((m) => m.month !== '')
        .map((m) => ({ params: { year: y.year, month: m.month }, props: { items: m.items } satisfies MonthPageProps })),
    ),
  );
}

export interface MonthPageView {
  title: string;
  description: string;
  crumbs: Crumb[];
}

export function monthPageView(year: string, month: string, { items }: MonthPageProps): MonthPageView {
  const label = monthLabel(year, month);
  return {
    title: `Hội nghị, báo cáo tháng ${label}`,
    description: `${items.length} hội nghị, báo cáo về mô hình kiêm nhiệm diễn ra trong tháng ${label}.`,
    crumbs: [
      { label: 'Hội nghị', route: ROUTES.conferences },
      { label: `Năm ${year}`, route: yearRoute(year) },
      { label: `Tháng ${label}` },
    ],
  };
}
