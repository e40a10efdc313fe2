/**
 * Every URL of the site, in one place, relative to the base path. Pages and the article
 * renderer use these; nothing writes a leading `/` by hand, so the site works under a sub-path.
 */
export const ROUTES = {
  home: '',
  documents: 'van-ban/',
  document: (id: string) => `van-ban/${id}/`,
  conferences: 'hoi-nghi/',
  conference: (id: string) => `hoi-nghi/${id}/`,
  units: 'dia-phuong/',
  unit: (id: string) => `dia-phuong/${id}/`,
  indicators: 'chi-tieu/',
  indicator: (id: string) => `chi-tieu/${id}/`,
  statistics: 'so-lieu/',
  data: 'du-lieu/',
  /** A table's copy for spreadsheets: the same CSV with a byte-order mark (Excel reads UTF-8 by it). */
  dataForExcel: (table: string) => `du-lieu/excel/${table}.csv`,
  search: 'tim-kiem/',
  methodology: 'phuong-phap/',
} as const;

/** Joins the base path (`/` or `/portal/`) and a route. */
export function withBase(base: string, route: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return `${b}${route.replace(/^\/+/, '')}`;
}
