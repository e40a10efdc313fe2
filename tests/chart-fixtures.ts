/**
 * Test data for the chart tests: the real figures of the source reports
 * (the sample reports of Bến Tre and Sầm Sơn), plus clearly synthetic edge cases.
 * Not imported by any chart.
 */
import { expect } from 'vitest';
import type { ChartSpec } from '../src/charts/types.ts';

/** R3 (Bến Tre City, 25/10/2018): one unit, one indicator. */
export const benTreSecretaries: ChartSpec = {
  slug: 'ben-tre-bi-thu-kiem-chu-tich-hdnd',
  title: 'Bí thư đảng ủy kiêm chủ tịch HĐND xã, phường, thành phố Bến Tre',
  subject: 'xã, phường có bí thư đảng ủy kiêm chủ tịch HĐND',
  source: 'Báo cáo sơ kết của Thành ủy Bến Tre, 25/10/2018',
  rows: [{ label: 'Thành phố Bến Tre', value: 16, total: 17, date: '2018-10-25' }],
};

/** R3 and R5: the four count-of-total figures the reports give. */
export const concurrentRatios: ChartSpec = {
  slug: 'ty-le-kiem-nhiem-nhat-the-hoa',
  title: 'Kiêm nhiệm và nhất thể hóa ở thành phố Bến Tre và thành phố Sầm Sơn',
  source: 'Cổng thông tin UBND thành phố Bến Tre, 26/10/2018; Báo Thanh Hóa, tháng 3/2020',
  rows: [
    { label: 'Bến Tre: xã, phường có bí thư đảng ủy kiêm chủ tịch HĐND', value: 16, total: 17, date: '2018-10-25' },
    { label: 'Sầm Sơn: chi bộ thực hiện nhất thể hóa', value: 55, total: 86, date: '2020-03' },
    { label: 'Sầm Sơn: xã, phường nhất thể hóa hoàn toàn', value: 5, total: 11, date: '2020-03' },
    {
      label: 'Sầm Sơn: xã, phường hợp nhất văn phòng đảng ủy với văn phòng HĐND – UBND',
      value: 4,
      total: 11,
      date: '2020-03',
    },
  ],
};

/** Synthetic: a target, a count above its total, a zero total, a flagged row. */
export const ratioEdgeCases: ChartSpec = {
  slug: 'ratio-edge-cases',
  title: 'Trường hợp biên (dữ liệu thử)',
  subject: 'đơn vị đạt',
  rows: [
    { label: 'Đơn vị A', value: 9, total: 10, target: 100 },
    { label: 'Đơn vị B', value: 12, total: 10 },
    { label: 'Đơn vị C', value: 0, total: 0 },
    { label: 'Đơn vị D', value: 3, total: 8, printed: '5/8', flagged: true, qualifier: 'over' },
  ],
};

/** R2 (Bến Tre province, 23/9/2021): 1.017 = 2 + 26 + 180 + 809. */
export const benTreLevels: ChartSpec = {
  slug: 'ben-tre-kiem-nhiem-theo-cap',
  title: 'Các trường hợp kiêm nhiệm, nhất thể hóa ở tỉnh Bến Tre theo cấp',
  subject: 'trường hợp kiêm nhiệm, nhất thể hóa',
  source: 'Hội nghị sơ kết của Ban Thường vụ Tỉnh ủy Bến Tre, 23/9/2021',
  total: 1017,
  rows: [
    { label: 'Cấp tỉnh', value: 2 },
    { label: 'Cấp huyện', value: 26 },
    { label: 'Cấp xã', value: 180 },
    { label: 'Cấp ấp, khu phố', value: 809 },
  ],
};

/** Synthetic: the R2 levels with one part altered, so the parts no longer add up to 1.017. */
export const levelsMismatch: ChartSpec = {
  ...benTreLevels,
  slug: 'tong-khong-khop',
  title: 'Tổng không khớp các phần (dữ liệu thử)',
  rows: benTreLevels.rows.map((r) => (r.value === 809 ? { ...r, value: 800, printed: '809', flagged: true } : r)),
};

