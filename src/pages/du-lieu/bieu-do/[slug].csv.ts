/**
 * `du-lieu/bieu-do/<slug>.csv`: the data of one chart, linked under the chart. A build writes
 * these files with the chart list (`index.json.ts`), so the route has no paths of its own there.
 */
import type { APIRoute } from 'astro';
import type { ChartItem } from '../../../charts/specs.ts';
import { csvHeaders } from '../_open-data.ts';
import { chartPaths, chartCsv } from './_files.ts';

export const getStaticPaths = chartPaths;

export const GET: APIRoute = ({ props }) => new Response(chartCsv((props as { chart: ChartItem }).chart), { headers: csvHeaders });
