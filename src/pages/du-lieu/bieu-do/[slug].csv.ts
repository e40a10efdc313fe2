/** `du-lieu/bieu-do/<slug>.csv`: the data of one chart, linked under the chart. */
import type { APIRoute } from 'astro';
import type { ChartItem } from '../../../lib/chart-specs.ts';
import { CHART_FIELDS, chartRows, toCsv } from '../../../lib/open-data.ts';
import { csvHeaders, publishedCharts } from '../_open-data.ts';

export async function getStaticPaths() {
  return (await publishedCharts()).map((chart) => ({ params: { slug: chart.spec.slug }, props: { chart } }));
}

export const GET: APIRoute = ({ props }) => {
  const { chart } = props as { chart: ChartItem };
  return new Response(toCsv(CHART_FIELDS, chartRows(chart)), { headers: csvHeaders });
};
