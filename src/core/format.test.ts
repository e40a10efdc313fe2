import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateLong,
  formatNumber,
  formatPercentFixed,
  formatPercent,
  formatQualified,
  formatRatio,
  formatRatioLong,
} from './format.ts';
import { parsePartialDate } from './partial-date.ts';

describe('formatNumber', () => {
  it('formatNumber(n) groups thousands with "." and writes decimals with ","', () => {
    expect(formatNumber(1017)).toBe('1.017');
    expect(formatNumber(5120)).toBe('5.120');
    expect(formatNumber(4497)).toBe('4.497');
    expect(formatNumber(17.07)).toBe('17,07');
    expect(formatNumber(1234567.5)).toBe('1.234.567,5');
  });

  it('formatNumber(n) leaves numbers under 1000 ungrouped', () => {
    expect(formatNumber(809)).toBe('809');
    expect(formatNumber(0)).toBe('0');
  });

  it('formatNumber(n) rounds to 2 decimals and trims trailing zeros', () => {
    expect(formatNumber(17.073)).toBe('17,07');
    expect(formatNumber(30.5556)).toBe('30,56');
    expect(formatNumber(38.6)).toBe('38,6');
    expect(formatNumber(30.0)).toBe('30');
  });

  it('formatNumber(n, digits) honours the digits argument', () => {
    expect(formatNumber(94.1176, 1)).toBe('94,1');
    expect(formatNumber(94.1176, 0)).toBe('94');
    expect(formatNumber(94.1176, 3)).toBe('94,118');
  });

  it('formatNumber(n) rejects NaN and Infinity with the bad value in the message', () => {
    expect(() => formatNumber(Number.NaN)).toThrow(/got NaN/);
    expect(() => formatNumber(Infinity)).toThrow(/got Infinity/);
  });
});

describe('formatPercent', () => {
  it('formatPercent(p) writes a percent-unit value with 2 decimals at most', () => {
    expect(formatPercent(17.073)).toBe('17,07%');
    expect(formatPercent(39.08)).toBe('39,08%');
    expect(formatPercent(30)).toBe('30%');
    expect(formatPercent(38.6)).toBe('38,6%');
    expect(formatPercent(100)).toBe('100%');
  });

  it('formatPercent(p, digits) honours the digits argument', () => {
    expect(formatPercent((16 / 17) * 100, 1)).toBe('94,1%');
    expect(formatPercent((61 / 163) * 100)).toBe('37,42%');
  });
});

describe('formatRatio', () => {
  it('formatRatio(value, total) writes count/total', () => {
    expect(formatRatio(16, 17)).toBe('16/17');
    expect(formatRatio(55, 86)).toBe('55/86');
    expect(formatRatio(809, 1017)).toBe('809/1.017');
  });

  it('formatRatioLong(value, total) adds the share in percent', () => {
    expect(formatRatioLong(16, 17)).toBe('16/17 (94,12%)');
    expect(formatRatioLong(4, 11)).toBe('4/11 (36,36%)');
    expect(formatRatioLong(16, 17, 1)).toBe('16/17 (94,1%)');
  });

  it('formatRatioLong(value, 0) writes no share because none exists', () => {
    expect(formatRatioLong(0, 0)).toBe('0/0');
  });
});

describe('formatDate', () => {
  it('formatDate(iso) writes day/month/year without leading zeros', () => {
    expect(formatDate('2021-09-23')).toBe('23/9/2021');
    expect(formatDate('2013-01-30')).toBe('30/1/2013');
    expect(formatDate('2018-10-25')).toBe('25/10/2018');
  });

  it('formatDate(iso) keeps the day at the edges of the year whatever TZ says', () => {
    // Run in Vietnam's zone (npm test) and in UTC (npm run test:utc): both must keep the day.
    expect(['Asia/Ho_Chi_Minh', 'UTC']).toContain(process.env.TZ);
    expect(formatDate('2019-01-01')).toBe('1/1/2019');
    expect(formatDate('2020-12-31')).toBe('31/12/2020');
  });

  it('formatDate(iso) writes month-only and year-only dates', () => {
    expect(formatDate('2020-03')).toBe('3/2020');
    expect(formatDate('2020')).toBe('2020');
  });

  it('formatDateLong(iso) writes the Vietnamese long form', () => {
    expect(formatDateLong('2021-09-23')).toBe('ngày 23 tháng 9 năm 2021');
    expect(formatDateLong('2016-04-12')).toBe('ngày 12 tháng 4 năm 2016');
    expect(formatDateLong('2020-03')).toBe('tháng 3 năm 2020');
    expect(formatDateLong('2020')).toBe('năm 2020');
  });

  it('parsePartialDate(iso) rejects malformed and impossible dates', () => {
    expect(() => parsePartialDate('23/09/2021')).toThrow(/"23\/09\/2021"/);
    expect(() => parsePartialDate('2021-02-29')).toThrow(/no such day/);
    expect(() => parsePartialDate('2021-13-01')).toThrow(/month out of range/);
    expect(parsePartialDate('2020-02-29')).toEqual({ year: 2020, month: 2, day: 29 });
  });
});

describe('formatQualified', () => {
  it('formatQualified(value, qualifier) puts trên/dưới/khoảng before the figure', () => {
    expect(formatQualified(5120, 'over')).toBe('trên 5.120');
    expect(formatQualified(10, 'under')).toBe('dưới 10');
    expect(formatQualified(80, 'about')).toBe('khoảng 80');
  });

  it('formatQualified(value, undefined) returns the bare figure', () => {
    expect(formatQualified(1017, undefined)).toBe('1.017');
  });

  it('formatQualified(value, qualifier, "percent") writes a percent', () => {
    expect(formatQualified(80, 'about', 'percent')).toBe('khoảng 80%');
    expect(formatQualified(38.6, undefined, 'percent')).toBe('38,6%');
  });
});

describe('formatPercentFixed', () => {
  it('formatPercentFixed(p, digits) keeps exactly `digits` decimals, trailing zeros included', () => {
    expect(formatPercentFixed(31.5, 2)).toBe('31,50%');
    expect(formatPercentFixed(18.974, 2)).toBe('18,97%');
    expect(formatPercentFixed(1017, 0)).toBe('1.017%');
    expect(() => formatPercentFixed(Number.NaN, 1)).toThrow(TypeError);
    expect(() => formatPercentFixed(1, 21)).toThrow(RangeError);
  });
});
