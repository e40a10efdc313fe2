/**
 * `du-lieu/bieu-do/<slug>.json`: the data of one chart, with its title and sources. A build writes
 * these files with the chart list (`index.json.ts`), so the route has no paths of its own there.
 */
import type { APIRoute } from 'astro';
import type { ChartItem } from '../../../charts/specs.ts';
import { jsonHeaders } from '../_open-data.ts';
import { chartPaths, chartJson } from './_files.ts';

export const getStaticPaths = chartPaths;

export const GET: APIRoute = ({ props }) => new Response(chartJson((props as { chart: ChartItem }).chart), { headers: jsonHeaders });
