import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatNumber, formatPercent } from '../core/format.ts';
import { readFigures } from './figures.ts';
import { datelineDate, eventDate, findDates } from './dates.ts';
import { findDocuments } from '../import/analyse.ts';
import { createRegistry } from '../docnumber/index.ts';

const brief = (text: string) => readFigures(text).map((f) => [f.value, f.total ?? null, f.qualifier ?? null]);

describe('readFigures(text)', () => {
  /**
   * Hundredths below 10⁸, the sizes a report counts, to two decimals (from 10⁹ on, groups of
   * zeros such as `.000.000.000` read as a phone number and are masked).
   */
  const cents = fc.integer({ min: 0, max: 9_999_999_999 });

  it('readFigures finds in prose the number and the percent a page prints, with their values', () => {
    fc.assert(
      fc.property(cents, cents, (c, p) => {
        const [count, rate] = readFigures(`Toàn tỉnh có ${formatNumber(c / 100)} trường hợp, đạt ${formatPercent(p / 100)} kế hoạch.`);
        expect(count).toMatchObject({ value: c / 100, percent: false, printed: formatNumber(c / 100) });
        expect(rate).toMatchObject({ value: p / 100, percent: true, printed: formatPercent(p / 100) });
      }),
      { numRuns: 200 },
    );
  });

  it('readFigures(text) reads ratios, counts, qualified figures and percentages with their printed form', () => {
    const figs = readFigures(
      'Có 16/17 xã, phường; trên 5.120 lượt cán bộ; gần 80% bí thư; 1.017 trường hợp; khoảng 40 đơn vị; dưới 10% cán bộ.',
    );
    expect(figs.map((f) => [f.value, f.total ?? null, f.qualifier ?? null, f.printed, f.percent])).toEqual([
      [16, 17, null, '16/17', false],
      [5120, null, 'over', 'trên 5.120', false],
      [80, null, 'nearly', 'gần 80%', true],
      [1017, null, null, '1.017', false],
      [40, null, 'about', 'khoảng 40', false],
      [10, null, 'under', 'dưới 10%', true],
    ]);
    expect(figs[1]!.noun).toBe('lượt cán bộ');
  });

  it('readFigures(text) binds a printed rate to its ratio and reads "vượt chỉ tiêu" as the excess over a target', () => {
    const [ratio, excess] = readFigures('Ban Chấp hành có 07/41 đồng chí nữ, đạt 17,07%, vượt chỉ tiêu 2,07%.');
    expect([ratio!.value, ratio!.total, ratio!.rate?.printed]).toEqual([7, 41, '17,07%']);
    expect([excess!.value, excess!.role, excess!.excessOf]).toEqual([2.07, 'excess', 0]);
  });

  it('readFigures(text) reads the parts listed after a total, in the same sentence or after "Trong đó"', () => {
    const figs = readFigures(
      'Toàn tỉnh có 1.017 trường hợp, trong đó: cấp tỉnh 2; cấp huyện 26; cấp xã 180; ấp, khu phố 809. Đã bồi dưỡng trên 5.120 lượt. Trong đó, 626 lượt đào tạo, 4.497 lượt bồi dưỡng.',
    );
    expect(figs.map((f) => [f.value, f.partOf ?? null, f.label])).toEqual([
      [1017, null, 'Toàn tỉnh có'],
      [2, 0, 'cấp tỉnh'],
      [26, 0, 'cấp huyện'],
      [180, 0, 'cấp xã'],
      [809, 0, 'ấp, khu phố'],
      [5120, null, 'Đã bồi dưỡng'],
      [626, 5, 'Trong đó'],
      [4497, 5, 'lượt đào tạo'],
    ]);
    // One figure after "trong đó" is a subset of the total, not its parts.
    expect(readFigures('Đã luân chuyển 27 cán bộ, trong đó 9 cán bộ nữ.').map((f) => f.partOf)).toEqual([undefined, undefined]);
  });

  it('readFigures(text) reads a column headed "Vượt chỉ tiêu", however it is written, as the excess over a target', () => {
    for (const head of ['Vượt chỉ tiêu', 'VƯỢT CHỈ TIÊU', 'Vu\u031Bo\u031B\u0323t chỉ tiêu']) {
      const figs = readFigures(`| Đơn vị | Tỉ lệ | ${head} |\n|---|---|---|\n| Xã An Tiến | 80% | 5% |\n`);
      expect(
        figs.map((f) => [f.value, f.role ?? null]),
        head,
      ).toEqual([
        [80, null],
        [5, 'excess'],
      ]);
    }
  });

  it('readFigures(text) reads a table’s total row as the whole of the rows above it', () => {
    const figs = readFigures('| Cấp | Số trường hợp |\n|---|---|\n| Cấp xã | 40 |\n| Ấp, khu phố | 75 |\n| Tổng cộng | 115 |\n');
    expect(figs.map((f) => [f.value, f.partOf ?? null, f.label, f.line])).toEqual([
      [40, 2, 'Cấp xã', 3],
      [75, 2, 'Ấp, khu phố', 4],
      [115, null, 'Tổng cộng', 5],
    ]);
  });

  it('readFigures(text) never reads a date, year, term, document number, ordinal, place number, phone or view counter as a figure', () => {
    const text = [
      "Ngày 17/9, sáng ngày 23-9-2021, Thứ 6, Ngày 26/10/2018, 11:00, 9:2' 24/9/2021, Ngày 17 tháng 09 năm 2021, tháng 3/2020, năm 2019.",
      'Nghị quyết số 18, 19-NQ/TW; Đề án số 02-ĐA/TU ngày 28-9-2018; Phương án số 3903/PA-UBND; Kết luận 34; khóa XII; khóa 13.',
      'Hội nghị lần thứ 5, Trung ương 6, Phường 7, nhiệm kỳ 2020–2025, giai đoạn 2011-2015, sau 6 năm, 35 tuổi.',
      'Điện thoại: 0275 3822 123; Lượt người xem: 118; lượt xem 1.234; https://example.org/tin/2021/09/bai-123.html',
      '## 1. Mục một',
    ].join('\n');
    expect(brief(text)).toEqual([]);
  });

  it('readFigures(text) keeps away from a number a lost character touches', () => {
    expect(brief('Có 1.0\uFFFD7 trường hợp và 12 cán bộ.')).toEqual([[12, null, null]]);
  });

  it('readFigures(text) reads every Vietnamese-formatted count and ratio it is given (seeded cases)', () => {
    let seed = 7;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const vi = new Intl.NumberFormat('vi-VN');
    for (let k = 0; k < 300; k++) {
      const total = 1 + rnd(9999);
      const value = rnd(total + 1);
      const count = 1 + rnd(2_000_000);
      const day = 1 + rnd(28);
      const month = 1 + rnd(12);
      const text = `Ngày ${day}/${month}/20${10 + rnd(15)}, toàn tỉnh có ${vi.format(count)} trường hợp; ${vi.format(value)}/${vi.format(total)} xã đạt chuẩn.`;
      expect(brief(text), text).toEqual([
        [count, null, null],
        [value, total, null],
      ]);
    }
  });
});

