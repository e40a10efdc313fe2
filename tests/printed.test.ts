import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { agreesWithPrinted, NOT_PLAIN, parsePrinted, readPlainPrinted } from '../src/core/printed.ts';
import { parseViNumber } from '../src/core/vi-number.ts';

describe('printed figures', () => {
  it('parseViNumber(text) reads dots as thousands and a comma as decimals', () => {
    expect(parseViNumber('1.017')).toEqual({ value: 1017, decimals: 0 });
    expect(parseViNumber('17,07')).toEqual({ value: 17.07, decimals: 2 });
    expect(parseViNumber('5.120')).toEqual({ value: 5120, decimals: 0 });
    expect(parseViNumber('12.34')).toBeUndefined();
  });

  it('parsePrinted(text) reads ratios, rates and qualified figures', () => {
    expect(parsePrinted('07/41')).toMatchObject({ ratio: { value: 7, total: 41 } });
    expect(parsePrinted('38,65%')).toMatchObject({ number: 38.65, percent: true, decimals: 2 });
    expect(parsePrinted('trên 5.120')).toMatchObject({ qualifier: 'over', number: 5120 });
    expect(parsePrinted('gần 80%')).toMatchObject({ qualifier: 'nearly', number: 80, percent: true });
    expect(parsePrinted('không rõ')).toBeUndefined();
  });

  it('agreesWithPrinted(computed, printed, decimals) allows rounding and truncation at the printed digit only', () => {
    expect(agreesWithPrinted((7 / 41) * 100, 17.07, 2)).toBe(true);
    expect(agreesWithPrinted((34 / 87) * 100, 39.08, 2)).toBe(true);
    expect(agreesWithPrinted((88 / 288) * 100, 38.6, 1)).toBe(false);
    expect(agreesWithPrinted((61 / 163) * 100, 38.65, 2)).toBe(false);
  });

  it('readPlainPrinted(text) reads what parsePrinted reads, or leaves the figure to it', () => {
    const same = (t: string) => {
      const fast = readPlainPrinted(t);
      if (fast !== NOT_PLAIN) expect(fast).toStrictEqual(parsePrinted(t));
    };
    for (const t of ['1.017', '17,07', '38,6%', '16/17', '07/41', 'trên 5.120', 'trên 38,6%', 'trên 16/17', '0', '1.000.000,25%'])
      expect(readPlainPrinted(t)).toStrictEqual(parsePrinted(t));
    for (const t of [
      '',
      '%',
      ',5',
      '5,',
      '1.01',
      '1.0170',
      '12.34',
      '1..017',
      '.017',
      '1/',
      '/2',
      '1/2/3',
      '1,5/2',
      ' 5',
      '5 ',
      'Trên 5',
      'trên  5',
      'trên',
      'tre\u0302n 5',
      '1234567890123456',
      '5%%',
      '5,3,4',
      '１',
    ])
      same(t);
    // Hostile figures from the characters that matter, and from any text at all.
    const chars = fc.constantFrom('0', '1', '7', '9', '.', ',', '%', '/', ' ', 't', 'r', '\u00EA', 'n', '\u0302', '\u00A0', '-');
    const pieces = fc
      .array(fc.constantFrom('1', '07', '123', '.017', '.5', ',5', ',25', '%', '/', '9999999999'), { maxLength: 5 })
      .map((a) => a.join(''));
    fc.assert(
      fc.property(fc.oneof(pieces, fc.string({ unit: chars, maxLength: 14 }), fc.string({ maxLength: 10 })), (body) => {
        same(body);
        same(`trên ${body}`);
      }),
      { numRuns: 3000 },
    );
  });
});
