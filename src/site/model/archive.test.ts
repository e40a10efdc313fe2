import { describe, expect, it } from 'vitest';
import {
  byYearMonth,
  DOCUMENT_LISTS,
  pagerNumbers,
  groupBy,
  listRoute,
  monthLabel,
  monthRoute,
  pagedPaths,
  pageRoute,
  paginate,
  PAGE_SIZE,
  uniqueSlugs,
  yearRoute,
} from './archive.ts';

describe('paginate', () => {
  it('paginate(items, size) cuts the list into full pages and a last partial one, numbered from 1', () => {
    const pages = paginate(
      Array.from({ length: 45 }, (_, i) => i),
      20,
    );
    expect(pages.map((p) => [p.number, p.total, p.items.length])).toEqual([
      [1, 3, 20],
      [2, 3, 20],
      [3, 3, 5],
    ]);
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

describe('pagerNumbers', () => {
  it('pagerNumbers(n, total) shows every page up to nine, then the ends and two either side, null for a gap', () => {
    expect(pagerNumbers(2, 3)).toEqual([1, 2, 3]);
    expect(pagerNumbers(5, 9)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(pagerNumbers(1, 150)).toEqual([1, 2, 3, null, 150]);
    expect(pagerNumbers(75, 150)).toEqual([1, null, 73, 74, 75, 76, 77, null, 150]);
    expect(pagerNumbers(4, 10)).toEqual([1, 2, 3, 4, 5, 6, null, 10]);
    expect(pagerNumbers(150, 150)).toEqual([1, null, 148, 149, 150]);
  });
});

describe('document lists', () => {
  it('listRoute(prefix, n) is the prefix for page 1 and prefix + trang/n/ after', () => {
    expect(listRoute('van-ban/loai/nghi-quyet/', 1)).toBe('van-ban/loai/nghi-quyet/');
    expect(listRoute('van-ban/loai/nghi-quyet/', 3)).toBe('van-ban/loai/nghi-quyet/trang/3/');
    expect(pageRoute(3)).toBe(listRoute('hoi-nghi/', 3));
  });

  it('DOCUMENT_LISTS gives the first page of the lists by kind, year and issuing body', () => {
    expect(DOCUMENT_LISTS.kind('ket-luan')).toBe('van-ban/loai/ket-luan/');
    expect(DOCUMENT_LISTS.year('2018')).toBe('van-ban/nam/2018/');
    expect(DOCUMENT_LISTS.issuer('bo-chinh-tri')).toBe('van-ban/co-quan/bo-chinh-tri/');
  });

  it('pagedPaths(slug, items) gives one [...path] param per page, agreeing with listRoute', () => {
    const paths = pagedPaths(
      'nghi-quyet',
      Array.from({ length: 45 }, (_, i) => i),
      20,
    );
    expect(paths.map((p) => [p.path, p.page.number, p.page.items.length])).toEqual([
      ['nghi-quyet', 1, 20],
      ['nghi-quyet/trang/2', 2, 20],
      ['nghi-quyet/trang/3', 3, 5],
    ]);
    for (const p of paths) expect(`van-ban/loai/${p.path}/`).toBe(listRoute('van-ban/loai/nghi-quyet/', p.page.number));
  });

  it('groupBy(items, key) keeps the given order inside each group and the groups in order of first appearance', () => {
    const g = groupBy(['2021-a', '2018-b', '2021-c'], (x) => x.slice(0, 4));
    expect([...g]).toEqual([
      ['2021', ['2021-a', '2021-c']],
      ['2018', ['2018-b']],
    ]);
  });

  it('uniqueSlugs(names) slugs Vietnamese names and numbers clashes -2, -3 by sorted name, whatever the input order', () => {
    const names = ['Tỉnh ủy Bến Tre', 'Bộ Chính trị', 'TỈNH ỦY BẾN TRE', 'Tỉnh uỷ Bến Tre', 'Tinh uy Ben Tre 2'];
    const slugs = uniqueSlugs(names);
    expect(slugs.get('Bộ Chính trị')).toBe('bo-chinh-tri');
    // Code-point order: 'TỈNH ỦY…' < 'Tỉnh uỷ…' < 'Tỉnh ủy…'; -2 already belongs to 'Tinh uy Ben Tre 2', so the clashes skip it.
    expect(slugs.get('TỈNH ỦY BẾN TRE')).toBe('tinh-uy-ben-tre');
    expect(slugs.get('Tinh uy Ben Tre 2')).toBe('tinh-uy-ben-tre-2');
    expect(slugs.get('Tỉnh uỷ Bến Tre')).toBe('tinh-uy-ben-tre-3');
    expect(slugs.get('Tỉnh ủy Bến Tre')).toBe('tinh-uy-ben-tre-4');
    expect(new Set(slugs.values()).size).toBe(names.length);
    expect([...uniqueSlugs([...names].reverse())].sort()).toEqual([...slugs].sort());
    expect(uniqueSlugs(['Tỉnh ủy Bến Tre', 'Tỉnh uỷ Bến Tre']).get('Tỉnh ủy Bến Tre')).toBe('tinh-uy-ben-tre-2');
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
