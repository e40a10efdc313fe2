import { describe, expect, it } from 'vitest';
import { chartTable } from './table.ts';
import { composition } from './composition.ts';
import { progress } from './progress.ts';
import { ratioBars } from './ratio-bars.ts';
import {
  benTreLevels,
  benTreWomen,
  concurrentRatios,
  levelsMismatch,
  ratioEdgeCases,
  syntheticSeries,
  texts,
} from '../../tests/chart-fixtures.ts';

function cells(html: string): string[] {
  return [...html.matchAll(/<t[hd][^>]*>([^<]*)<\/t[hd]>/g)].map((m) => m[1]!);
}

describe('chartTable', () => {
  it('chartTable(spec, "ratio-bars") writes a caption, scoped headers and one row per unit', () => {
    const html = chartTable(concurrentRatios, 'ratio-bars');
    expect(html).toContain(`<caption>${concurrentRatios.title}</caption>`);
    expect(html).toContain(
      '<th scope="col">Đơn vị</th><th scope="col">Số lượng</th><th scope="col">Tổng số</th><th scope="col">Tỷ lệ (tính ra)</th>',
    );
    expect(html.match(/<th scope="row">/g)).toHaveLength(4);
    expect(html).not.toContain('Mục tiêu');
    expect(html).not.toContain('Ghi chú');
  });

  it('chartTable(spec, "ratio-bars") prints the same shares as the chart', () => {
    const chartTexts = texts(ratioBars(concurrentRatios));
    for (const share of cells(chartTable(concurrentRatios, 'ratio-bars')).filter((c) => c.endsWith('%'))) {
      expect(chartTexts.some((t) => t.includes(`(${share})`))).toBe(true);
    }
  });

  it('chartTable(spec, "ratio-bars") names a share that cannot exist and flags a mismatched row', () => {
    const c = cells(chartTable(ratioEdgeCases, 'ratio-bars'));
    expect(c).toContain('không tính được (tổng số 0)');
    expect(c).toEqual(expect.arrayContaining(['Mục tiêu', '100%', 'Số nguồn in', '5/8', 'Ghi chú', '⚑ Không khớp phép tính', 'trên 3']));
  });

  it('chartTable(spec, "composition") writes parts with shares and the total in the footer', () => {
    const html = chartTable(benTreLevels, 'composition');
    expect(cells(html)).toEqual([
      'Thành phần',
      'Số lượng',
      'Tỷ trọng (tính ra)',
      'Cấp tỉnh',
      '2',
      '0,2%',
      'Cấp huyện',
      '26',
      '2,6%',
      'Cấp xã',
      '180',
      '17,7%',
      'Cấp ấp, khu phố',
      '809',
      '79,5%',
      'Tổng',
      '1.017',
      '100%',
    ]);
    const chartTexts = texts(composition(benTreLevels));
    expect(chartTexts).toContain('809 (79,5%)');
  });

  it('chartTable(spec, "composition") adds the parts sum and a flag when it misses the total', () => {
    const c = cells(chartTable(levelsMismatch, 'composition'));
    expect(c).toEqual(expect.arrayContaining(['Cộng các phần', '1.008', '⚑ không khớp — in: 1.017 · tính: 1.008']));
  });

  it('chartTable(spec, "progress") prints printed and computed rates side by side with the flag', () => {
    const html = chartTable(benTreWomen, 'progress');
    expect(html).toContain(
      '<tr><th scope="row">Ban Chấp hành đảng bộ xã, phường</th><td class="num">88/288</td><td class="num">30,56%</td><td class="num">25%</td><td>38,6%</td><td>⚑ Không khớp phép tính</td></tr>',
    );
    const chartTexts = texts(progress(benTreWomen));
    for (const rate of ['17,07%', '39,08%', '30,56%', '37,42%']) {
      expect(cells(html)).toContain(rate);
      expect(chartTexts).toContain(rate);
    }
  });

  it('chartTable(spec, "time-series") writes one row per date, in date order', () => {
    const c = cells(chartTable(syntheticSeries(3), 'time-series'));
    expect(c.filter((v) => /^\d+\/\d+\/\d{4}$/.test(v))).toEqual(['15/1/2000', '15/2/2000', '15/3/2000']);
  });

  it('chartTable(spec, kind) says "Chưa có số liệu" for a spec without rows', () => {
    expect(chartTable({ ...benTreWomen, rows: [] }, 'progress')).toContain('<td colspan="2">Chưa có số liệu</td>');
  });

  it('chartTable(spec, kind) escapes text from the spec', () => {
    const spec = { ...benTreLevels, title: 'A < B & "C"', rows: [{ label: '<b>x</b>', value: 1 }] };
    const html = chartTable(spec, 'composition');
    expect(html).toContain('<caption>A &lt; B &amp; &quot;C&quot;</caption>');
    expect(html).toContain('&lt;b&gt;x&lt;/b&gt;');
  });
});
