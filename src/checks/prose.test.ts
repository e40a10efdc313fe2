import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatNumber } from '../core/format.ts';
import type { Observation } from '../schemas/observation.ts';
import { rowFigure } from './prose.ts';

const row = (o: Partial<Observation>) => ({ id: 'r', indicator: 'i', unit: 'u', date: '2021', conference: 'c', ...o }) as Observation;

describe('rowFigure(o)', () => {
  it('rowFigure(o) states a row as the source printed it, else its value as core/format.ts prints it', () => {
    expect(rowFigure(row({ value: 1015, printed: '1.015' }))).toBe('1.015');
    expect(rowFigure(row({ value: 1017 }))).toBe('1.017');
    expect(rowFigure(row({ value: 38.6 }))).toBe('38,6');
    expect(rowFigure(row({ value: 15, total: 17 }))).toBe('15/17');
    expect(rowFigure(row({ value: 15, total: 17, printed: '88,2%' }))).toBe('15/17 (88,2%)');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), (c) => {
        expect(rowFigure(row({ value: c / 100 }))).toBe(formatNumber(c / 100));
      }),
    );
  });
});
