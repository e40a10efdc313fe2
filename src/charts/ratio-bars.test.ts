import { describe, expect, it } from 'vitest';
import { ratioBars } from './ratio-bars.ts';
import {
  benTreSecretaries,
  concurrentRatios,
  countClass,
  expectWellFormedChart,
  ratioEdgeCases,
  texts,
} from '../../tests/chart-fixtures.ts';

describe('ratioBars', () => {
  it('ratioBars(spec) matches the stored drawing of the four count-of-total figures', async () => {
    await expect(ratioBars(concurrentRatios)).toMatchFileSnapshot('./__snapshots__/ratio-bars.svg');
  });

  it('ratioBars(spec) matches the stored drawing of the edge cases', async () => {
    await expect(ratioBars(ratioEdgeCases)).toMatchFileSnapshot('./__snapshots__/ratio-bars-edge.svg');
  });

  it('ratioBars(spec) draws one bar per unit with its count and total', () => {
    const svg = ratioBars(concurrentRatios);
    expect(countClass(svg, 'rect', 'bar')).toBe(4);
    expect(countClass(svg, 'rect', 'track')).toBe(4);
    const t = texts(svg);
    for (const label of ['16/17 (94,1%)', '55/86 (64,0%)', '5/11 (45,5%)', '4/11 (36,4%)']) expect(t).toContain(label);
  });

  it('ratioBars(spec) writes every unit label, wrapping long ones', () => {
    const joined = texts(ratioBars(concurrentRatios)).join(' ');
    for (const row of concurrentRatios.rows) expect(joined).toContain(row.label);
  });

  it('ratioBars(spec) is a well-formed accessible SVG whose ids derive from the slug', () => {
    const svg = ratioBars(concurrentRatios);
    expectWellFormedChart(svg, concurrentRatios);
    expect(svg).toContain('<title id="ty-le-kiem-nhiem-nhat-the-hoa-title">');
  });

  it('ratioBars(spec) draws the 0–100% axis with the 100% mark', () => {
    const svg = ratioBars(concurrentRatios);
    expect(countClass(svg, 'line', 'mark-100')).toBe(4 + 1); // one per bar + the axis tick
    expect(texts(svg)).toEqual(expect.arrayContaining(['0%', '25%', '50%', '75%', '100%']));
  });

  it('ratioBars(spec) describes each figure in a Vietnamese sentence with the source', () => {
    const svg = ratioBars(benTreSecretaries);
    expect(svg).toContain(
      '<desc id="ben-tre-bi-thu-kiem-chu-tich-hdnd-desc">Thành phố Bến Tre: 16 trên 17 xã, phường có bí thư đảng ủy kiêm chủ tịch HĐND (94,1%); nguồn: Báo cáo sơ kết của Thành ủy Bến Tre, 25/10/2018.</desc>',
    );
  });

  it('ratioBars(spec) draws a target tick and a legend only where a row has a target', () => {
    expect(countClass(ratioBars(ratioEdgeCases), 'line', 'target')).toBe(2); // row A + legend
    expect(countClass(ratioBars(concurrentRatios), 'line', 'target')).toBe(0);
  });

  it('ratioBars(spec) clamps a count above its total to 100% but writes the true figure', () => {
    const svg = ratioBars(ratioEdgeCases);
    expectWellFormedChart(svg, ratioEdgeCases);
    const bars = [...svg.matchAll(/<rect class="bar[^"]*" x="([\d.]+)" y="[\d.]+" width="([\d.]+)"/g)];
    const tracks = [...svg.matchAll(/<rect class="track" x="[\d.]+" y="[\d.]+" width="([\d.]+)"/g)];
    expect(bars[1]![2]).toBe(tracks[1]![1]);
    expect(texts(svg)).toContain('12/10 (120,0%)');
    expect(svg).toMatch(/Đơn vị B: 12 trên 10 đơn vị đạt \(120,0%\) \(số đếm lớn hơn tổng số\)/);
  });

  it('ratioBars(spec) writes "0/0" and a zero-width bar for a zero total', () => {
    const svg = ratioBars(ratioEdgeCases);
    expect(texts(svg)).toContain('0/0');
    const bars = [...svg.matchAll(/<rect class="bar[^"]*" x="[\d.]+" y="[\d.]+" width="([\d.]+)"/g)];
    expect(bars[2]![1]).toBe('0');
  });

  it('ratioBars(spec) shows the printed and the computed figure of a flagged row, with ⚑ and words', () => {
    const svg = ratioBars(ratioEdgeCases);
    expect(countClass(svg, 'rect', 'flagged')).toBe(1);
    expect(texts(svg).join(' ')).toContain('⚑ không khớp — in: 5/8 · tính: trên 3/8 (37,5%)');
    expect(svg).toMatch(/Đơn vị D: trên 3 trong tổng số 8 đơn vị đạt \(37,5%\), nguồn in 5\/8, không khớp phép tính/);
  });

  it('ratioBars(spec) returns the same string twice', () => {
    expect(ratioBars(concurrentRatios)).toBe(ratioBars(structuredClone(concurrentRatios)));
  });

  it('ratioBars(spec) says "Chưa có số liệu" when there are no rows', () => {
    const spec = { ...benTreSecretaries, rows: [] };
    const svg = ratioBars(spec);
    expectWellFormedChart(svg, spec);
    expect(texts(svg)).toEqual(['Chưa có số liệu']);
  });

  it('ratioBars(spec) rejects a row without a total and a NaN value, naming both rows', () => {
    const spec = {
      ...benTreSecretaries,
      rows: [
        { label: 'X', value: 3 },
        { label: 'Y', value: Number.NaN, total: 4 },
      ],
    };
    expect(() => ratioBars(spec)).toThrow(/row 1 \("X"\): total is missing[\s\S]*row 2 \("Y"\): value must be a finite number, got NaN/);
  });

  it('ratioBars(spec) rejects a slug that cannot be an id', () => {
    expect(() => ratioBars({ ...benTreSecretaries, slug: 'bến tre' })).toThrow(/chart slug must be ASCII/);
  });
});
