import { describe, expect, it } from 'vitest';
import { ratioBars } from './ratio-bars.ts';
import { progress } from './progress.ts';
import { chartTable } from './table.ts';
import { compactDefaults } from './compact-rows.ts';
import { expectWellFormedChart } from '../../tests/chart-fixtures.ts';
import type { ChartSpec } from './types.ts';

/** A hundred communes with shares from 0 to 100%, some repeated, in no particular order. */
const hundred: ChartSpec = {
  slug: 'so-sanh-100',
  title: 'Một trăm xã (dữ liệu thử)',
  rows: Array.from({ length: 100 }, (_, i) => ({ label: `Xã Thử ${(i * 37) % 100} (Tỉnh ${i % 7})`, value: (i * 13) % 22, total: 21 })),
};
const height = (svg: string) => Number(/viewBox="0 0 [\d.]+ ([\d.]+)"/.exec(svg)![1]);
const values = (svg: string) => [...svg.matchAll(/<text class="value[^"]*"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);

describe('compact rows', () => {
  it('ratioBars(spec) with a hundred rows stays within one row pitch per unit (plus axis)', () => {
    const svg = ratioBars(hundred);
    expectWellFormedChart(svg, hundred);
    expect(height(svg)).toBeLessThanOrEqual(100 * compactDefaults.pitch + 80);
    // At 390 px wide (viewBox 480 scaled to ~360 px) that is under two phone screens of ~800 px.
    expect((height(svg) * 360) / 480).toBeLessThan(1600);
  });

  it('ratioBars(spec) writes every share with the same decimals', () => {
    const shares = values(ratioBars(hundred))
      .map((v) => /\(([\d,]+)%\)/.exec(v)?.[1])
      .filter(Boolean) as string[];
    expect(shares).toHaveLength(100);
    const decimals = new Set(shares.map((s) => s.split(',')[1]?.length ?? 0));
    expect([...decimals]).toEqual([1]);
    expect(shares).toContain('100,0');
  });

  it('progress(spec) with many rows keeps its ⚑ beside the value and its rows in the given order', () => {
    const spec: ChartSpec = {
      ...hundred,
      slug: 'tien-do-100',
      rows: hundred.rows.map((r, i) => ({ ...r, flagged: i === 3, printed: i === 3 ? '99%' : undefined })),
    };
    const svg = progress(spec);
    expect(values(svg)[3]).toMatch(/^⚑ /);
    const labels = [...svg.matchAll(/<text class="label"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(labels).toEqual(spec.rows.map((r) => r.label));
    expect(chartTable(spec, 'progress').match(/<tr>/g)!.length).toBe(101);
  });

  it('a reference row is drawn apart in its own class', () => {
    const spec: ChartSpec = { ...hundred, rows: [{ label: 'Tỉnh 1 · cấp trên', value: 5, total: 10, reference: true }, ...hundred.rows] };
    expect(ratioBars(spec)).toMatch(/<rect class="bar reference"/);
  });
});
