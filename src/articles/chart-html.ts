/**
 * A chart as the page shows it: a `<figure>` with a visible title, the SVG, the flag note,
 * the data table and a caption naming the source and linking the data. One string renderer
 * serves both `ChartFigure.astro` and `<Chart>` in articles, so the two never drift apart.
 */
import { charts, chartTable, escapeXml } from '../charts/index.ts';
import type { Corpus } from '../checks/engine.ts';
import { corpusFigures } from '../checks/corpus-figures.ts';
import { allCharts, chartFromIds, chartIds, type ChartItem, type FigureInput } from '../charts/specs.ts';
import { dateLabel } from '../core/partial-date.ts';
import { ROUTES, withBase } from '../core/paths.ts';
import { portal } from '../../portal.config.ts';

export { corpusFigures };

/** Where a chart's own data lives: `du-lieu/bieu-do/<slug>.csv` and `.json`. */
export function chartDataRoute(slug: string, ext: 'csv' | 'json'): string {
  return `${ROUTES.data}bieu-do/${slug}.${ext}`;
}

export interface ChartFigureOptions {
  base: string;
  /** False when the chart has no endpoint of its own: the link goes to the full table. */
  ownData?: boolean;
  /** Heading level of the visible title; a `<p>` by default so the page outline is unchanged. */
  headingTag?: 'h3' | 'h4' | 'p';
  /** Slug of the chart whose data files the links name, when not the spec's own. */
  dataSlug?: string;
}

export function renderChartFigure(c: ChartItem, opts: ChartFigureOptions): string {
  const { base, ownData = true, headingTag = 'p' } = opts;
  const e = escapeXml;
  const slug = c.spec.slug;
  const dataSlug = opts.dataSlug ?? slug;
  const svg = charts[c.kind](c.spec);
  const sources = c.sources.map((s) => `<a href="${e(withBase(base, ROUTES.conference(s.id)))}">${e(s.title)}</a>`).join('; ');
  const dates = c.dates.map((d) => `<time datetime="${d}">${dateLabel(d)}</time>`).join(', ');
  const data = ownData
    ? `<a href="${e(withBase(base, chartDataRoute(dataSlug, 'csv')))}" download>Tải dữ liệu biểu đồ (CSV)</a> · <a href="${e(withBase(base, chartDataRoute(dataSlug, 'json')))}">JSON</a>`
    : `<a href="${e(withBase(base, ROUTES.dataForExcel('observations')))}" download>Tải bảng số liệu (CSV)</a>`;
  const flags = c.flags.length
    ? `<p class="chart-flag"><strong>⚑ Số liệu nguồn không khớp phép tính</strong> (giữ nguyên như nguồn in, kèm số tính lại): ${c.flags.map(e).join('; ')}.</p>`
    : '';
  return [
    // Out of the site search: its labels and figures are data, the page's own text says what it is.
    `<figure class="chart" id="bieu-do-${slug}" aria-labelledby="${slug}-heading" data-pagefind-ignore>`,
    `<${headingTag} class="chart-heading" id="${slug}-heading">${e(c.spec.title)}</${headingTag}>`,
    svg.trim(),
    flags,
    `<details class="data-table"><summary>Bảng số liệu của biểu đồ</summary><div class="table-scroll">${chartTable(c.spec, c.kind).trim()}</div></details>`,
    `<figcaption>Nguồn: ${sources}; số liệu tại thời điểm ${dates}. ${data}<br>Trích dẫn: ${e(portal.name)}, biểu đồ “${e(c.spec.title)}”, theo ${c.sources.map((x) => `“${e(x.title)}”`).join('; ')} (số liệu ${c.dates.map(dateLabel).join(', ')}).</figcaption>`,
    '</figure>',
  ]
    .filter(Boolean)
    .join('\n');
}

/**
 * The `chart` callbacks of the article renderer: `<Chart observations="a b" type="…" title="…" />`
 * becomes a chart figure. Figures and the published charts are derived once per build and shared
 * by every article (`scope` keeps each article's chart ids its own). Unknown ids are a located
 * error at validation, so here they cannot occur.
 */
export function articleCharts(corpus: Corpus, base: string, isPublicConference: (id: string) => boolean) {
  let figs: FigureInput[] | undefined;
  let published: Set<string> | undefined;
  return (scope: string) =>
    (attrs: Record<string, string>): string => {
      figs ??= corpusFigures(corpus, isPublicConference);
      published ??= new Set(
        allCharts(
          figs,
          corpus.indicators.map((r) => r.data),
        ).map((c) => c.spec.slug),
      );
      const ids = chartIds(attrs.observations ?? '');
      const c = chartFromIds(ids, figs, { type: attrs.type, title: attrs.title, scope: `bai-viet-${scope}` });
      if (!c) return '';
      // The figure's own chart (a composition) is also drawn by the report's chart section:
      // in the article it takes a scoped slug, so the page's ids stay unique; its data is the same.
      const own = c.spec.slug.startsWith(`bai-viet-${scope}`) ? c : { ...c, spec: { ...c.spec, slug: `bai-viet-${scope}-${c.spec.slug}` } };
      return renderChartFigure(own, { base, ownData: published.has(c.spec.slug), dataSlug: c.spec.slug });
    };
}
