/** What every open-data endpoint reads: the published site data, shaped for `open-data.ts`. */
import { keyed, site } from '../../site/model/query.ts';
import { allCharts } from '../../charts/specs.ts';
import { tableRows, TABLES, type Table } from '../../site/outputs/open-data.ts';
import { ROUTES, withBase } from '../../core/paths.ts';

export async function publishedTables() {
  const s = await site();
  const origin = import.meta.env.SITE ?? 'https://example.org';
  const base = import.meta.env.BASE_URL;
  return tableRows({
    units: s.units,
    indicators: s.indicators,
    conferences: s.conferences,
    figures: s.figures,
    pageUrl: (id) => new URL(withBase(base, ROUTES.conference(id)), origin).href,
  });
}

export async function publishedCharts() {
  const s = await site();
  return allCharts(s.figures, s.indicators);
}

export const tablePaths = async () =>
  keyed(
    await site(),
    TABLES.map((t) => ({ params: { table: t.name }, props: { table: t } })),
  );
export type { Table };

export const csvHeaders = { 'Content-Type': 'text/csv; charset=utf-8' };
export const jsonHeaders = { 'Content-Type': 'application/json; charset=utf-8' };
