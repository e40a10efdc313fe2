import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatNumber, formatPercent, formatQualified, formatRatio } from './format.ts';
import { parsePrinted } from './printed.ts';
import { QUALIFIERS } from './qualifiers.ts';
import { isViGroupedNumber, isViWrittenNumber, parseViNumber, VI_INTEGER_SOURCE, VI_NUMBER_SOURCE } from './vi-number.ts';

/** Hundredths up to 10¹² (15 digits: exact as a double): the figures sources print, to two decimals. */
const cents = fc.integer({ min: 0, max: 100_000_000_000_000 });
const trimmedDecimals = (c: number) => (c % 100 === 0 ? 0 : c % 10 === 0 ? 1 : 2);

describe('the Vietnamese number grammar', () => {
  it('parseViNumber(text) reads dots as thousands and a comma as decimals, with the decimals printed', () => {
    expect(parseViNumber('1.017')).toEqual({ value: 1017, decimals: 0 });
    expect(parseViNumber('17,07')).toEqual({ value: 17.07, decimals: 2 });
    expect(parseViNumber('1.234.567,5')).toEqual({ value: 1234567.5, decimals: 1 });
    expect(parseViNumber(' 809 ')).toEqual({ value: 809, decimals: 0 });
    for (const bad of ['12.34', '1.0170', '17.07', '1,017,5', ',5', '1.', '', '−5', '17,07%'])
      expect(parseViNumber(bad), bad).toBeUndefined();
  });

  it('parseViNumber(formatNumber(x)) is x: what a page prints reads back as the same number (1.017; 17,07)', () => {
    fc.assert(
      fc.property(cents, (c) => {
        const x = c / 100;
        expect(parseViNumber(formatNumber(x))).toEqual({ value: x, decimals: trimmedDecimals(c) });
      }),
    );
  });

  it('parsePrinted reads back a percent, a ratio and a qualified figure as core/format.ts prints them (17,07%; 16/17; trên 5.120)', () => {
    fc.assert(
      fc.property(cents, fc.nat({ max: 1e12 }), fc.nat({ max: 1e12 }), fc.constantFrom(...QUALIFIERS), (c, a, b, q) => {
        const x = c / 100;
        expect(parsePrinted(formatPercent(x))).toEqual({ qualifier: undefined, number: x, percent: true, decimals: trimmedDecimals(c) });
        expect(parsePrinted(formatRatio(a, b))).toEqual({
          qualifier: undefined,
          ratio: { value: a, total: b },
          percent: false,
          decimals: 0,
        });
        expect(parsePrinted(formatQualified(x, q))).toMatchObject({ qualifier: q, number: x, percent: false });
        expect(parsePrinted(formatQualified(x, q, 'percent'))).toMatchObject({ qualifier: q, number: x, percent: true });
      }),
    );
  });

  it('the pattern sources match exactly the numbers parseViNumber reads', () => {
    const number = new RegExp(`^(?:${VI_NUMBER_SOURCE})$`);
    const integer = new RegExp(`^(?:${VI_INTEGER_SOURCE})$`);
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9.,]{1,12}$/), (t) => {
        const parsed = parseViNumber(t);
        expect(number.test(t), t).toBe(parsed !== undefined);
        expect(integer.test(t), t).toBe(parsed !== undefined && parsed.decimals === 0);
      }),
    );
  });

  it('isViWrittenNumber and isViGroupedNumber tell the Vietnamese forms from a machine number', () => {
    for (const t of ['1.017', '-1.017', '1.234.567,5', '5.120'])
      expect([t, isViGroupedNumber(t), isViWrittenNumber(t)]).toEqual([t, true, true]);
    for (const t of ['17,07', '-0,5']) expect([t, isViGroupedNumber(t), isViWrittenNumber(t)]).toEqual([t, false, true]);
    for (const t of ['1017', '17.07', '1.0170', '-5', '1,017.5', ''])
      expect([t, isViGroupedNumber(t), isViWrittenNumber(t)]).toEqual([t, false, false]);
  });
});
