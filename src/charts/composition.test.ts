import { describe, expect, it } from 'vitest';
import { composition } from './composition.ts';
import { benTreLevels, countClass, expectWellFormedChart, levelsMismatch, texts } from '../../tests/chart-fixtures.ts';

describe('composition', () => {
  it('composition(spec) matches the stored drawing of 1.017 cases by level', async () => {
    await expect(composition(benTreLevels)).toMatchFileSnapshot('./__snapshots__/composition.svg');
  });

  it('composition(spec) matches the stored drawing of parts that miss their total', async () => {
    await expect(composition(levelsMismatch)).toMatchFileSnapshot('./__snapshots__/composition-mismatch.svg');
  });

  it('composition(spec) draws one bar per part with its value and share of the total', () => {
    const svg = composition(benTreLevels);
    expect(countClass(svg, 'rect', 'bar')).toBe(4);
    const t = texts(svg);
    for (const label of ['Cấp tỉnh', 'Cấp huyện', 'Cấp xã', 'Cấp ấp, khu phố']) expect(t).toContain(label);
    for (const value of ['2 (0,2%)', '26 (2,6%)', '180 (17,7%)', '809 (79,5%)']) expect(t).toContain(value);
  });

  it('composition(spec) writes the total with Vietnamese grouping', () => {
    expect(texts(composition(benTreLevels))).toContain('Tổng: 1.017');
  });

  it('composition(spec) raises no flag when the parts add up to the total', () => {
    const svg = composition(benTreLevels);
    expect(svg).not.toContain('⚑');
    expect(countClass(svg, 'text', 'flagged')).toBe(0);
  });

  it('composition(spec) flags parts that do not add up, showing the stated total and the sum', () => {
    const svg = composition(levelsMismatch);
    expect(countClass(svg, 'text', 'flagged')).toBe(1);
    expect(texts(svg).join(' ')).toContain('⚑ không khớp — in: 1.017 · tính: 2 + 26 + 180 + 800 = 1.008');
    expect(svg).toMatch(/các phần cộng lại được 1\.008, không khớp tổng số 1\.017 của nguồn/);
  });

  it('composition(spec) shows the printed and computed figure of a flagged part', () => {
    const svg = composition(levelsMismatch);
    expect(countClass(svg, 'rect', 'flagged')).toBe(1);
    expect(texts(svg)).toContain('⚑ không khớp — in: 809 · tính: 800 (78,7%)');
  });

  it('composition(spec) is a well-formed accessible SVG whose ids derive from the slug', () => {
    expectWellFormedChart(composition(benTreLevels), benTreLevels);
    expectWellFormedChart(composition(levelsMismatch), levelsMismatch);
  });

  it('composition(spec) describes the total and its parts in Vietnamese', () => {
    expect(composition(benTreLevels)).toContain(
      '<desc id="ben-tre-kiem-nhiem-theo-cap-desc">Tổng số trường hợp kiêm nhiệm, nhất thể hóa: 1.017, gồm Cấp tỉnh 2 (0,2%), Cấp huyện 26 (2,6%), Cấp xã 180 (17,7%), Cấp ấp, khu phố 809 (79,5%); nguồn: Hội nghị sơ kết của Ban Thường vụ Tỉnh ủy Bến Tre, 23/9/2021.</desc>',
    );
  });

  it('composition(spec) uses the parts sum as the total when none is stated, marked worked out', () => {
    const { total: _omitted, ...spec } = benTreLevels;
    const svg = composition(spec);
    expect(texts(svg)).toContain('Tổng: 1.017 (tính ra: cộng các phần)');
    expect(svg).not.toContain('⚑');
  });

  it('composition(spec) writes values without shares when the total is 0', () => {
    const spec = { ...benTreLevels, total: 0, rows: [{ label: 'Cấp tỉnh', value: 0 }] };
    const svg = composition(spec);
    expectWellFormedChart(svg, spec);
    expect(texts(svg)).toContain('0');
  });

  it('composition(spec) returns the same string twice', () => {
    expect(composition(benTreLevels)).toBe(composition(structuredClone(benTreLevels)));
  });

  it('composition(spec) says "Chưa có số liệu" when there are no parts', () => {
    expect(texts(composition({ ...benTreLevels, rows: [] }))).toEqual(['Chưa có số liệu']);
  });
});
