import { describe, expect, it } from 'vitest';
import type { PortalConfig } from '../../schemas/portal.ts';
import { siteModel, type ConferenceEntry } from '../model/site-model.ts';
import { TABLES } from '../outputs/open-data.ts';
import { dataPageView } from './data-page.ts';

const conference = (id: string, published?: string) =>
  ({
    id,
    collection: 'conferences',
    data: { title: id, kind: 'so-ket', held: published, published, unit: 'tinh-a', source: { publisher: 'Báo' } },
  }) as unknown as ConferenceEntry;
const portal = {
  name: 'Cổng thử',
  publisher: 'Ban thử',
  tagline: 'Khẩu hiệu',
  license: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
} as PortalConfig;
const view = (conferences: ConferenceEntry[]) =>
  dataPageView(
    siteModel({
      documents: [],
      conferences,
      units: [{ id: 'tinh-a', name: 'Tỉnh A', level: 'tinh' }],
      indicators: [],
      rows: [],
      structureKey: 'k',
    }),
    {
      base: '/p/',
      site: new URL('https://cong.example.org'),
      pathname: '/p/du-lieu/',
      portal,
    },
  );

describe('dataPageView', () => {
  it('every table once, with a copy for software, one for Excel and JSON, under the base path', () => {
    const v = view([conference('a', '2021-09-24')]);
    expect(v.tables.map((t) => t.table.name)).toEqual(TABLES.map((t) => t.name));
    const units = v.tables.find((t) => t.table.name === 'units')!;
    expect(units).toMatchObject({
      rows: '1',
      csv: '/p/du-lieu/units.csv',
      excel: expect.stringMatching(/^\/p\/du-lieu\/excel\/units\.csv$/),
      json: '/p/du-lieu/units.json',
    });
    expect(v.jsonLd).toMatchObject({ '@type': 'Dataset', url: 'https://cong.example.org/p/du-lieu/', license: portal.license.url });
    expect(v.jsonLd).not.toHaveProperty('dateModified');
  });

  it('the citation says which reports the tables hold, not a day they were changed; without a dated report it says nothing of dates', () => {
    expect(view([conference('a', '2021-09-24'), conference('b', '2019-03')]).tables[0]!.citation).toBe(
      'Ban thử, "Địa phương" (units.csv), Cổng thử, gồm các báo cáo đăng đến 24/9/2021, https://cong.example.org/p/du-lieu/units.csv, giấy phép CC BY 4.0.',
    );
    expect(view([conference('c')]).tables[0]!.citation).not.toMatch(/đăng đến/);
  });
});
