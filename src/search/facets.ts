/**
 * The facets of the site search: Pagefind filter names (also the URL parameters of tim-kiem)
 * and their Vietnamese labels, in display order. Shared by SearchMeta.astro and the search page.
 */
export const FACETS = [
  { key: 'loai', label: 'Loại trang' },
  { key: 'dia-phuong', label: 'Địa phương' },
  { key: 'nam', label: 'Năm' },
  { key: 'chu-de', label: 'Chủ đề' },
] as const;

export type FacetKey = (typeof FACETS)[number]['key'];

/** Result fields shown under each title (Pagefind meta names). */
export const META = { type: 'loai', unit: 'don-vi', date: 'ngay' } as const;

/** Pagefind sort key: ISO date, newest first when browsing without a query. */
export const SORT_KEY = 'ngay';

/** The `dia-phuong` value of central pages (unit `viet-nam`). */
export const CENTRAL = 'Trung ương';

/**
 * Pagefind's options, shared by the search page and the ranking tests: an exact-diacritic match
 * (hoa for hoa) must outrank one Pagefind folded to it (hòa); with no diacritic weight it does not
 * (tests/browser/search-ranking.test.ts).
 */
export const PAGEFIND_OPTIONS = {
  excerptLength: 24,
  ranking: { diacriticSimilarity: 0.8 },
} as const;
