import { describe, expect, it } from 'vitest';
import { pageKey, siteModel, type DocumentEntry } from '../model/site-model.ts';
import { documentGroups, documentListPaths, documentsIndexView, NEWEST } from './document-lists.ts';

const doc = (id: string, kind: string, issuer: string, issued?: string) =>
  ({ id, collection: 'documents', data: { number: id, kind, issuer, issued, unit: 'tinh-a', title: id } }) as unknown as DocumentEntry;
const documents = [
  doc('kh-1', 'ke-hoach', 'Tỉnh ủy A', '2019-02'),
  doc('nq-1', 'nghi-quyet', 'Đảng uỷ Khối thử', '2021-01-05'),
  doc('nq-2', 'nghi-quyet', 'Đảng ủy Khối thử', undefined),
  ...Array.from({ length: NEWEST + 1 }, (_, i) => doc(`kl-${i + 1}`, 'ket-luan', 'Tỉnh ủy A', `2018-0${i + 1}-01`)),
];
const s = siteModel({
  documents,
  conferences: [],
  units: [{ id: 'tinh-a', name: 'Tỉnh A', level: 'tinh' }],
  indicators: [],
  rows: [],
  structureKey: 'k',
});

describe('documentGroups', () => {
  it('kinds in the contract order, years newest first with the undated last, issuers by name with unique slugs', () => {
    const g = documentGroups(s);
    expect(g.kinds.map((x) => x.key)).toEqual(['nghi-quyet', 'ket-luan', 'ke-hoach']);
    expect(g.years.map((x) => x.key)).toEqual(['2021', '2019', '2018', 'chua-ro']);
    // Two spellings of one name give one slug: the first in Vietnamese order keeps it.
    expect(g.issuers.map((x) => [x.key, x.slug])).toEqual([
      ['Đảng uỷ Khối thử', 'dang-uy-khoi-thu'],
      ['Đảng ủy Khối thử', 'dang-uy-khoi-thu-2'],
      ['Tỉnh ủy A', 'tinh-uy-a'],
    ]);
    expect(documentGroups(s)).toBe(g);
  });
});

describe('documentListPaths', () => {
  it('each list page is named by its group, the undated year said in words', () => {
    const years = documentListPaths(s, 'years');
    expect(years.find((p) => p.params.path === 'chua-ro')?.props).toMatchObject({
      name: 'Văn bản chưa rõ năm ban hành',
      prefix: 'van-ban/nam/chua-ro/',
      count: 1,
    });
    const issuers = documentListPaths(s, 'issuers');
    expect(issuers.find((p) => p.params.path === 'dang-uy-khoi-thu-2')?.props).toMatchObject({
      name: 'Văn bản của Đảng ủy Khối thử',
      holds: 'văn bản do Đảng ủy Khối thử ban hành',
    });
    expect(issuers.every((p) => p.cacheKey === pageKey(s, p.props))).toBe(true);
  });
});

describe('documentsIndexView', () => {
  it(`shows the ${NEWEST} newest of each kind with a link to all of them, and every year, issuer and issuing unit with its count`, () => {
    const v = documentsIndexView(s, '/p/');
    expect(v.total).toBe(String(documents.length));
    const kl = v.kinds.find((k) => k.id === 'ket-luan')!;
    expect(kl.newest.map((d) => d.id)).toEqual(['kl-6', 'kl-5', 'kl-4', 'kl-3', 'kl-2']);
    expect(kl).toMatchObject({ label: 'Kết luận', count: '6', href: '/p/van-ban/loai/ket-luan/', all: 'Xem tất cả 6 kết luận' });
    expect(v.years.at(-1)).toMatchObject({ id: 'nam-chua-ro', href: '/p/van-ban/nam/chua-ro/', count: '1' });
    expect(v.units).toEqual([{ label: 'Tỉnh A', href: '/p/dia-phuong/tinh-a/#van-ban', count: String(documents.length) }]);
  });
});
