import { describe, expect, it } from 'vitest';
import { observationColumns } from '../schemas/observation.ts';
import { renderReviewCsv, reviewRow, type ReviewRow } from './draft.ts';

const empty = Object.fromEntries([...observationColumns, 'sentence'].map((c) => [c, ''])) as ReviewRow;

describe('renderReviewCsv(rows)', () => {
  it('renderReviewCsv writes the columns of data/observations.csv, in its order, then the sentence', () => {
    expect(renderReviewCsv([]).trim()).toBe([...observationColumns, 'sentence'].join(','));
  });

  it('renderReviewCsv writes a machine number as a number only in a number column; every other cell stays inert text', () => {
    const csv = renderReviewCsv([
      { ...empty, id: '-5', value: '-5', total: '17.07', target: '=1', note: '-5', sentence: '1.017 trường hợp' },
    ]);
    const cells = csv.trim().split('\n')[1]!.split(',');
    const at = (c: string) => cells[[...observationColumns, 'sentence'].indexOf(c)];
    expect([at('id'), at('value'), at('total'), at('target'), at('note'), at('sentence')]).toEqual([
      "'-5",
      '-5',
      '17.07',
      "'=1",
      "'-5",
      '1.017 trường hợp',
    ]);
  });
});

describe('reviewRow(fields, sentence)', () => {
  it('writes every declared column, empty when the figure has no such field, and the sentence last', () => {
    const row = reviewRow({ id: 'a', value: 16, total: 17, qualifier: undefined, extra: 'bỏ qua' }, 'Có 16/17 xã.');
    expect(Object.keys(row)).toEqual(['sentence', ...observationColumns]);
    expect(row).toMatchObject({ id: 'a', value: '16', total: '17', qualifier: '', note: '', sentence: 'Có 16/17 xã.' });
    expect(row).not.toHaveProperty('extra');
  });
});
