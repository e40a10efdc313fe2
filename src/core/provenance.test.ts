import { describe, expect, it } from 'vitest';
import { figureDateLabel, markDerived, placeholderDate, workedOut } from './provenance.ts';

describe('provenance', () => {
  it('workedOut(text, from) marks a value the build or an editor worked out, and says from what', () => {
    expect(workedOut('5.123', 'cộng các phần')).toBe('5.123 (tính ra: cộng các phần)');
    expect(workedOut('15%')).toBe('15% (tính ra)');
  });

  it("markDerived(text, field, derived) marks only the fields the row's derived column names; a date as a placeholder", () => {
    expect(markDerived('15%', 'target', ['target'])).toBe('15% (tính ra: biên tập viên tính)');
    expect(markDerived('16', 'value', ['target'])).toBe('16');
    expect(markDerived('16', 'value', undefined)).toBe('16');
    expect(markDerived('năm 2020', 'date', ['date'])).toBe('năm 2020 (tạm ghi: nguồn không nêu thời điểm)');
    expect(placeholderDate('tháng 3/2020')).toBe('tháng 3/2020 (tạm ghi: nguồn không nêu thời điểm)');
  });
});

describe('figureDateLabel', () => {
  it('figureDateLabel(date, figures) says a placeholder date is one, and only that date', () => {
    const figures = [{ date: '2020', derived: ['date'] }, { date: '2020-03' }];
    expect(figureDateLabel('2020', figures)).toBe('năm 2020 (tạm ghi: nguồn không nêu thời điểm)');
    expect(figureDateLabel('2020-03', figures)).toBe('tháng 3/2020');
  });
});
