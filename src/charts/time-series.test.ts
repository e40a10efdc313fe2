import { describe, expect, it } from 'vitest';
import { thinLabels, timeSeries } from './time-series.ts';
import { benTreSeries, countClass, expectWellFormedChart, syntheticSeries, texts } from '../../tests/chart-fixtures.ts';

describe('timeSeries', () => {
  it('timeSeries(spec) matches the stored drawing of a single dated figure', async () => {
    await expect(timeSeries(benTreSeries)).toMatchFileSnapshot('./__snapshots__/time-series-1.svg');
  });

  it('timeSeries(spec) matches the stored drawing of 50 points', async () => {
    await expect(timeSeries(syntheticSeries(50))).toMatchFileSnapshot('./__snapshots__/time-series-50.svg');
  });

  it('timeSeries(spec) draws one centred point and no line for a single date', () => {
    const svg = timeSeries(benTreSeries);
    expectWellFormedChart(svg, benTreSeries);
    expect(countClass(svg, 'circle', 'point')).toBe(1);
    expect(countClass(svg, 'path', 'line')).toBe(0);
    const cx = Number(/<circle class="point" cx="([\d.]+)"/.exec(svg)![1]);
    expect(cx).toBeGreaterThan(200);
    expect(cx).toBeLessThan(300);
    expect(texts(svg)).toEqual(expect.arrayContaining(['94,1%', '25/10/2018']));
  });

  it('timeSeries(spec) plots shares in percent when every point has a total', () => {
    const svg = timeSeries(benTreSeries);
    expect(texts(svg)).toEqual(expect.arrayContaining(['0%', '100%']));
    expect(svg).toContain('Thành phố Bến Tre, xã, phường có bí thư đảng ủy kiêm chủ tịch HĐND: 94,1% (25/10/2018)');
  });

  it('timeSeries(spec) draws one line and one point per date with 50 points', () => {
    const spec = syntheticSeries(50);
    const svg = timeSeries(spec);
    expectWellFormedChart(svg, spec);
    expect(countClass(svg, 'path', 'line')).toBe(1);
    expect(countClass(svg, 'circle', 'point')).toBe(50);
  });

  it('timeSeries(spec) thins 50 labels so that none overlap, keeping the first and the last', () => {
    const svg = timeSeries(syntheticSeries(50));
    const valueLabels = [...svg.matchAll(/<text class="value[^"]*" x="([\d.]+)"[^>]*>([^<]*)</g)];
    expect(valueLabels.length).toBeGreaterThan(2);
    expect(valueLabels.length).toBeLessThan(50);
    const dateLabels = [...svg.matchAll(/<text class="muted" x="([\d.]+)" y="[\d.]+" font-size="14" text-anchor="middle"[^>]*>([^<]*)</g)];
    expect(dateLabels.map((m) => m[2])).toEqual(expect.arrayContaining(['15/1/2000', '15/2/2004']));
    const xs = dateLabels.map((m) => Number(m[1])).sort((a, b) => a - b);
    for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).toBeGreaterThan(60);
  });

  it('timeSeries(spec) marks a flagged point with ⚑ and notes the printed and computed figures', () => {
    const svg = timeSeries(syntheticSeries(50));
    expect(countClass(svg, 'circle', 'flagged')).toBe(1);
    const t = texts(svg);
    expect(t).toContain('⚑ 181');
    expect(t).toContain('15/8/2000: ⚑ không khớp — in: 999 · tính: 181');
  });

  it('timeSeries(spec) sorts points by date and describes the range', () => {
    const spec = syntheticSeries(3);
    const svg = timeSeries({ ...spec, rows: [...spec.rows].reverse() });
    expect(svg).toContain(
      'Đơn vị thử: 3 mốc từ 15/1/2000 đến 15/3/2000, từ 100 đến 156; cao nhất 243 (15/2/2000), thấp nhất 100 (15/1/2000).',
    );
  });

  it('timeSeries(spec) returns the same string twice', () => {
    expect(timeSeries(syntheticSeries(50))).toBe(timeSeries(syntheticSeries(50)));
  });

  it('timeSeries(spec) says "Chưa có số liệu" when there are no points', () => {
    expect(texts(timeSeries({ ...benTreSeries, rows: [] }))).toEqual(['Chưa có số liệu']);
  });

  it('timeSeries(spec) rejects a point without a date and a mix of shares and counts', () => {
    const spec = {
      ...benTreSeries,
      rows: [
        { label: 'X', value: 1 },
        { label: 'Y', value: 2, total: 3, date: '2020-02-30' },
      ],
    };
    expect(() => timeSeries(spec)).toThrow(
      /row 1 \("X"\): date is missing[\s\S]*row 2 \("Y"\): no such day[\s\S]*either every point has a total/,
    );
  });
});

describe('thinLabels', () => {
  it('thinLabels(items, priority, gap) keeps priority labels and drops overlapping ones', () => {
    const items = [0, 10, 20, 30, 100].map((x) => ({ x, width: 20 }));
    expect([...thinLabels(items, [4, 0], 2)].sort((a, b) => a - b)).toEqual([0, 3, 4]);
  });
});
