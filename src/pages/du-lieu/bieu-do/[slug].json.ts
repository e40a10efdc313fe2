/** `du-lieu/bieu-do/<slug>.json`: the data of one chart, with its title and sources. */
import type { APIRoute } from 'astro';
import type { ChartItem } from '../../../lib/chart-specs.ts';
import { CHART_FIELDS, chartRows } from '../../../lib/open-data.ts';
import { jsonHeaders, publishedCharts } from '../_open-data.ts';

export async function getStaticPaths() {
  return (await publishedCharts()).map((chart) => ({ params: { slug: chart.spec.slug }, props: { chart } }));
}

export const GET: APIRoute = ({ props }) => {
  const { chart } = props as { chart: ChartItem };
  const rows = chartRows(chart).map((r) => Object.fromEntries(CHART_FIELDS.map((f) => [f.name, r[f.name] ?? null])));
  const body = { title: chart.spec.title, kind: chart.kind, source: chart.spec.source, sources: chart.sources, dates: chart.dates, flags: chart.flags, rows };
  return new Response(`${JSON.stringify(body, null, 1)}\n`, { headers: jsonHeaders });
};
