import { describe, expect, it } from 'vitest';
import type { Observation } from '../../schemas/observation.ts';
import type { PortalConfig } from '../../schemas/portal.ts';
import { siteModel, type ConferenceEntry, type DocumentEntry } from '../model/site-model.ts';
import { conferencePageView } from './conference-page.ts';

const conf = (id: string, data: Record<string, unknown>) =>
  ({
    id,
    collection: 'conferences',
    data: { title: `Tiêu đề ${id}`, unit: 'tinh-a', source: { publisher: 'Báo A' }, file: `content/conferences/${id}.mdx`, ...data },
  }) as unknown as ConferenceEntry;
const conferences = [
  conf('so-ket', { kind: 'so-ket', held: '2021-09-23', published: '2021-09-24', documents: ['nq-02', 'khong-co'], organizer: 'Tỉnh ủy A' }),
  conf('bai-viet', { kind: 'bai-viet', published: '2020-03', summary: 'Tóm tắt của biên tập viên.' }),
  conf('khong-ngay', { kind: 'so-ket' }),
];
const documents = [
  {
    id: 'nq-02',
    collection: 'documents',
    data: { number: '02-NQ/TU', kind: 'nghi-quyet', issuer: 'Tỉnh ủy A', issued: '2016-04-12', unit: 'tinh-a', title: 'Về…' },
  } as unknown as DocumentEntry,
];
const rows = [
  { row: 2, id: 'a', indicator: 'ti-le', unit: 'tinh-a', date: '2021-09', value: 16, total: 17, conference: 'so-ket' },
  { row: 3, id: 'b', indicator: 'ti-le', unit: 'tinh-a', date: '2015/2020', value: 5, total: 11, conference: 'so-ket' },
] as (Observation & { row: number })[];
const s = siteModel({
  documents,
  conferences,
  units: [{ id: 'tinh-a', name: 'Tỉnh A', level: 'tinh' }],
  indicators: [{ id: 'ti-le', name: 'Tỉ lệ', topic: 'kiem-nhiem', measure: 'ratio' }],
  rows,
  structureKey: 'k',
});
const view = (id: string) =>
  conferencePageView(
    s,
    { conf: s.conference(id)! },
    {
      base: '/p/',
      site: new URL('https://cong.example.org'),
      pathname: `/p/hoi-nghi/${id}/`,
      portal: { name: 'Cổng thử' } as PortalConfig,
    },
  );

describe('conferencePageView', () => {
  it('an event: described by its date, JSON-LD an article about the event at its place, the documents it lists that exist', () => {
    const v = view('so-ket');
    expect(v.event).toBe(true);
    expect(v.description).toBe('Sơ kết ngày 23/9/2021: Tiêu đề so-ket');
    expect(v.crumbs).toEqual([{ label: 'Hội nghị', route: 'hoi-nghi/' }, { label: '23/9/2021' }]);
    expect(v.jsonLd).toMatchObject({
      '@type': 'NewsArticle',
      about: {
        '@type': 'Event',
        startDate: '2021-09-23',
        location: { name: 'Tỉnh A', url: 'https://cong.example.org/p/dia-phuong/tinh-a/' },
      },
    });
    expect(v.documents.map((d) => d.id)).toEqual(['nq-02']);
    expect(v.relatedExclude).toEqual(['document:nq-02']);
    expect(v.citation).toBe(
      '"Tiêu đề so-ket", Báo A, đăng ngày 24/9/2021. Tóm lược trên Cổng thử, https://cong.example.org/p/hoi-nghi/so-ket/',
    );
  });

  it("names every date its figures use, a period as a period, in the table's caption", () => {
    expect(view('so-ket').figuresCaption).toBe('Số liệu do báo cáo nêu, thời điểm 2015–2020; tháng 9/2021');
  });

  it("a feature article keeps the editor's summary and is about a place, not an event", () => {
    const v = view('bai-viet');
    expect(v.event).toBe(false);
    expect(v.description).toBe('Tóm tắt của biên tập viên.');
    expect(v.jsonLd).toMatchObject({ about: { '@type': 'Place', name: 'Tỉnh A' } });
  });

  it('a report whose source gives no date says so and claims none', () => {
    const v = view('khong-ngay');
    expect(v.crumbs.at(-1)).toEqual({ label: 'Tiêu đề khong-ngay' });
    expect(v.citation).toContain('không ghi ngày đăng');
    expect(v.jsonLd).not.toHaveProperty('datePublished');
  });
});
