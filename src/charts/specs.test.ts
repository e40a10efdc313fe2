import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { DerivedFigure } from '../domain/figures.ts';
import { validateProject } from '../checks/engine.ts';
import { chartCss, charts } from './index.ts';
import { projectWith } from '../../tests/helpers.ts';
import { SITE_FIXTURE } from '../../tests/site.ts';
import { allCharts, chartFromIds, indicatorCharts, indicatorComparison, reportCharts, slugify, type FigureInput } from './specs.ts';
import { articleCharts, corpusFigures, renderChartFigure } from '../articles/chart-html.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const { corpus } = validateProject(SITE_FIXTURE);
const figures = corpusFigures(corpus, () => true);
const indicators = corpus.indicators.map((r) => r.data);
const ofReport = (id: string) => figures.filter((f) => f.conference === id);

describe('FigureInput', () => {
  it('FigureInput is domain/figures.ts DerivedFigure narrowed: every derived figure is a chart figure', () => {
    expectTypeOf<DerivedFigure<{ id: string; data: { title: string } }>>().toExtend<FigureInput>();
    expectTypeOf(figures).toExtend<FigureInput[]>();
  });
});

describe('reportCharts(figures)', () => {
  const benTreCity = reportCharts(ofReport('so-ket-de-an-01-tp-ben-tre-2018'));
  const benTre = reportCharts(ofReport('so-ket-kiem-nhiem-ben-tre-2021'));

  it("reportCharts(Bến Tre 2021) draws 1.017 as a composition of 2 + 26 + 180 + 809, labelled by the parts' notes", () => {
    const c = benTre.find((x) => x.kind === 'composition')!;
    expect(c.spec.total).toBe(1017);
    expect(c.spec.rows.map((r) => r.value)).toEqual([2, 26, 180, 809]);
    expect(c.spec.rows.map((r) => r.label)).toEqual(['Cấp tỉnh', 'Cấp huyện', 'Cấp xã', 'Cấp ấp, khu phố']);
    expect(c.spec.slug).toBe('co-cau-ben-tre-2021-kiem-nhiem-tong');
    expect(c.flags).toEqual([]);
  });

  it('reportCharts(Bến Tre City 2018) puts the four women-in-leadership rates on one progress chart, flagged exactly for 88/288 and 61/163', () => {
    const p = benTreCity.filter((x) => x.kind === 'progress');
    expect(p).toHaveLength(1);
    const rows = p[0]!.spec.rows;
    expect(rows.map((r) => `${r.value}/${r.total}`)).toEqual(['7/41', '34/87', '88/288', '61/163']);
    expect(rows.map((r) => r.target)).toEqual([15, 30, 25, 25]);
    expect(rows.filter((r) => r.flagged).map((r) => `${r.value}/${r.total}`)).toEqual(['88/288', '61/163']);
    expect(p[0]!.flags.join(' ')).toMatch(/38,6%, tính lại 30,56%.*38,65%, tính lại 37,42%/);
  });

  it('reportCharts gives ratios without a target one bar per figure, and no chart to bare counts', () => {
    const bars = benTreCity.filter((x) => x.kind === 'ratio-bars');
    expect(bars.map((b) => b.spec.rows.map((r) => `${r.value}/${r.total}`))).toEqual([['16/17']]);
    const samSon = reportCharts(ofReport('nhat-the-hoa-sam-son-2020'));
    const ratio = samSon.find((x) => x.kind === 'ratio-bars')!;
    expect(ratio.spec.rows.map((r) => r.label)).toEqual([
      'Chi bộ thực hiện nhất thể hóa',
      'Xã, phường nhất thể hóa hoàn toàn',
      'Xã, phường hợp nhất văn phòng',
    ]);
  });

  it('reportCharts names the source report and the reference date in the spec', () => {
    const c = benTre[0]!;
    expect(c.sources.map((s) => s.id)).toEqual(['so-ket-kiem-nhiem-ben-tre-2021']);
    expect(c.spec.source).toContain('23/9/2021');
    expect(c.spec.source).not.toContain('tạm ghi');
  });

  it('reportCharts says a date an editor wrote where the source gives none is a placeholder', () => {
    const [c] = reportCharts(ofReport('so-ket-kiem-nhiem-ben-tre-2021').map((f) => ({ ...f, derived: ['date' as const] })));
    expect(c!.spec.source).toContain('23/9/2021 (tạm ghi: nguồn không nêu thời điểm)');
  });
});