/** R3: women in leadership against targets; the last two printed rates do not match their counts. */
export const benTreWomen: ChartSpec = {
  slug: 'ben-tre-can-bo-nu',
  title: 'Tỷ lệ cán bộ nữ tham gia lãnh đạo, thành phố Bến Tre',
  subject: 'nữ',
  source: 'Báo cáo sơ kết Đề án 01-ĐA/TU của Thành ủy Bến Tre, 25/10/2018',
  rows: [
    { label: 'Ban Chấp hành Đảng bộ thành phố', value: 7, total: 41, target: 15, printed: '17,07%' },
    { label: 'Trưởng, phó phòng, ban thành phố và tương đương', value: 34, total: 87, target: 30, printed: '39,08%' },
    { label: 'Ban Chấp hành đảng bộ xã, phường', value: 88, total: 288, target: 25, printed: '38,6%', flagged: true },
    { label: 'Cán bộ chuyên trách xã, phường', value: 61, total: 163, target: 25, printed: '38,65%', flagged: true },
  ],
};

/**
 * One indicator and unit at several dates. The reports give one date per figure, so the
 * series uses the real R3 figure and the R1 target year; the 50-point series is synthetic.
 */
export const benTreSeries: ChartSpec = {
  slug: 'ben-tre-chuoi-thoi-gian',
  title: 'Xã, phường có bí thư đảng ủy kiêm chủ tịch HĐND, thành phố Bến Tre',
  subject: 'xã, phường có bí thư đảng ủy kiêm chủ tịch HĐND',
  source: 'Báo cáo sơ kết của Thành ủy Bến Tre, 25/10/2018',
  rows: [{ label: 'Thành phố Bến Tre', value: 16, total: 17, date: '2018-10-25', printed: '16/17' }],
};

export function syntheticSeries(n: number): ChartSpec {
  return {
    slug: `chuoi-thu-${n}-moc`,
    title: `Chuỗi thử ${n} mốc (dữ liệu thử)`,
    rows: Array.from({ length: n }, (_, i) => ({
      label: 'Đơn vị thử',
      // Deterministic, uneven values: no randomness in tests.
      value: 100 + ((i * 37) % 23) * 10 + i * 3,
      date: `${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-15`,
      ...(i === 7 ? { flagged: true, printed: '999' } : {}),
    })),
  };
}

/** Structural checks every chart must pass, whatever it draws. */
export function expectWellFormedChart(svg: string, spec: ChartSpec): void {
  const open = /^<svg [^>]*>/.exec(svg)?.[0] ?? '';
  expect(open).toMatch(/ role="img"/);
  expect(open).toMatch(new RegExp(` aria-labelledby="${spec.slug}-title ${spec.slug}-desc"`));
  expect(open).toMatch(/ viewBox="0 0 \d+(\.\d)? \d+(\.\d)?"/);
  expect(open).not.toMatch(/ (width|height)=/);
  // <title> then <desc>, before anything drawn.
  expect(svg).toMatch(
    new RegExp(`^<svg [^>]*>\\n<title id="${spec.slug}-title">[^<]+</title>\\n<desc id="${spec.slug}-desc">[^<]+</desc>\\n`),
  );
  expect(svg).not.toMatch(/NaN|undefined|Infinity|null/);
  // Every numeric attribute has at most one decimal.
  const attrNumbers = [...svg.matchAll(/ [a-z-]+="(-?[\d.]+)"/gi)].map((m) => m[1]!);
  expect(attrNumbers.filter((v) => /\.\d{2,}/.test(v))).toEqual([]);
  const pathNumbers = [...svg.matchAll(/ d="([^"]*)"/g)].flatMap((m) => m[1]!.match(/-?[\d.]+/g) ?? []);
  expect(pathNumbers.filter((v) => /\.\d{2,}/.test(v))).toEqual([]);
  // Readable on a phone: no text smaller than 14 user units at the default 480 width.
  const sizes = [...svg.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
  expect(Math.min(...sizes)).toBeGreaterThanOrEqual(14);
  expect(svg.match(/<text /g)?.length ?? 0).toBe(svg.match(/<\/text>/g)?.length ?? 0);
}

/** Content of every `<text>`, unescaped enough for assertions. */
export function texts(svg: string): string[] {
  return [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) =>
    m[1]!
      .replace(/\u00a0/g, ' ')
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'"),
  );
}

/** Count of elements whose class list contains `cls`. */
export function countClass(svg: string, tag: string, cls: string): number {
  return [...svg.matchAll(new RegExp(`<${tag} class="([^"]*)"`, 'g'))].filter((m) => m[1]!.split(' ').includes(cls)).length;
}
