/**
 * `du-lieu/bieu-do/index.json`: every published chart, with the addresses of its CSV and JSON.
 * In a build it also writes those files, one write each instead of one route render each.
 */
import type { APIRoute } from 'astro';
import { chartDataRoute } from '../../../articles/chart-html.ts';
import { fileSink } from '../../../collections/build-sinks.ts';
import { withBase } from '../../../core/paths.ts';
import { jsonHeaders, publishedCharts } from '../_open-data.ts';
import { chartCsv, chartJson } from './_files.ts';

export const GET: APIRoute = async ({ site }) => {
  const charts = await publishedCharts();
  const sink = fileSink();
  if (sink) {
    for (const c of charts) {
      sink.write(chartDataRoute(c.spec.slug, 'csv'), chartCsv(c));
      sink.write(chartDataRoute(c.spec.slug, 'json'), chartJson(c));
    }
  }
  const base = import.meta.env.BASE_URL;
  const url = (path: string) => (site ? new URL(withBase(base, path), site).href : withBase(base, path));
  const list = charts.map((c) => ({
    slug: c.spec.slug,
    title: c.spec.title,
    kind: c.kind,
    csv: url(chartDataRoute(c.spec.slug, 'csv')),
    json: url(chartDataRoute(c.spec.slug, 'json')),
  }));
  return new Response(`${JSON.stringify({ charts: list }, null, 1)}\n`, { headers: jsonHeaders });
};
