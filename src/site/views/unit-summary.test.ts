import { describe, expect, it } from 'vitest';
import { unitSummary } from './unit-summary.ts';
import type { Unit } from '../../schemas/unit.ts';

const xa: Unit = { id: 'hoa-thuan', name: 'Xã Hòa Thuận', level: 'xa', parent: 'tay-linh', code: '01177' };
const ratio = { name: 'Xã có bí thư kiêm chủ tịch', measure: 'ratio' };

describe('unitSummary(unit, parent, figures, counts)', () => {
  it('unitSummary names the level, the parent by its label, the code, the newest figures and the counts', () => {
    const text = unitSummary(
      xa,
      'Tỉnh Tây Lĩnh',
      [
        { date: '2021-09-23', value: 7, total: 9, indicatorData: ratio },
        { date: '2019-03-14', value: 5, total: 9, indicatorData: ratio },
      ],
      { reports: 2, documents: 1 },
    );
    expect(text).toBe(
      'Cấp xã, thuộc Tỉnh Tây Lĩnh; mã số thống kê 01177. Số liệu mới nhất (23/9/2021): Xã có bí thư kiêm chủ tịch 7/9 (tính ra 77,78%). 2 báo cáo, 1 văn bản, 2 số liệu.',
    );
  });

  it('unitSummary gives a figure dated to the month as the month, never a made-up day, and leaves out what the data lacks', () => {
    const text = unitSummary(
      { ...xa, code: undefined },
      undefined,
      [{ date: '2020-03', value: 40, indicatorData: { name: 'Số trường hợp kiêm nhiệm', measure: 'count' } }],
      { reports: 1, documents: 0 },
    );
    expect(text).toBe('Cấp xã. Số liệu mới nhất (tháng 3/2020): Số trường hợp kiêm nhiệm 40. 1 báo cáo, 0 văn bản, 1 số liệu.');
    expect(unitSummary(xa, undefined, [], { reports: 0, documents: 0 })).toBe(
      'Cấp xã; mã số thống kê 01177. 0 báo cáo, 0 văn bản, 0 số liệu.',
    );
  });

  it('unitSummary says a date the editor wrote where the source gives none is a placeholder', () => {
    const text = unitSummary(
      { ...xa, code: undefined },
      undefined,
      [{ date: '2020', value: 55, total: 86, derived: ['date'], indicatorData: ratio }],
      { reports: 1, documents: 0 },
    );
    expect(text).toBe(
      'Cấp xã. Số liệu mới nhất (năm 2020, tạm ghi: nguồn không nêu thời điểm): Xã có bí thư kiêm chủ tịch 55/86 (tính ra 63,95%). 1 báo cáo, 0 văn bản, 1 số liệu.',
    );
  });
});
