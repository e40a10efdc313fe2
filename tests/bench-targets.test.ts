/** The benchmark prints each figure beside its target: the right bound for each size, met or not. */
import { describe, expect, it } from 'vitest';
import { targetRows } from '../scripts/bench/targets.ts';

const figures = (over: Record<string, unknown> = {}) => ({
  ours: { wallS: 30, peakRssMb: 1000 },
  rebuild: { wallS: 6 },
  bare: { wallS: 20 },
  barePagefind: { wallS: 5 },
  search: {
    first: { gzipBytes: 150 * 1024 },
    later: [
      { query: 'a', gzipBytes: 20 * 1024 },
      { query: 'b', gzipBytes: 31 * 1024 },
    ],
  },
  rows: { rows: 1_000_000, totalMs: 1900, peakRssMb: 1100 },
  ...over,
});
const row = (rows: ReturnType<typeof targetRows>, start: string) => rows.find((r) => r.figure.startsWith(start))!;

describe('benchmark targets', () => {
  it('bounds the first query at 120 KB for 1,000 articles and 250 KB up to 10,000', () => {
    expect(row(targetRows(1000, figures()), 'first search').met).toBe(false);
    const at5k = row(targetRows(5000, figures()), 'first search');
    expect(at5k).toMatchObject({ measured: '150 KB', met: true });
    expect(at5k.target).toContain("10,000 articles' bound");
    expect(row(targetRows(10000, figures()), 'first search').target).toBe('≤ 250 KB');
  });
  it('takes the largest later query and bounds it at 30 KB', () => {
    expect(row(targetRows(1000, figures()), 'later query')).toMatchObject({ measured: '31 KB (“b”)', met: false });
  });
  it('bounds the rebuild at a fifth of the cold build of the same run', () => {
    expect(row(targetRows(1000, figures()), 'rebuild')).toMatchObject({ measured: '0.20× (6.0 s)', target: '≤ 0.2×', met: true });
    expect(row(targetRows(10000, figures({ rebuild: { wallS: 6.3 } })), 'rebuild').met).toBe(false);
  });
  it('compares the cold build with bare Astro plus the Pagefind CLI, and says when a part was not measured', () => {
    expect(row(targetRows(1000, figures()), 'cold build')).toMatchObject({ measured: '1.20× (25.0 s)', met: true });
    expect(row(targetRows(1000, figures({ barePagefind: { wallS: 4 } })), 'cold build').met).toBe(false);
    expect(row(targetRows(1000, figures({ bare: undefined })), 'cold build').met).toBeUndefined();
    expect(row(targetRows(1000, figures({ barePagefind: undefined })), 'cold build').met).toBeUndefined();
    expect(row(targetRows(1000, figures({ search: undefined })), 'first search').measured).toBe('not measured');
    expect(row(targetRows(1000, figures({ rebuild: undefined })), 'rebuild').met).toBeUndefined();
  });
  it('bounds the million rows at 2 s and 1 GB', () => {
    const rows = targetRows(1000, figures());
    expect(row(rows, '1,000,000 observation rows').met).toBe(true);
    expect(row(rows, 'the same, peak memory').met).toBe(false);
  });
  it('bounds each kind of edit, title and figure as well as body, at a fifth of the cold build', () => {
    const rows = targetRows(1000, figures({ rebuilds: { body: { wallS: 6 }, title: { wallS: 12 }, figure: { wallS: 3 } } }));
    expect(row(rows, 'rebuild after one article edited (body)').met).toBe(true);
    expect(row(rows, 'rebuild after one article edited (title)')).toMatchObject({ measured: '0.40× (12.0 s)', met: false });
    expect(row(rows, 'rebuild after one article edited (figure)').met).toBe(true);
  });
  it('bounds dist/ at 300 MB for 10,000 articles and judges no smaller site by it', () => {
    expect(row(targetRows(10000, figures({ ours: { wallS: 30, peakRssMb: 1, dist: { bytes: 630e6 } } })), 'dist/')).toMatchObject({
      measured: '630.0 MB',
      target: '≤ 300 MB',
      met: false,
    });
    const small = row(targetRows(1000, figures({ ours: { wallS: 30, peakRssMb: 1, dist: { bytes: 90e6 } } })), 'dist/');
    expect(small.target).toContain("10,000 articles' bound");
    expect(small.met).toBeUndefined();
  });
  it('bounds the preview edit at 2 s by its slowest save, at 1,000 articles', () => {
    const dev = (editsS: number[]) => ({ dev: { readyS: 10, firstPageS: 14, editsS } });
    expect(row(targetRows(1000, figures(dev([1.5, 1.9]))), 'npm run dev').met).toBe(true);
    expect(row(targetRows(1000, figures(dev([1.5, 2.4]))), 'npm run dev')).toMatchObject({
      measured: expect.stringMatching(/^2\.40 s/),
      met: false,
    });
    expect(row(targetRows(1000, figures()), 'npm run dev').met).toBeUndefined();
    expect(row(targetRows(10000, figures()), 'npm run dev')).toBeUndefined();
  });
});
