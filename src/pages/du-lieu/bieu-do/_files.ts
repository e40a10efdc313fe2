/** The data of one chart as published: a CSV for spreadsheets, a JSON with its title and sources. */
import type { ChartItem } from '../../../charts/specs.ts';
import { CHART_FIELDS, chartRows, toCsv } from '../../../site/outputs/open-data.ts';
import { fileSink } from '../../../collections/build-sinks.ts';
import { publishedCharts } from '../_open-data.ts';

/**
 * Paths of the per-chart routes: every chart in `astro dev`; none in a build, which writes these
 * files with the chart list (`index.json.ts`) instead of rendering a route for each.
 */
export async function chartPaths() {
  if (fileSink()) return [];
  return (await publishedCharts()).map((chart) => ({ params: { slug: chart.spec.slug }, props: { chart } }));
}

export function chartCsv(chart: ChartItem): string {
  return toCsv(CHART_FIELDS, chartRows(chart), { excel: true });
}

export function chartJson(chart: ChartItem): string {
  const rows = chartRows(chart).map((r) => Object.fromEntries(CHART_FIELDS.map((f) => [f.name, r[f.name] ?? null])));
  const body = {
    title: chart.spec.title,
    kind: chart.kind,
    source: chart.spec.source,
    sources: chart.sources,
    dates: chart.dates,
    flags: chart.flags,
    rows,
  };
  return `${JSON.stringify(body, null, 1)}\n`;
}
