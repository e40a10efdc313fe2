import { describe, expect, it } from 'vitest';
import { agreesWithPrinted, parsePrinted, parseViNumber } from '../src/core/printed.ts';

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
    expect(parsePrinted('gần 80%')).toMatchObject({ qualifier: 'about', number: 80, percent: true });
    expect(parsePrinted('không rõ')).toBeUndefined();
  });

  it('agreesWithPrinted(computed, printed, decimals) allows rounding and truncation at the printed digit only', () => {
    expect(agreesWithPrinted((7 / 41) * 100, 17.07, 2)).toBe(true);
    expect(agreesWithPrinted((34 / 87) * 100, 39.08, 2)).toBe(true);
    expect(agreesWithPrinted((88 / 288) * 100, 38.6, 1)).toBe(false);
    expect(agreesWithPrinted((61 / 163) * 100, 38.65, 2)).toBe(false);
  });
});
