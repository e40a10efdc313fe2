import { describe, expect, it } from 'vitest';
import { byYearMonth, monthLabel, monthRoute, pageRoute, paginate, PAGE_SIZE, yearRoute } from './archive.ts';

describe('paginate', () => {
  it('paginate(items, size) cuts the list into full pages and a last partial one, numbered from 1', () => {
    const pages = paginate(Array.from({ length: 45 }, (_, i) => i), 20);
    expect(pages.map((p) => [p.number, p.total, p.items.length])).toEqual([[1, 3, 20], [2, 3, 20], [3, 3, 5]]);
    expect(pages.flatMap((p) => p.items)).toEqual(Array.from({ length: 45 }, (_, i) => i));
  });

  it('paginate([]) is one empty page, so the list page always exists', () => {
    expect(paginate([])).toEqual([{ number: 1, total: 1, items: [] }]);
  });

  it('paginate(items, 0) refuses a page size that is not a positive integer', () => {
    expect(() => paginate([1], 0)).toThrow(RangeError);
  });

  it('PAGE_SIZE is the one page size of the lists', () => {
    expect(paginate(Array.from({ length: PAGE_SIZE + 1 }, () => 0)).length).toBe(2);
  });
});

describe('routes', () => {
  it('pageRoute(n) is the list itself for page 1 and hoi-nghi/trang/n/ after, with no leading slash', () => {
    expect(pageRoute(1)).toBe('hoi-nghi/');
    expect(pageRoute(2)).toBe('hoi-nghi/trang/2/');
    expect(yearRoute('2021')).toBe('hoi-nghi/nam/2021/');
    expect(monthRoute('2021', '09')).toBe('hoi-nghi/nam/2021/09/');
    expect(monthLabel('2021', '09')).toBe('9/2021');
  });
});

describe('byYearMonth', () => {
  it('byYearMonth(items, date) groups by year and month, newest first, keeping the given order inside a month', () => {
    const items = ['2021-09-23', '2021-09-17', '2018-10-25', '2021-03-01', '2019-03-14'];
    const g = byYearMonth(items, (d) => d);
    expect(g.map((y) => [y.year, y.count, y.months.map((m) => m.month)])).toEqual([
      ['2021', 3, ['09', '03']],
      ['2019', 1, ['03']],
      ['2018', 1, ['10']],
    ]);
    expect(g[0]!.months[0]!.items).toEqual(['2021-09-23', '2021-09-17']);
  });
});
