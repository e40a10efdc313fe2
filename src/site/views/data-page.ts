/**
 * The view model of the open data page (`du-lieu/`): every published table once with its
 * downloads (for software and for Excel), fields and citation; the charts' data counted by kind,
 * the comparison of each indicator linked; the schema.org Dataset. The page lays it out.
 */
import { allCharts, indicatorComparison } from '../../charts/specs.ts';
import { formatNumber } from '../../core/format.ts';
import { compareOldestFirst, dateLabel } from '../../core/partial-date.ts';
import { ROUTES, withBase } from '../../core/paths.ts';
import type { PortalConfig } from '../../schemas/portal.ts';
import { chartDataRoute } from '../../articles/chart-html.ts';
import { TABLES, tableRows, type Table } from '../outputs/open-data.ts';
import type { Site } from '../model/site-model.ts';
import { absoluteUrl, pageUrl, type PageContext } from './context.ts';

/** How the page names each kind of chart. */
const KINDS: Record<string, string> = {
  composition: 'cơ cấu thành phần',
  progress: 'tỷ lệ so với chỉ tiêu',
  'ratio-bars': 'tỷ lệ',
  'time-series': 'diễn biến qua các mốc',
};

export interface DataPageView {
  description: string;
  jsonLd: Record<string, unknown>;
  datapackage: string;
  tables: { table: Table; rows: string; excel: string; csv: string; json: string; citation: string }[];
  /** "12 biểu đồ: 3 biểu đồ cơ cấu thành phần, …" */
  charts: { count: string; byKind: string };
  /** One chart per indicator: the comparison the statistics overview and the indicator page show. */
  comparisons: { title: string; href: string; csv: string; json: string }[];
}

export function dataPageView(s: Site, ctx: PageContext & { portal: PortalConfig }): DataPageView {
  const { base, portal } = ctx;
  const file = (name: string) => withBase(base, `${ROUTES.data}${name}`);
  const rows = tableRows({
    units: s.units,
    indicators: s.indicators,
    conferences: s.conferences,
    figures: s.figures,
    pageUrl: (id) => absoluteUrl(ctx, ROUTES.conference(id)),
  });
  const charts = allCharts(s.figures, s.indicators);
  const byKind = [...new Set(charts.map((c) => c.kind))].map((k) => ({
    label: KINDS[k] ?? k,
    count: charts.filter((c) => c.kind === k).length,
  }));
  // The newest report's publication: what the tables hold, not a day they were changed (which no
  // one recorded), so it is said as such in the citation and is no `dateModified`.
  const newest = s.conferences
    .map((c) => c.data.published)
    .filter((d) => d !== undefined)
    .sort(compareOldestFirst)
    .at(-1);
  const url = pageUrl(ctx);
  const cite = (title: string, name: string) =>
    `${portal.publisher}, "${title}" (${name}), ${portal.name}${newest ? `, gồm các báo cáo đăng đến ${dateLabel(newest)}` : ''}, ${absoluteUrl(ctx, `${ROUTES.data}${name}`)}, giấy phép ${portal.license.name}.`;
  return {
    description: `Tải về ${TABLES.length} bảng số liệu (CSV, JSON) và dữ liệu của ${charts.length} biểu đồ, kèm mô tả Frictionless datapackage.json; giấy phép ${portal.license.name}.`,
    jsonLd: {
      '@context': 'https://schema.org',
      '@type': 'Dataset',
      name: `Số liệu ${portal.name}`,
      description: `${portal.tagline}. Các bảng địa phương, chỉ tiêu, báo cáo nguồn và số liệu, dạng CSV và JSON, mô tả bằng Frictionless Data Package.`,
      url,
      inLanguage: 'vi',
      license: portal.license.url,
      isAccessibleForFree: true,
      creator: { '@type': 'Organization', name: portal.publisher },
      distribution: [
        {
          '@type': 'DataDownload',
          name: 'datapackage.json',
          encodingFormat: 'application/json',
          contentUrl: absoluteUrl(ctx, `${ROUTES.data}datapackage.json`),
        },
        ...TABLES.flatMap((t) => [
          {
            '@type': 'DataDownload',
            name: `${t.name}.csv`,
            encodingFormat: 'text/csv',
            contentUrl: absoluteUrl(ctx, `${ROUTES.data}${t.name}.csv`),
          },
          {
            '@type': 'DataDownload',
            name: `excel/${t.name}.csv`,
            encodingFormat: 'text/csv',
            contentUrl: absoluteUrl(ctx, ROUTES.dataForExcel(t.name)),
          },
          {
            '@type': 'DataDownload',
            name: `${t.name}.json`,
            encodingFormat: 'application/json',
            contentUrl: absoluteUrl(ctx, `${ROUTES.data}${t.name}.json`),
          },
        ]),
      ],
      hasPart: TABLES.map((t) => ({
        '@type': 'Dataset',
        name: t.title,
        description: t.description,
        license: portal.license.url,
        url: `${url}#${t.name}`,
        variableMeasured: t.fields.map((f) => f.name),
      })),
    },
    datapackage: file('datapackage.json'),
    tables: TABLES.map((t) => ({
      table: t,
      rows: formatNumber(rows[t.name].length),
      excel: withBase(base, ROUTES.dataForExcel(t.name)),
      csv: file(`${t.name}.csv`),
      json: file(`${t.name}.json`),
      citation: cite(t.title, `${t.name}.csv`),
    })),
    charts: { count: formatNumber(charts.length), byKind: byKind.map((k) => `${formatNumber(k.count)} biểu đồ ${k.label}`).join(', ') },
    comparisons: s.indicators.flatMap((i) => {
      const c = indicatorComparison(i, s.figures);
      return c
        ? [
            {
              title: c.spec.title,
              href: withBase(base, ROUTES.indicator(i.id)),
              csv: withBase(base, chartDataRoute(c.spec.slug, 'csv')),
              json: withBase(base, chartDataRoute(c.spec.slug, 'json')),
            },
          ]
        : [];
    }),
  };
}
