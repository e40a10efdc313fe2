import { describe, expect, it } from 'vitest';
import type { Observation } from '../../schemas/observation.ts';
import { siteModel, type ConferenceEntry } from '../model/site-model.ts';
import { statisticsPageView } from './statistics-page.ts';

const conferences = ['bc-a', 'bc-b'].map(
  (id) =>
    ({
      id,
      collection: 'conferences',
      data: { title: id, kind: 'so-ket', held: '2021-09-23', published: '2021-09-23', unit: 'tinh-a', source: { publisher: 'Báo' } },
    }) as unknown as ConferenceEntry,
);
const row = (n: number, id: string, indicator: string, unit: string, value: number, extra: Partial<Observation> = {}) =>
  ({ row: n, id, indicator, unit, date: '2021-09-23', value, conference: n % 2 ? 'bc-a' : 'bc-b', ...extra }) as Observation & {
    row: number;
  };
const s = siteModel({
  documents: [],
  conferences,
  units: [
    { id: 'tinh-a', name: 'Tỉnh A', level: 'tinh' },
    { id: 'tinh-b', name: 'Tỉnh B', level: 'tinh' },
  ],
  indicators: [
    { id: 'ti-le', name: 'Tỉ lệ', topic: 'nhat-the-hoa', measure: 'ratio' },
    { id: 'so-luong', name: 'Số lượng', topic: 'kiem-nhiem', measure: 'count' },
    { id: 'trong', name: 'Chưa có số liệu', topic: 'dao-tao', measure: 'count' },
  ],
  rows: [
    row(2, 'a', 'ti-le', 'tinh-a', 16, { total: 17, printed: '16/17' }),
    row(3, 'b', 'ti-le', 'tinh-b', 55, { total: 86, printed: '55/86' }),
    row(4, 'c', 'so-luong', 'tinh-a', 1017, { printed: '1.017' }),
  ],
  structureKey: 'k',
});

describe('statisticsPageView', () => {
  it('counts what is published, in Vietnamese, and lists topics with figures in Vietnamese order', () => {
    const v = statisticsPageView(s, '/');
    expect(v.counts).toEqual({
      figures: '3',
      indicators: '2',
      charts: String(v.sections.flatMap((t) => t.items).filter((i) => i.chart).length),
      units: '2',
      reports: '2',
      flagged: '0',
    });
    expect(v.sections.map((t) => t.label)).toEqual(['Kiêm nhiệm chức danh', 'Nhất thể hóa']);
    expect(v.description).toBe(
      'Tổng quan 3 số liệu về kiêm nhiệm, nhất thể hóa từ 2 báo cáo: so sánh các địa phương theo 2 chỉ tiêu, có biểu đồ, bảng và dữ liệu tải về.',
    );
  });

  it('each indicator links its page and gives either its comparison chart or the table of its newest figures', () => {
    const items = statisticsPageView(s, '/p/').sections.flatMap((t) => t.items);
    const ratio = items.find((i) => i.indicator.id === 'ti-le')!;
    expect(ratio).toMatchObject({ href: '/p/chi-tieu/ti-le/', units: 2, measure: 'Tỉ lệ (số đếm trên tổng số)' });
    for (const i of items) expect(i.chart ? i.table : i.table.length).toEqual(i.chart ? [] : i.units);
  });
});