describe('indicatorComparison(indicator, figures)', () => {
  it("indicatorComparison draws one bar per unit, on each unit's latest figure", () => {
    const ind = indicators.find((i) => i.id === 'bi-thu-kiem-chu-tich-hdnd-xa')!;
    const extra: FigureInput[] = [
      { ...figures.find((f) => f.indicator === ind.id)!, id: 'x-old', date: '2017-01-01', value: 1, total: 17 },
      {
        ...figures.find((f) => f.indicator === ind.id)!,
        id: 'x-other',
        unit: 'ba-tri',
        unitData: { id: 'ba-tri', name: 'Huyện Ba Tri', level: 'huyen', parent: 'ben-tre' },
        unitLabel: 'Huyện Ba Tri (đến 30/6/2025)',
        value: 20,
        total: 22,
      },
    ];
    const c = indicatorComparison(ind, [...figures, ...extra])!;
    expect(c.kind).toBe('ratio-bars');
    // Ranked by share: 16/17 (94,1%) before 20/22 (90,9%).
    expect(c.spec.rows.map((r) => `${r.label} ${r.value}/${r.total}`)).toEqual([
      'Thành phố Bến Tre (đến 30/6/2025) 16/17',
      'Huyện Ba Tri (đến 30/6/2025) 20/22',
    ]);
  });

  it('indicatorComparison charts a percent as progress and a count with parts as its composition', () => {
    expect(
      indicatorComparison(
        indicators.find((i) => i.id === 'bi-thu-xa-khong-phai-nguoi-dia-phuong')!,
        figures,
      )!.kind,
    ).toBe('progress');
    expect(
      indicatorComparison(
        indicators.find((i) => i.id === 'truong-hop-kiem-nhiem')!,
        figures,
      )!.kind,
    ).toBe('composition');
    expect(
      indicatorComparison(
        indicators.find((i) => i.id === 'mo-hinh-kiem-nhiem')!,
        figures,
      ),
    ).toBeUndefined();
  });

  it('a time series appears once an indicator has several dates for a unit', () => {
    const f = figures.find((x) => x.id === 'tp-ben-tre-2018-bi-thu-kiem-chu-tich-hdnd')!;
    const later = { ...f, id: 'tp-ben-tre-2021-bi-thu', date: '2021-09-23', value: 17 };
    const kinds = allCharts([...figures, later], indicators).filter((c) => c.kind === 'time-series');
    expect(kinds.map((c) => c.spec.slug)).toEqual(['dien-bien-bi-thu-kiem-chu-tich-hdnd-xa-tp-ben-tre']);
  });
});

describe('indicator charts whatever the order of the figures', () => {
  it('indicatorComparison and indicatorCharts pick the same charts from figures in any order, as the pages and the data files must', () => {
    // A count indicator with a series in each of two units: the comparison is one of the series.
    const f = figures.find((x) => x.id === 'tp-ben-tre-2018-bi-thu-kiem-chu-tich-hdnd')!;
    const count = { ...f.indicatorData, id: 'dem-thu', measure: 'count' as const };
    const other = figures.find((x) => x.unit !== f.unit)!;
    const series = [
      { ...f, id: 'a-1', indicator: count.id, indicatorData: count, date: '2019-01-01', total: undefined, row: 901 },
      { ...f, id: 'a-2', indicator: count.id, indicatorData: count, date: '2020-01-01', total: undefined, row: 902 },
      { ...other, id: 'b-1', indicator: count.id, indicatorData: count, date: '2019-01-01', value: 3, total: undefined, row: 903 },
      { ...other, id: 'b-2', indicator: count.id, indicatorData: count, date: '2020-01-01', value: 4, total: undefined, row: 904 },
    ] as FigureInput[];
    const slugs = (figs: FigureInput[]) => [
      indicatorComparison(count, figs)?.spec.slug,
      ...indicatorCharts(count, figs).map((c) => c.spec.slug),
    ];
    const expected = slugs(series);
    expect(expected[0]).toMatch(/^dien-bien-dem-thu-/);
    for (const order of [[...series].reverse(), [series[2]!, series[0]!, series[3]!, series[1]!]]) expect(slugs(order)).toEqual(expected);
  });
});

