import { describe, expect, it } from 'vitest';
import {
  compareNewestFirst,
  compareOldestFirst,
  dateLabel,
  dayInVietnam,
  datePhrase,
  earliestDay,
  isPartialDate,
  latestDay,
  parsePartialDate,
  precisionOf,
  surelyBefore,
  yearOf,
} from './partial-date.ts';
import { isPartialDateCell } from '../schemas/fields.ts';

describe('partial dates', () => {
  it('dateLabel(d) writes the known part only: a day, "tháng 3/2020", "năm 2021", "chưa rõ ngày"', () => {
    expect(dateLabel('2021-09-23')).toBe('23/9/2021');
    expect(dateLabel('2020-03')).toBe('tháng 3/2020');
    expect(dateLabel('2021')).toBe('năm 2021');
    expect(dateLabel(undefined)).toBe('chưa rõ ngày');
  });

  it('datePhrase(d) gives a day its "ngày" and nothing else a made-up day', () => {
    expect(datePhrase('2018-08-07')).toBe('ngày 7/8/2018');
    expect(datePhrase('2021-09')).toBe('tháng 9/2021');
    expect(datePhrase('2021')).toBe('năm 2021');
    expect(datePhrase(undefined)).toBe('chưa rõ ngày');
  });

  it('parsePartialDate(d) reads each precision and rejects dates that do not exist', () => {
    expect(parsePartialDate('2020-03')).toEqual({ year: 2020, month: 3, day: undefined });
    expect(precisionOf('2020')).toBe('year');
    expect(precisionOf('2020-03')).toBe('month');
    expect(precisionOf('2020-03-01')).toBe('day');
    for (const bad of ['2021-13', '2021-02-30', '2021-9', '21', '3/2020', '']) expect(isPartialDate(bad)).toBe(false);
    expect(yearOf(undefined)).toBeUndefined();
  });

  it('earliestDay and latestDay bound a month or a year (February of a leap year included)', () => {
    expect([earliestDay('2020-02'), latestDay('2020-02')]).toEqual(['2020-02-01', '2020-02-29']);
    expect([earliestDay('2018'), latestDay('2018')]).toEqual(['2018-01-01', '2018-12-31']);
  });

  it('surelyBefore(a, b) holds only when every day of a precedes every day of b; unknown is never sure', () => {
    expect(surelyBefore('2021-08', '2021-09-01')).toBe(true);
    expect(surelyBefore('2021-09', '2021-09-17')).toBe(false);
    expect(surelyBefore('2021', '2021-09-17')).toBe(false);
    expect(surelyBefore(undefined, '2021-09-17')).toBe(false);
    expect(surelyBefore('2021-09-17', undefined)).toBe(false);
  });

  it('compareNewestFirst puts a month after its days, a year after its months, unknown last', () => {
    const dates = [undefined, '2020', '2020-03', '2020-03-31', '2020-03-01', '2021-01-01', '2019-12'];
    expect([...dates].sort(compareNewestFirst)).toEqual([
      '2021-01-01',
      '2020-03-31',
      '2020-03-01',
      '2020-03',
      '2020',
      '2019-12',
      undefined,
    ]);
    expect([...dates].sort(compareOldestFirst).at(-1)).toBeUndefined();
  });

  // Every partial date of two years at each precision, and an unknown one: small enough to check all triples.
  const ALL = [undefined as string | undefined];
  for (const y of [2020, 2021]) {
    ALL.push(String(y));
    for (let m = 1; m <= 12; m++) {
      const ym = `${y}-${String(m).padStart(2, '0')}`;
      ALL.push(ym);
      for (const d of [1, 15, 28]) ALL.push(`${ym}-${String(d).padStart(2, '0')}`);
    }
  }

  it('compareNewestFirst is a total order: antisymmetric and transitive over every partial date of two years', () => {
    for (const a of ALL)
      for (const b of ALL) {
        expect(Math.sign(compareNewestFirst(a, b))).toBe(-Math.sign(compareNewestFirst(b, a)) || 0);
        if (a !== b) expect(compareNewestFirst(a, b)).not.toBe(0);
      }
    const sorted = [...ALL].sort(compareNewestFirst);
    for (let i = 0; i + 1 < sorted.length; i++)
      for (let j = i + 1; j < sorted.length; j++) expect(compareNewestFirst(sorted[i], sorted[j])).toBeLessThan(0);
  });

  it('isPartialDateCell (the CSV fast path) accepts exactly what isPartialDate accepts', () => {
    // Every cell of up to 10 characters over the date alphabet would be too many: a seeded walk
    // over them, plus the edge cases by hand.
    let seed = 20200301;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const alphabet = '0123456789- a';
    const cells = [
      '2020-00',
      '2020-13',
      '2020-3',
      ' 2020',
      '2020 ',
      '2020-02-30',
      '2020-02-29',
      '2021-02-29',
      '0000',
      '2020-1a',
      '',
      '-',
      ...ALL.filter((d): d is string => d !== undefined),
    ];
    for (let i = 0; i < 20000; i++) {
      const shape = ['dddd', 'dddd-dd', 'dddd-dd-dd'][Math.floor(next() * 3)]!;
      cells.push(
        [...shape]
          .map((c) => (next() < 0.05 ? alphabet[Math.floor(next() * alphabet.length)] : c === 'd' ? String(Math.floor(next() * 10)) : c))
          .join(''),
      );
    }
    for (const v of cells) expect([v, isPartialDateCell(v)]).toEqual([v, isPartialDate(v)]);
  });
});

describe('dayInVietnam', () => {
  it('is the day in Vietnam (UTC+7) of an instant, whatever the machine zone', () => {
    expect(dayInVietnam(Date.parse('2021-09-23T16:59:59Z'))).toBe('2021-09-23');
    expect(dayInVietnam(Date.parse('2021-09-23T17:00:00Z'))).toBe('2021-09-24');
    expect(dayInVietnam(new Date('2021-12-31T17:30:00Z'))).toBe('2022-01-01');
  });
});
