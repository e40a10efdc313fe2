/**
 * `du-lieu/bieu-do/<slug>.json`: the data of one chart, with its title and sources. A build writes
 * these files with the chart list (`index.json.ts`), so the route has no paths of its own there.
 */
import type { APIRoute } from 'astro';
import type { ChartItem } from '../../../lib/chart-specs.ts';
import { fileSink } from '../../../lib/build-files.ts';
import { jsonHeaders, publishedCharts } from '../_open-data.ts';
import { chartJson } from './_files.ts';

export async function getStaticPaths() {
  if (fileSink()) return [];
  return (await publishedCharts()).map((chart) => ({ params: { slug: chart.spec.slug }, props: { chart } }));
}

export const GET: APIRoute = ({ props }) => new Response(chartJson((props as { chart: ChartItem }).chart), { headers: jsonHeaders });
