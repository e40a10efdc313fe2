/**
 * A chart as the page shows it: a `<figure>` with a visible title, the SVG, the flag note,
 * the data table and a caption naming the source and linking the data. One string renderer
 * serves both `ChartFigure.astro` and `<Chart>` in articles, so the two never drift apart.
 */
import { charts, chartTable, escapeXml } from '../charts/index.ts';
import type { Corpus } from '../validate/engine.ts';
import { assessPrinted, checkParts } from '../validate/cross.ts';
import { allCharts, chartFromIds, type ChartItem, type FigureInput } from './chart-specs.ts';
import { formatDate } from './format.ts';
import { ROUTES, withBase } from './paths.ts';

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
}

export function renderChartFigure(c: ChartItem, opts: ChartFigureOptions): string {
  const { base, ownData = true, headingTag = 'p' } = opts;
  const e = escapeXml;
  const slug = c.spec.slug;
  const svg = charts[c.kind](c.spec);
  const sources = c.sources
    .map((s) => `<a href="${e(withBase(base, ROUTES.conference(s.id)))}">${e(s.title)}</a>`)
    .join('; ');
  const dates = c.dates.map((d) => `<time datetime="${d}">${formatDate(d)}</time>`).join(', ');
  const data = ownData
    ? `<a href="${e(withBase(base, chartDataRoute(slug, 'csv')))}" download>Tải dữ liệu biểu đồ (CSV)</a> · <a href="${e(withBase(base, chartDataRoute(slug, 'json')))}">JSON</a>`
    : `<a href="${e(withBase(base, `${ROUTES.data}observations.csv`))}" download>Tải bảng số liệu (CSV)</a>`;
  const flags = c.flags.length
    ? `<p class="chart-flag"><strong>⚑ Số liệu nguồn không khớp phép tính</strong> (giữ nguyên như nguồn in, kèm số tính lại): ${c.flags.map(e).join('; ')}.</p>`
    : '';
  return [
    `<figure class="chart" id="bieu-do-${slug}" aria-labelledby="${slug}-heading">`,
    `<${headingTag} class="chart-heading" id="${slug}-heading">${e(c.spec.title)}</${headingTag}>`,
    svg.trim(),
    flags,
    `<details class="data-table"><summary>Bảng số liệu của biểu đồ</summary><div class="table-scroll">${chartTable(c.spec, c.kind).trim()}</div></details>`,
    `<figcaption>Nguồn: ${sources}; số liệu tại thời điểm ${dates}. ${data}</figcaption>`,
    '</figure>',
  ]
    .filter(Boolean)
    .join('\n');
}

/**
 * Figures straight from the validated corpus, for `<Chart>` in article bodies: the loader runs
 * before the collections exist, so query.ts cannot serve them yet. Same rules as query.ts.
 */
export function corpusFigures(corpus: Corpus, isPublicConference: (id: string) => boolean): FigureInput[] {
  const inds = new Map(corpus.indicators.map((r) => [r.data.id, r.data]));
  const units = new Map(corpus.units.map((r) => [r.data.id, r.data]));
  const confs = new Map(corpus.conferences.map((c) => [c.id, c]));
  const rows = corpus.observations.filter((o) => confs.has(o.data.conference) && isPublicConference(o.data.conference));
  const partsFlagged = new Set(checkParts(rows).map((p) => p.whole));
  const figs: FigureInput[] = [];
  for (const { row, data: o } of rows) {
    const ind = inds.get(o.indicator);
    const unit = units.get(o.unit);
    if (!ind || !unit) continue;
    const a = assessPrinted(o, ind.measure);
    figs.push({
      ...o,
      row,
      indicatorData: ind,
      unitData: unit,
      conferenceEntry: { id: o.conference, data: { title: confs.get(o.conference)!.data.title } },
      rate: o.value !== undefined && o.total ? (o.value / o.total) * 100 : undefined,
      flagged: a ? !a.ok : false,
      computedText: a && !a.ok ? a.computedText : undefined,
      parts: [],
      partsFlagged: partsFlagged.has(o.id),
    });
  }
  const byId = new Map(figs.map((f) => [f.id, f]));
  for (const f of figs) if (f.part_of) byId.get(f.part_of)?.parts.push(f);
  return figs;
}

/**
 * The `chart` callback of the article renderer: `<Chart observations="a b" type="…" title="…" />`
 * becomes a chart figure. Unknown ids are a located error at validation, so here they cannot occur.
 */
export function articleChart(corpus: Corpus, base: string, isPublicConference: (id: string) => boolean, scope: string) {
  let figs: FigureInput[] | undefined;
  let published: Set<string> | undefined;
  return (attrs: Record<string, string>): string => {
    figs ??= corpusFigures(corpus, isPublicConference);
    published ??= new Set(allCharts(figs, corpus.indicators.map((r) => r.data)).map((c) => c.spec.slug));
    const ids = (attrs.observations ?? '').split(/[\s,]+/).filter(Boolean);
    const c = chartFromIds(ids, figs, { type: attrs.type, title: attrs.title, scope: `bai-viet-${scope}` });
    return c ? renderChartFigure(c, { base, ownData: published.has(c.spec.slug) }) : '';
  };
}
