import { describe, expect, it } from 'vitest';
import type { Observation } from '../../schemas/observation.ts';
import type { PortalConfig } from '../../schemas/portal.ts';
import type { Unit } from '../../schemas/unit.ts';
import { siteModel, type ConferenceEntry, type DocumentEntry } from '../model/site-model.ts';
import {
  conferenceListPaths,
  conferenceListView,
  firstListPage,
  monthPagePaths,
  monthPageView,
  yearPagePaths,
  yearPageView,
} from './conference-lists.ts';
import { homePageView } from './home-page.ts';
import { searchPageView } from './search-page.ts';
import { unitsIndexView } from './units-index.ts';

const conf = (id: string, data: Record<string, unknown>) =>
  ({
    id,
    collection: 'conferences',
    data: { title: `Báo cáo ${id}`, kind: 'so-ket', unit: 'xa-b', source: { publisher: 'Báo A' }, file: `${id}.mdx`, ...data },
  }) as unknown as ConferenceEntry;
const doc = (id: string, unit: string) =>
  ({
    id,
    collection: 'documents',
    data: { number: `${id}-NQ/TU`, kind: 'nghi-quyet', issuer: 'Tỉnh ủy A', unit, title: 'Về…', file: `${id}.mdx` },
  }) as unknown as DocumentEntry;
const units: Unit[] = [
  { id: 'tinh-a', name: 'Tỉnh A', level: 'tinh' },
  { id: 'tinh-cu', name: 'Tỉnh Cũ', level: 'tinh', valid_to: '2025-06-30', successor: 'tinh-a' },
  { id: 'xa-b', name: 'Xã B', level: 'xa', parent: 'tinh-a' },
  { id: 'xa-b2', name: 'Xã B', level: 'xa', parent: 'tinh-cu' },
];
// Newest first, as the site model keeps them: two in one month, one dated by its year only, one undated.
const conferences = [
  conf('t9b', { held: '2021-09-30', featured: true }),
  conf('t9a', { held: '2021-09-02' }),
  conf('nam-2020', { held: '2020' }),
  conf('khong-ngay', {}),
];
const rows = [
  { row: 2, id: 'a', indicator: 'ti-le', unit: 'xa-b', date: '2021-09', value: 16, total: 17, conference: 't9a' },
  {
    row: 3,
    id: 'b',
    indicator: 'so-luong',
    unit: 'xa-b',
    date: '2021-09',
    value: 1017,
    qualifier: 'over',
    printed: 'trên 1.017',
    conference: 't9b',
  },
] as (Observation & { row: number })[];
const s = siteModel({
  documents: [doc('1', 'tinh-a'), doc('2', 'xa-b'), doc('3', 'xa-b')],
  conferences,
  units,
  indicators: [
    { id: 'ti-le', name: 'Tỉ lệ kiêm nhiệm', topic: 'kiem-nhiem', measure: 'ratio' },
    { id: 'so-luong', name: 'Số trường hợp', topic: 'chu-de-rieng', measure: 'count' },
  ],
  rows,
  structureKey: 'k',
});
const portal = { name: 'Cổng thử', tagline: 'Khẩu hiệu thử', publisher: 'Ban thử' } as PortalConfig;

