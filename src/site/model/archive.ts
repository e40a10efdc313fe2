/**
 * The paginated lists: reports (`hoi-nghi/` as page 1, `hoi-nghi/trang/2/`, …; by date at
 * `hoi-nghi/nam/2021/`, `hoi-nghi/nam/2021/09/`) and documents by kind, year and issuing body
 * (`van-ban/loai/nghi-quyet/`, `van-ban/nam/2018/`, `van-ban/co-quan/bo-chinh-tri/`, each with
 * its own `trang/N/`). Page URLs are stable: a page's number only changes which items it holds
 * as newer ones arrive, never its address. Pure functions, so they are tested without a build.
 */
import { ROUTES } from '../../core/paths.ts';
import { suggestSlug } from '../../core/slug.ts';
import { monthOf, yearOf, type MaybeDate } from '../../core/partial-date.ts';

/** Items per list page, for every list of the site. */
export const PAGE_SIZE = 20;

/** Rows per page of a table of figures (an indicator's, a locality's): short rows, so more of them. */
export const FIGURE_PAGE_SIZE = 50;

export interface Page<T> {
  /** 1-based. */
  number: number;
  total: number;
  items: T[];
}

/** Splits a list into pages of `size`; an empty list is one empty page (the index still exists). */
export function paginate<T>(items: T[], size = PAGE_SIZE): Page<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`page size must be a positive integer, got ${size}`);
  const total = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: total }, (_, i) => ({ number: i + 1, total, items: items.slice(i * size, (i + 1) * size) }));
}

/**
 * Route of page `n` of the list at `prefix` (a route ending in `/`): page 1 is the prefix
 * itself, so a list has one address for its first page, never a second `trang/1/`.
 */
export function listRoute(prefix: string, n: number): string {
  return n === 1 ? prefix : `${prefix}trang/${n}/`;
}

/**
 * The pages of one list as `[...path]` params below its section: `nghi-quyet` for page 1,
 * `nghi-quyet/trang/2` after, matching `listRoute`.
 */
export function pagedPaths<T>(slug: string, items: T[], size = PAGE_SIZE): { path: string; page: Page<T> }[] {
  return paginate(items, size).map((page) => ({ path: listRoute(`${slug}/`, page.number).replace(/\/$/, ''), page }));
}

/**
 * The page numbers a pager shows, `null` marking a gap. A national list can run to hundreds of
 * pages: past nine, only the first, the last and two either side of the current one, so the
 * pager stays one short line.
 */
export function pagerNumbers(current: number, total: number): (number | null)[] {
  const shown = Array.from({ length: total }, (_, i) => i + 1).filter(
    (k) => total <= 9 || k === 1 || k === total || Math.abs(k - current) <= 2,
  );
  return shown.flatMap((k, i) => (i > 0 && k - shown[i - 1]! > 1 ? [null, k] : [k]));
}

/** Route of a page of the reports list. */
export function pageRoute(n: number): string {
  return listRoute(ROUTES.conferences, n);
}

export function yearRoute(year: string): string {
  return `${ROUTES.conferences}nam/${year}/`;
}

/** `month` is two digits, as in the ISO date: `hoi-nghi/nam/2021/09/`. */
export function monthRoute(year: string, month: string): string {
  return `${ROUTES.conferences}nam/${year}/${month}/`;
}

interface MonthGroup<T> {
  /** Two digits; '' for the items dated only by their year (no month page, "chưa rõ tháng"). */
  month: string;
  items: T[];
}

export interface YearGroup<T> {
  year: string;
  months: MonthGroup<T>[];
  count: number;
}

/**
 * Groups items by year and month of an ISO date, newest first; within a month the items keep
 * their given order (the caller sorts). A date known only to the year files its item under
 * month '' of that year (after the months); an undated item is in no group: the archive is by
 * date and invents none (the full list still holds it, last).
 */
export function byYearMonth<T>(items: T[], date: (x: T) => MaybeDate): YearGroup<T>[] {
  const years = new Map<string, Map<string, T[]>>();
  for (const x of items) {
    const d = date(x);
    if (d === undefined) continue;
    const [y, m] = [yearOf(d)!, monthOf(d) ?? ''];
    const months = years.get(y) ?? years.set(y, new Map()).get(y)!;
    months.set(m, [...(months.get(m) ?? []), x]);
  }
  return [...years]
    .sort(([a], [b]) => b.localeCompare(a))
    .map(([year, months]) => {
      const ms = [...months].sort(([a], [b]) => b.localeCompare(a)).map(([month, xs]) => ({ month, items: xs }));
      return { year, months: ms, count: ms.reduce((n, m) => n + m.items.length, 0) };
    });
}

/** `9/2021`: months read without a leading zero, as dates do on the site; `chưa rõ tháng` for ''. */
export function monthLabel(year: string, month: string): string {
  return month === '' ? `chưa rõ tháng, năm ${year}` : `${Number(month)}/${year}`;
}

/**
 * The year list a document belongs to: its year of issue, or `chua-ro` ("chưa rõ năm") when no
 * source dates it, so an undated document is listed as such rather than under a made-up year.
 */
export const UNKNOWN_YEAR = 'chua-ro';

export function yearKey(d: MaybeDate): string {
  return yearOf(d) ?? UNKNOWN_YEAR;
}

/** "Năm 2021", or "Chưa rõ năm" for the undated list. */
export function yearName(key: string): string {
  return key === UNKNOWN_YEAR ? 'Chưa rõ năm' : `Năm ${key}`;
}

/** Where each list of documents starts; pages after the first follow `listRoute`. */
export const DOCUMENT_LISTS = {
  kind: (kind: string) => `${ROUTES.documents}loai/${kind}/`,
  year: (year: string) => `${ROUTES.documents}nam/${year}/`,
  issuer: (slug: string) => `${ROUTES.documents}co-quan/${slug}/`,
} as const;

export { groupBy } from '../../core/group.ts';

/**
 * A URL slug for each name (issuing bodies), unique among them: the ASCII slug of the name;
 * names that share one are taken in code-point order, the first keeps it and the others get
 * `-2`, `-3`… (skipping any slug another name already has), so a body's address does not
 * depend on the order documents were read in.
 */
export function uniqueSlugs(names: Iterable<string>): Map<string, string> {
  const sorted = [...new Set(names)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const base = (name: string) => suggestSlug(name) || 'khong-ten';
  const slugs = new Map<string, string>();
  const used = new Set<string>();
  for (const name of sorted) {
    if (!used.has(base(name))) {
      slugs.set(name, base(name));
      used.add(base(name));
    }
  }
  for (const name of sorted) {
    if (slugs.has(name)) continue;
    let k = 2;
    while (used.has(`${base(name)}-${k}`)) k++;
    slugs.set(name, `${base(name)}-${k}`);
    used.add(`${base(name)}-${k}`);
  }
  return slugs;
}
