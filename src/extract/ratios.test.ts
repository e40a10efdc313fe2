import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OF_TOTAL } from './ratios.ts';

/** The pattern as first written: the same phrases, read every way a gap's letters split. */
const FIRST = /^\s*(?:[\p{L}]+[\s,]*){0,10}?(?:trong|tren)\s+(?:tong\s+so|so)\s*(?:[:]\s*)?$/u;

describe('"… trong tổng số …" between two counts', () => {
  it('OF_TOTAL reads what the first pattern read, on gaps made of its words, letters and marks', () => {
    const piece = fc.constantFrom('trong', 'tren', 'tong', 'so', 'dang', 'vien', 'x', 'ab', ' ', '  ', ',', ', ', ':', '.', '-', '\n');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), (pieces) => {
        const gap = pieces.join('');
        expect(OF_TOTAL.test(gap), JSON.stringify(gap)).toBe(FIRST.test(gap));
      }),
      { numRuns: 3000 },
    );
  });

  it('OF_TOTAL reads the phrases of reports, and no gap that is none', () => {
    for (const gap of [' dang vien trong tong so ', ' chi bo, to chuc co so dang tren tong so: ', ' trong so ', 'trong tong so'])
      expect(OF_TOTAL.test(gap), gap).toBe(true);
    for (const gap of [' dang vien, ', ' mot hai ba bon nam sau bay tam chin muoi muoi mot trong tong so ', ' trong do '])
      expect(OF_TOTAL.test(gap), gap).toBe(false);
    // Long words, which the first pattern split every way its letters allow before it said no.
    expect(OF_TOTAL.test(` ${'nhiemvu'.repeat(6)} kiemnhiem ${'thuchien'.repeat(5)} den nam`)).toBe(false);
  });
});
