import { describe, expect, it } from 'vitest';
import { progress } from './progress.ts';
import { benTreWomen, countClass, expectWellFormedChart, texts } from '../../tests/chart-fixtures.ts';

describe('progress', () => {
  it('progress(spec) matches the stored drawing of women in leadership against targets', async () => {
    await expect(progress(benTreWomen)).toMatchFileSnapshot('./__snapshots__/progress.svg');
  });

  it('progress(spec) draws one bar and one target tick per group', () => {
    const svg = progress(benTreWomen);
    expect(countClass(svg, 'rect', 'bar')).toBe(4);
    expect(countClass(svg, 'line', 'target')).toBe(4 + 1); // + legend swatch
  });

  it('progress(spec) writes every group label and its rate computed from the counts', () => {
    const t = texts(progress(benTreWomen));
    for (const row of benTreWomen.rows) expect(t.join(' ')).toContain(row.label);
    for (const rate of ['17,07%', '39,08%', '30,56%', '37,42%']) expect(t).toContain(rate);
    expect(t).toContain('7/41 · mục tiêu 15%');
  });

  it('progress(spec) shows both the printed and the computed rate of a flagged row, with ⚑ and words', () => {
    const t = texts(progress(benTreWomen));
    expect(t).toContain('⚑ không khớp — in: 38,6% · tính: 30,56%');
    expect(t).toContain('⚑ không khớp — in: 38,65% · tính: 37,42%');
    // The flag is not colour alone: flagged bars carry a class, and a mark sits at the printed rate.
    const svg = progress(benTreWomen);
    expect(countClass(svg, 'rect', 'flagged')).toBe(2);
    expect(countClass(svg, 'path', 'printed-mark')).toBe(2 + 1); // + legend swatch
  });

  it('progress(spec) raises no flag on rows whose printed rate matches the counts', () => {
    const t = texts(progress(benTreWomen)).join('\n');
    expect(t).not.toMatch(/in: 17,07%|in: 39,08%/);
  });

  it('progress(spec) describes each rate against its target in Vietnamese', () => {
    const svg = progress(benTreWomen);
    expect(svg).toContain('Ban Chấp hành Đảng bộ thành phố: nữ chiếm 17,07% (7/41), đạt và vượt mục tiêu 15%');
    expect(svg).toContain(
      'Ban Chấp hành đảng bộ xã, phường: nữ chiếm 30,56% (88/288), đạt và vượt mục tiêu 25%, nguồn in 38,6%, không khớp phép tính',
    );
    expect(svg).toContain('; nguồn: Báo cáo sơ kết Đề án 01-ĐA/TU của Thành ủy Bến Tre, 25/10/2018.</desc>');
  });

  it('progress(spec) is a well-formed accessible SVG whose ids derive from the slug', () => {
    const svg = progress(benTreWomen);
    expectWellFormedChart(svg, benTreWomen);
    expect(svg).toContain('aria-labelledby="ben-tre-can-bo-nu-title ben-tre-can-bo-nu-desc"');
  });

  it('progress(spec) plots a percent value when a row has no counts', () => {
    const spec = { ...benTreWomen, rows: [{ label: 'Xã, phường (dữ liệu thử)', value: 80, qualifier: 'about' as const, target: 100 }] };
    const svg = progress(spec);
    expectWellFormedChart(svg, spec);
    expect(texts(svg)).toContain('khoảng 80%');
    expect(svg).toContain('chưa đạt mục tiêu 100%');
  });

  it('progress(spec) survives a zero total and a rate above 100%', () => {
    const spec = {
      ...benTreWomen,
      rows: [
        { label: 'A (dữ liệu thử)', value: 0, total: 0, target: 25 },
        { label: 'B (dữ liệu thử)', value: 130, target: 25 },
      ],
    };
    const svg = progress(spec);
    expectWellFormedChart(svg, spec);
    expect(texts(svg)).toEqual(expect.arrayContaining(['0/0', '130%']));
  });

  it('progress(spec) returns the same string twice', () => {
    expect(progress(benTreWomen)).toBe(progress(structuredClone(benTreWomen)));
  });

  it('progress(spec) says "Chưa có số liệu" when there are no rows', () => {
    expect(texts(progress({ ...benTreWomen, rows: [] }))).toEqual(['Chưa có số liệu']);
  });
});
