import { describe, expect, it } from 'vitest';
import type { PortalConfig } from '../../schemas/portal.ts';
import type { Unit } from '../../schemas/unit.ts';
import { pageKey, siteModel, type ConferenceEntry, type DocumentEntry } from '../model/site-model.ts';
import { CHILDREN_MAX, REPORTS_MAX, unitPagePaths, unitPageView } from './unit-page.ts';

const unit = (id: string, name: string, level: Unit['level'], parent?: string, extra: Partial<Unit> = {}): Unit => ({
  id,
  name,
  level,
  parent,
  ...extra,
});
const report = (id: string, unitId: string, published: string) =>
  ({
    id,
    collection: 'conferences',
    data: { title: `Báo cáo ${id}`, kind: 'so-ket', held: published, published, unit: unitId, source: { publisher: 'Báo thử' } },
  }) as unknown as ConferenceEntry;

const units: Unit[] = [
  unit('viet-nam', 'Việt Nam', 'quoc-gia'),
  unit('tinh-a', 'Tỉnh A', 'tinh', 'viet-nam', { code: '83' }),
  unit('xa-b', 'Xã B', 'xa', 'tinh-a'),
  unit('xa-c', 'Xã C', 'xa', 'tinh-a', { valid_to: '2025-06-30', successor: 'xa-b' }),
  ...Array.from({ length: CHILDREN_MAX + 2 }, (_, i) => unit(`ap-${i + 1}`, `Ấp ${i + 1}`, 'ap', 'xa-b')),
];
const conferences = [
  ...Array.from({ length: REPORTS_MAX + 3 }, (_, i) => report(`bc-tinh-${i + 1}`, 'tinh-a', `2021-0${(i % 9) + 1}-1${i % 10}`)),
  report('bc-xa', 'xa-b', '2022-05-05'),
];
const s = siteModel({ documents: [] as DocumentEntry[], conferences, units, indicators: [], rows: [], structureKey: 'k' });
const ctx = {
  base: '/portal/',
  site: new URL('https://cong.example.org'),
  pathname: '/portal/dia-phuong/tinh-a/',
  portal: { name: 'Cổng thử' } as PortalConfig,
};
const view = (id: string) => {
  const path = unitPagePaths(s).find((p) => p.params.id === id)!;
  return unitPageView(s, path.props, { ...ctx, pathname: `/portal/dia-phuong/${id}/` });
};

describe('unitPageView', () => {
  it('unitPagePaths(s) gives one page per unit, keyed by the structure and by what the page is given', () => {
    const paths = unitPagePaths(s);
    expect(paths.map((p) => p.params.id)).toEqual(units.map((u) => u.id));
    expect(paths.every((p) => p.cacheKey === pageKey(s, p.props))).toBe(true);
    expect(paths.every((p) => p.cacheKey.startsWith('reads|k|'))).toBe(true);
    expect(new Set(paths.map((p) => p.cacheKey)).size).toBe(paths.length);
  });

  it('title, description and JSON-LD say what the data says: counts, parent, code, under the base path', () => {
    const v = view('tinh-a');
    expect(v.title).toBe('Tỉnh A');
    expect(v.description).toBe(`Tỉnh A, thuộc Việt Nam: ${REPORTS_MAX + 3} báo cáo, 0 văn bản, 0 số liệu.`);
    expect(v.jsonLd).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Place',
      name: 'Tỉnh A',
      url: 'https://cong.example.org/portal/dia-phuong/tinh-a/',
      identifier: '83',
      containedInPlace: { '@type': 'Place', name: 'Việt Nam', url: 'https://cong.example.org/portal/dia-phuong/viet-nam/' },
    });
    expect(v.ancestors).toEqual([
      { label: 'Địa phương', route: 'dia-phuong/' },
      { label: 'Việt Nam', route: 'dia-phuong/viet-nam/' },
    ]);
  });

  it('a commune keeps its province in the title; a merged one says where it went, capitalised', () => {
    expect(view('xa-b').title).toBe('Xã B (Tỉnh A)');
    const merged = view('xa-c');
    expect(merged.note).toMatch(/^Đã sáp nhập vào/);
    expect(merged.description).toMatch(/; đã sáp nhập vào/);
  });

  it(`caps the children at ${CHILDREN_MAX} and the reports at ${REPORTS_MAX}, with the totals and a search onward in the province`, () => {
    const xa = view('xa-b');
    expect(xa.children).toHaveLength(CHILDREN_MAX);
    expect(xa.childrenTotal).toBe(CHILDREN_MAX + 2);
    expect(xa.children[0]).toEqual({ label: 'Ấp 1', href: '/portal/dia-phuong/ap-1/', note: undefined });
    const tinh = view('tinh-a');
    expect(tinh.reports).toHaveLength(REPORTS_MAX);
    expect(tinh.reportsTotal).toBe(REPORTS_MAX + 3);
    expect(tinh.onward).toEqual({
      href: `/portal/tim-kiem/?dia-phuong=${encodeURIComponent('Tỉnh A')}`,
      text: 'Tìm mọi báo cáo, văn bản của Tỉnh A',
    });
  });

  it("lists the newest reports of the units below only when one of them is not the unit's own", () => {
    const tinh = view('tinh-a');
    expect(tinh.more.map((m) => m.href)[0]).toBe('/portal/hoi-nghi/bc-xa/');
    expect(tinh.more[0]).toMatchObject({ title: 'Báo cáo bc-xa', place: 'Xã B', published: '2022-05-05' });
    expect(view('xa-c').more).toEqual([]);
  });
});
