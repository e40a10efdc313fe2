/**
 * The view model of the search page (`tim-kiem/`): the lists to browse when the script cannot
 * run, and the provinces that no longer exist (their filter options fold behind "thêm").
 */
import { ROUTES, withBase } from '../../core/paths.ts';
import type { Site } from '../model/site-model.ts';

export interface SearchPageView {
  /** The site's lists, for a reader whose browser runs no script. */
  indexes: { label: string; href: string }[];
  /** Labels of provinces that no longer exist, sorted. */
  historical: string[];
  action: string;
}

export function searchPageView(s: Site, base: string): SearchPageView {
  const lists = [
    [ROUTES.documents, 'Danh mục văn bản'],
    [ROUTES.conferences, 'Hội nghị, sơ kết, tổng kết'],
    [ROUTES.units, 'Địa phương'],
    [ROUTES.indicators, 'Chỉ tiêu thống kê'],
  ] as const;
  return {
    indexes: lists.map(([route, label]) => ({ label, href: withBase(base, route) })),
    historical: s.units
      .filter((u) => u.level === 'tinh' && u.valid_to)
      .map((u) => s.label(u.id))
      .sort(),
    action: withBase(base, ROUTES.search),
  };
}