describe('the reports lists', () => {
  it('the list names each year of the archive with its count; the undated report is in no year', () => {
    const v = conferenceListView(s, firstListPage(s), '/p/');
    expect(v.title).toBe('Hội nghị, báo cáo');
    expect(v.years).toEqual([
      { label: 'Năm 2021', href: '/p/hoi-nghi/nam/2021/', count: 2 },
      { label: 'Năm 2020', href: '/p/hoi-nghi/nam/2020/', count: 1 },
    ]);
    expect(v.rssHref).toBe('/p/hoi-nghi/rss.xml');
    expect(firstListPage(s).items.map((c) => c.id)).toEqual(['t9b', 't9a', 'nam-2020', 'khong-ngay']);
    // One page only: no second address for the first page.
    expect(conferenceListPaths(s)).toEqual([]);
  });

  it('a year lists its months with pages, and the reports dated by the year alone under "Chưa rõ tháng", with no page', () => {
    const paths = yearPagePaths(s);
    expect(paths.map((p) => [p.params.year, p.props.newer, p.props.older])).toEqual([
      ['2021', undefined, '2020'],
      ['2020', '2021', undefined],
    ]);
    const y2021 = yearPageView(paths[0]!.props, '/');
    expect(y2021.months).toEqual([
      {
        anchor: 'thang-09',
        heading: 'Tháng 9/2021',
        href: '/hoi-nghi/nam/2021/09/',
        items: [
          { title: 'Báo cáo t9b', href: '/hoi-nghi/t9b/', date: '2021-09-30' },
          { title: 'Báo cáo t9a', href: '/hoi-nghi/t9a/', date: '2021-09-02' },
        ],
      },
    ]);
    expect(y2021.older).toEqual({ label: 'Năm 2020', href: '/hoi-nghi/nam/2020/' });
    const y2020 = yearPageView(paths[1]!.props, '/');
    expect(y2020.months).toEqual([
      {
        anchor: 'thang-chua-ro',
        heading: 'Chưa rõ tháng',
        href: undefined,
        items: [{ title: 'Báo cáo nam-2020', href: '/hoi-nghi/nam-2020/', date: '2020' }],
      },
    ]);
    expect(y2020.crumbs).toEqual([{ label: 'Hội nghị', route: 'hoi-nghi/' }, { label: 'Năm 2020' }]);
  });

  it('a month page exists only for a month some report is dated by', () => {
    const paths = monthPagePaths(s);
    expect(paths.map((p) => p.params)).toEqual([{ year: '2021', month: '09' }]);
    const v = monthPageView('2021', '09', paths[0]!.props);
    expect(v.title).toBe('Hội nghị, báo cáo tháng 9/2021');
    expect(v.description).toBe('2 hội nghị, báo cáo về mô hình kiêm nhiệm diễn ra trong tháng 9/2021.');
    expect(v.crumbs.at(-2)).toEqual({ label: 'Năm 2021', route: 'hoi-nghi/nam/2021/' });
  });
});

describe('the list of localities', () => {
  it('nests units under their parent, tells namesakes apart, counts reports and documents, and notes the ones that ended', () => {
    const v = unitsIndexView(s, '/');
    expect(v.ended).toBe(1);
    const a = v.tree.find((n) => n.href === '/dia-phuong/tinh-a/')!;
    expect(a.count).toBe('1 văn bản');
    expect(a.children).toHaveLength(1);
    expect(a.children[0]!.count).toBe('4 báo cáo, 2 văn bản');
    const old = v.tree.find((n) => n.href === '/dia-phuong/tinh-cu/')!;
    expect(old.note).toMatch(/^đã/);
    // Two "Xã B": each labelled by its province.
    expect(a.children[0]!.label).not.toBe(old.children[0]!.label);
    expect(old.children[0]!.count).toBe('');
    expect(v.levels).not.toContain('quốc gia');
    expect(v.levels.every((l) => l === l.toLocaleLowerCase('vi'))).toBe(true);
  });
});

describe('the home page', () => {
  it('headline figures: featured report first, as the source gives them; a worked-out rate says so', () => {
    const v = homePageView(s, { base: '/p/', site: new URL('https://cong.example.org'), pathname: '/p/', portal });
    expect(v.headlines.map((h) => h.figure)).toEqual(['trên 1.017', '16/17']);
    expect(v.headlines[1]!.rate).toBe('(94,12%, tính từ số đếm)');
    expect(v.headlines[0]!.rate).toBeUndefined();
    expect(v.headlines[0]!.source).toEqual({ title: 'Báo cáo t9b', href: '/p/hoi-nghi/t9b/' });
    expect(v.jsonLd).toMatchObject({ '@type': 'WebSite', name: 'Cổng thử', url: 'https://cong.example.org/p/' });
    expect(v.featured.map((c) => c.id)).toEqual(['t9b']);
    expect(v.latest.map((c) => c.id)).toEqual(['t9a', 'nam-2020', 'khong-ngay']);
    // The topics are the indicators' own: a topic the contract does not name is shown by its id.
    expect(v.topics).toEqual(['Kiêm nhiệm chức danh', 'chu-de-rieng']);
    expect(v.links.search).toBe('/p/tim-kiem/');
  });
});

describe('the search page', () => {
  it('links the lists for readers without scripts and names the provinces that ended', () => {
    const v = searchPageView(s, '/p/');
    expect(v.indexes[0]).toEqual({ label: 'Danh mục văn bản', href: '/p/van-ban/' });
    expect(v.historical).toEqual(['Tỉnh Cũ (đến 30/6/2025)']);
    expect(v.action).toBe('/p/tim-kiem/');
  });
});