describe('dates', () => {
  it('datelineDate(line) reads the portals’ datelines and refuses a sentence', () => {
    expect(
      [
        'Ngày 17 tháng 09 năm 2021',
        'Chủ nhật, 23 Tháng 2, 2020 - 13:58',
        'Thứ 6, Ngày 26/10/2018, 11:00',
        "9:2' 24/9/2021",
        'Cập nhật: 08/05/2022 - 07:45',
      ].map(datelineDate),
    ).toEqual(['2021-09-17', '2020-02-23', '2018-10-26', '2021-09-24', '2022-05-08']);
    expect(datelineDate('Ngày 25/10/2018, Thành ủy tổ chức hội nghị sơ kết.')).toBeUndefined();
  });

  it('eventDate(text, published) takes the day of the event, not a document’s date, and a missing year from the dateline', () => {
    expect(
      eventDate(
        'Thực hiện Nghị quyết số 02-NQ/TU ngày 12/4/2016. Sáng ngày 23-9-2021, hội nghị …',
        '2021-09-24',
        (d) => d.iso === '2016-04-12',
      ),
    ).toBe('2021-09-23');
    expect(eventDate('Ngày 17/9, Ban Chỉ đạo đã họp.', '2021-09-17')).toBe('2021-09-17');
    expect(eventDate('Ngày 28/12, hội nghị tổng kết.', '2022-01-05')).toBe('2021-12-28');
    expect(findDates('ngày 30/2/2021').filter((d) => d.iso)).toEqual([]);
  });
});

describe('findDocuments(text, registry, ctx)', () => {
  const registry = createRegistry([
    {
      id: '18-nq-tw-2017',
      number: '18-NQ/TW',
      kind: 'nghi-quyet',
      unit: 'viet-nam',
      issued: '2017-10-25',
      issuer: 'Ban Chấp hành Trung ương',
      title: 't',
    },
    {
      id: '02-nq-tu-2016-a',
      number: '02-NQ/TU',
      kind: 'nghi-quyet',
      unit: 'tinh-a',
      issued: '2016-04-12',
      issuer: 'Tỉnh ủy A',
      title: 't',
    },
    {
      id: '02-nq-tu-2021-b',
      number: '02-NQ/TU',
      kind: 'nghi-quyet',
      unit: 'tinh-b',
      issued: '2021-01-21',
      issuer: 'Tỉnh ủy B',
      title: 't',
    },
  ]);
  it('findDocuments reads "Nghị quyết số 18, 19-NQ/TW" as two and "Đề án số 02-ĐA/TU ngày 28-9-2018" with its date', () => {
    expect(
      findDocuments('Theo Nghị quyết số 18, 19-NQ/TW và Đề án số 02-ĐA/TU ngày 28-9-2018.', registry, {
        unit: 'tinh-a',
        unitAncestors: ['tinh-a', 'viet-nam'],
      }).map(({ number, date, resolved }) => ({ number, date, resolved })),
    ).toEqual([
      { number: '18-NQ/TW', date: undefined, resolved: '18-nq-tw-2017' },
      { number: '19-NQ/TW', date: undefined, resolved: undefined },
      { number: '02-ĐA/TU', date: '2018-09-28', resolved: undefined },
    ]);
  });
  it('findDocuments resolves a number two provinces share by the article’s locality', () => {
    const of = (unit: string) =>
      findDocuments('Thực hiện Nghị quyết số 02-NQ/TU của Tỉnh ủy.', registry, {
        unit,
        unitAncestors: [unit, 'viet-nam'],
        date: '2022-01-01',
      })[0]!.resolved;
    expect([of('tinh-a'), of('tinh-b')]).toEqual(['02-nq-tu-2016-a', '02-nq-tu-2021-b']);
  });
});
