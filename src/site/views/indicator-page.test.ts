import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../schemas/indicator.ts';
import type { Observation } from '../../schemas/observation.ts';
import type { PortalConfig } from '../../schemas/portal.ts';
import type { Unit } from '../../schemas/unit.ts';
import { siteModel, type ConferenceEntry } from '../model/site-model.ts';
import { indicatorPagePaths, indicatorPageView } from './indicator-page.ts';

const units: Unit[] = [
  { id: 'viet-nam', name: 'Việt Nam', level: 'quoc-gia' },
  { id: 'tinh-a', name: 'Tỉnh A', level: 'tinh', parent: 'viet-nam' },
  { id: 'tinh-b', name: 'Tỉnh B', level: 'tinh', parent: 'viet-nam' },
];
const indicators: Indicator[] = [
  { id: 'ti-le', name: 'Tỉ lệ bí thư kiêm trưởng ấp', topic: 'kiem-nhiem', measure: 'ratio' },
  { id: 'khac', name: 'Chỉ tiêu không có số liệu', topic: 'chu-de-moi', measure: 'count', level: 'xa' },
];
const report = (id: string, unitId: string, held: string) =>
  ({
    id,
    collection: 'conferences',
    data: { title: `Báo cáo ${id}`, kind: 'so-ket', held, published: held, unit: unitId, source: { publisher: 'Báo thử' } },
  }) as unknown as ConferenceEntry;
const row = (n: number, id: string, unit: string, date: string, value: number, total: number, conference: string) =>
  ({ row: n, id, indicator: 'ti-le', unit, date, value, total, printed: `${value}/${total}`, conference }) as Observation & { row: number };
const s = siteModel({
  documents: [],
  conferences: [report('bc-a', 'tinh-a', '2021-09-23'), report('bc-b', 'tinh-b', '2019-03')],
  units,
  indicators,
  rows: [row(2, 'a-2021', 'tinh-a', '2021-09-23', 16, 17, 'bc-a'), row(3, 'b-2019', 'tinh-b', '2019-03', 55, 86, 'bc-b')],
  structureKey: 'k',
});
const portal = {
  name: 'Cổng thử',
  publisher: 'Ban biên tập thử',
  license: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
} as PortalConfig;
const ctx = { base: '/', site: new URL('https://cong.example.org'), portal };
const view = (id: string) => {
  const path = indicatorPagePaths(s).find((p) => p.params.id === id)!;
  return indicatorPageView(s, path.props, { ...ctx, pathname: `/chi-tieu/${id}/` });
};

describe('indicatorPageView', () => {
  it('indicatorPagePaths(s) gives each indicator its figures newest first', () => {
    const paths = indicatorPagePaths(s);
    expect(paths.map((p) => p.params.id)).toEqual(['ti-le', 'khac']);
    expect(paths[0]!.props.figures.map((f) => f.id)).toEqual(['a-2021', 'b-2019']);
  });

  it('the Dataset covers the real dates from the earliest to the latest, the places and the source reports', () => {
    const v = view('ti-le');
    expect(v.jsonLd).toMatchObject({
      '@type': 'Dataset',
      name: 'Tỉ lệ bí thư kiêm trưởng ấp',
      url: 'https://cong.example.org/chi-tieu/ti-le/',
      temporalCoverage: '2019-03/2021-09-23',
      spatialCoverage: [
        { '@type': 'Place', name: 'Tỉnh A' },
        { '@type': 'Place', name: 'Tỉnh B' },
      ],
      isBasedOn: ['https://cong.example.org/hoi-nghi/bc-a/', 'https://cong.example.org/hoi-nghi/bc-b/'],
      license: 'https://creativecommons.org/licenses/by/4.0/',
      creator: { '@type': 'Organization', name: 'Ban biên tập thử' },
    });
    expect(v.description).toMatch(
      /^Chỉ tiêu “Tỉ lệ bí thư kiêm trưởng ấp” \(Kiêm nhiệm chức danh\): Tỉ lệ \(số đếm trên tổng số\) 2 số liệu, /,
    );
    expect(v.reports).toEqual([
      { title: 'Báo cáo bc-a', href: '/hoi-nghi/bc-a/', date: '23/9/2021' },
      { title: 'Báo cáo bc-b', href: '/hoi-nghi/bc-b/', date: 'tháng 3/2019' },
    ]);
    expect(v.topic).toEqual({ label: 'Kiêm nhiệm chức danh', href: '/so-lieu/#kiem-nhiem' });
    expect(v.citation).toBe(
      'Ban biên tập thử, "Tỉ lệ bí thư kiêm trưởng ấp", Cổng thử, https://cong.example.org/chi-tieu/ti-le/ (giấy phép CC BY 4.0).',
    );
  });

  it('an indicator without figures says so, claims no coverage, and links no empty topic section', () => {
    const v = view('khac');
    expect(v.description).toMatch(/Chưa có số liệu\.$/);
    expect(v.jsonLd).not.toHaveProperty('temporalCoverage');
    expect(v.jsonLd.isBasedOn).toEqual([]);
    expect(v.topic).toEqual({ label: 'chu-de-moi', href: undefined });
    expect(v.level).toBe('Xã, phường, thị trấn');
  });
});
