/**
 * The reports list, in pages and by date: `hoi-nghi/` (page 1), `hoi-nghi/trang/2/`, …;
 * `hoi-nghi/nam/2021/`, `hoi-nghi/nam/2021/09/`. Page URLs are stable: a page's number only
 * changes which reports it holds as newer ones arrive, never its address. Pure functions over
 * dates, so they are tested without a build.
 */
import { ROUTES } from './paths.ts';

/** Reports per list page. */
export const PAGE_SIZE = 20;

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

/** Route of a list page: page 1 is the list itself. */
export function pageRoute(n: number): string {
  return n === 1 ? ROUTES.conferences : `${ROUTES.conferences}trang/${n}/`;
}

export function yearRoute(year: string): string {
  return `${ROUTES.conferences}nam/${year}/`;
}

/** `month` is two digits, as in the ISO date: `hoi-nghi/nam/2021/09/`. */
export function monthRoute(year: string, month: string): string {
  return `${ROUTES.conferences}nam/${year}/${month}/`;
}

export interface MonthGroup<T> {
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
 * their given order (the caller sorts).
 */
export function byYearMonth<T>(items: T[], date: (x: T) => string): YearGroup<T>[] {
  const years = new Map<string, Map<string, T[]>>();
  for (const x of items) {
    const d = date(x);
    const [y, m] = [d.slice(0, 4), d.slice(5, 7)];
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

/** `9/2021`: months read without a leading zero, as dates do on the site. */
export function monthLabel(year: string, month: string): string {
  return `${Number(month)}/${year}`;
}