describe('allCharts(figures, indicators)', () => {
  const all = allCharts(figures, indicators);
  it('allCharts gives every chart a unique, ASCII slug, the same on every call', () => {
    const slugs = all.map((c) => c.spec.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const s of slugs) expect(s).toMatch(/^[a-z0-9][a-z0-9-]*$/);
    expect(allCharts(figures, indicators).map((c) => c.spec.slug)).toEqual(slugs);
  });

  it('every chart renders without NaN, with role="img", <title> and <desc>', () => {
    for (const c of all) {
      const svg = charts[c.kind](c.spec);
      expect(svg, c.spec.slug).not.toMatch(/NaN|undefined/);
      expect(svg).toContain('role="img"');
      expect(svg).toMatch(/<title id="[^"]+">[^<]+<\/title>\n<desc id="[^"]+">[^<]+<\/desc>/);
    }
  });

  it('src/styles/charts.css carries chartCss verbatim, so the palette has one source', () => {
    expect(readFileSync(join(ROOT, 'src', 'styles', 'charts.css'), 'utf8')).toContain(chartCss);
  });

  it('slugify keeps long id lists short and deterministic', () => {
    const long = slugify(`bai-viet-x-${'a-very-long-observation-id-'.repeat(6)}`);
    expect(long.length).toBeLessThanOrEqual(80);
    expect(long).toBe(slugify(`bai-viet-x-${'a-very-long-observation-id-'.repeat(6)}`));
  });
});

describe('<Chart> in an article', () => {
  it('chartFromIds reads the chart kind from the figures when no type is given', () => {
    const c = chartFromIds(['tp-ben-tre-2018-nu-bch-dang-bo-xa', 'tp-ben-tre-2018-nu-can-bo-chuyen-trach-xa'], figures, { scope: 'bai' })!;
    expect(c.kind).toBe('progress');
    expect(chartFromIds(['ben-tre-2021-kiem-nhiem-tong'], figures, { scope: 'bai' })!.kind).toBe('composition');
  });

  it('articleCharts(corpus, base, isPublic)(scope) renders a figure with the SVG, the data table and the source, under the base path', () => {
    const html = articleCharts(corpus, '/portal/', () => true)('bai')({ observations: 'ben-tre-2021-kiem-nhiem-tong', title: 'Theo cấp' });
    expect(html).toMatch(/^<figure class="chart" id="bieu-do-/);
    expect(html).toContain('<details class="data-table">');
    expect(html).toContain('href="/portal/hoi-nghi/so-ket-kiem-nhiem-ben-tre-2021/"');
    expect(html).toContain('href="/portal/du-lieu/bieu-do/co-cau-ben-tre-2021-kiem-nhiem-tong.csv"');
    const flagged = renderChartFigure(
      reportCharts(ofReport('so-ket-de-an-01-tp-ben-tre-2018')).find((c) => c.kind === 'progress')!,
      { base: '/' },
    );
    expect(flagged).toContain('class="chart-flag"');
  });

  it('validateProject reports an unknown observation id in <Chart> as a located foreign-key error', () => {
    const p = projectWith();
    try {
      const file = join(p.root, 'content', 'conferences', 'hoi-nghi-a.mdx');
      expect(readFileSync(file, 'utf8')).toContain('Callout');
      appendFileSync(file, '\n<Chart observations="tong khong-co" />\n');
      const issues = validateProject(p.root).issues.filter((i) => i.code === 'foreign-key');
      expect(issues).toHaveLength(1);
      expect(issues[0]).toMatchObject({ field: 'Chart.observations', value: 'khong-co' });
      expect(issues[0]!.file).toContain('hoi-nghi-a.mdx');
      expect(issues[0]!.line).toBeGreaterThan(1);
    } finally {
      p.cleanup();
    }
  });
});
