import { describe, expect, it } from 'vitest';
import type { PortalConfig } from '../../schemas/portal.ts';
import { siteModel, type ConferenceEntry, type DocumentEntry } from '../model/site-model.ts';
import { documentPageView } from './document-page.ts';

const doc = (id: string, data: Record<string, unknown>) =>
  ({
    id,
    collection: 'documents',
    data: { kind: 'nghi-quyet', issuer: 'Tỉnh ủy A', unit: 'tinh-a', title: `Về việc ${id}`, file: `content/documents/${id}.mdx`, ...data },
  }) as unknown as DocumentEntry;
const documents = [
  doc('nq-02-2016', { number: '02-NQ/TU', issued: '2016-04-12' }),
  doc('kh-96-2013', { number: '96-KH/TU', kind: 'ke-hoach', issued: '2013', cites: ['nq-02-2016'] }),
  doc('kh-10-2017', { number: '10-KH/TU', kind: 'ke-hoach', issued: '2017-05', implements: ['nq-02-2016'] }),
  doc('nq-05-2020', { number: '05-NQ/TU', issued: '2020-01-02', status: 'in-force', source: { type: 'gazette' } }),
];
const conferences = [
  {
    id: 'so-ket',
    collection: 'conferences',
    data: {
      title: 'Sơ kết',
      kind: 'so-ket',
      held: '2021-09-23',
      published: '2021-09-24',
      unit: 'tinh-a',
      source: { publisher: 'Báo A' },
      documents: ['nq-02-2016'],
    },
  } as unknown as ConferenceEntry,
];
const s = siteModel({
  documents,
  conferences,
  units: [{ id: 'tinh-a', name: 'Tỉnh A', level: 'tinh' }],
  indicators: [],
  rows: [],
  structureKey: 'k',
});
const portal = { name: 'Cổng thử' } as PortalConfig;
const view = (id: string) =>
  documentPageView(
    s,
    { doc: s.document(id)! },
    { base: '/', site: new URL('https://cong.example.org'), pathname: `/van-ban/${id}/`, portal },
  );

describe('documentPageView', () => {
  it('says nothing of legal force when no editor recorded it: no row, nothing in JSON-LD', () => {
    const v = view('nq-02-2016');
    expect(v.status).toBeUndefined();
    expect(v.jsonLd).not.toHaveProperty('legislationLegalForce');
    expect(v.title).toBe('Nghị quyết số 02-NQ/TU');
    expect(v.description).toBe('Nghị quyết số 02-NQ/TU ngày 12/4/2016 của Tỉnh ủy A: Về việc nq-02-2016');
  });

  it('a recorded status is shown with the source it came from', () => {
    const v = view('nq-05-2020');
    expect(v.status?.text).toBe('Còn hiệu lực (theo công báo)');
    expect(v.jsonLd).toMatchObject({ legislationLegalForce: 'https://schema.org/InForce' });
  });

  it('relations come from stated fields; a summary that names the document is not a citation', () => {
    const v = view('nq-02-2016');
    expect(v.relations.implementedBy.map((d) => d.id)).toEqual(['kh-10-2017']);
    expect(v.namedIn.map((d) => d.id)).toEqual(['kh-96-2013']);
    expect(v.citedBy).toEqual([{ id: 'so-ket', title: 'Sơ kết', href: '/hoi-nghi/so-ket/', date: '2021-09-23' }]);
    expect(v.relatedExclude).toEqual(['document:kh-10-2017', 'document:kh-96-2013', 'conference:so-ket']);
  });

  it('the citation gives only the part of the date the source gives', () => {
    expect(view('kh-96-2013').citation).toBe(
      'Tỉnh ủy A (2013), Kế hoạch số 96-KH/TU năm 2013: Về việc kh-96-2013. Tóm tắt trên Cổng thử, https://cong.example.org/van-ban/kh-96-2013/',
    );
  });
});
