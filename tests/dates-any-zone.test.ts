/**
 * A date without a time never moves a day, in any output and in any time zone: the feed's
 * `pubDate`, the JSON-LD of document and report pages, the open data. `npm test` runs this in
 * Vietnam's zone, `npm run test:utc` (vitest.utc.config.ts) again in UTC, where an instant read
 * as a day shows the day before: the first test says which zone the run is really in.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { feedDate, feedDayOf, documentItem, reportItem } from '../src/site/outputs/feeds.ts';
import { conferenceJsonLd, documentJsonLd } from '../src/site/views/json-ld.ts';
import { tableRows, toCsv, toJson, TABLES, type OpenDataInput } from '../src/site/outputs/open-data.ts';
import { dateLabel } from '../src/core/partial-date.ts';

const ZONE = process.env.TZ === 'UTC' ? 'UTC' : 'Asia/Ho_Chi_Minh';
const ctx = { site: 'https://example.org', base: '/' };
const WEEKDAY = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTH = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Any real day from 1900 to 2099, as `YYYY-MM-DD`. */
const isoDay = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe(`dates without a time, in ${ZONE}`, () => {
  it('the run is in the zone its config names (a UTC run is really UTC)', () => {
    // ICU may name Vietnam's zone by its older alias.
    expect(ZONE === 'UTC' ? ['UTC', 'Etc/UTC'] : ['Asia/Ho_Chi_Minh', 'Asia/Saigon']).toContain(
      Intl.DateTimeFormat().resolvedOptions().timeZone,
    );
    expect(new Date(2021, 8, 24).getTimezoneOffset()).toBe(ZONE === 'UTC' ? 0 : -420);
  });

  it('the feed dates 24/9/2021 "Fri, 24 Sep 2021 00:00:00 +0700", never the GMT day before', () => {
    expect(feedDate('2021-09-24')).toBe('Fri, 24 Sep 2021 00:00:00 +0700');
    const item = documentItem(
      { id: 'a', data: { number: '01-NQ/TU', kind: 'nghi-quyet', issuer: 'Tỉnh ủy A', issued: '2021-09-24', title: 'T' } },
      ctx,
    );
    expect(item.customData).toBe('<pubDate>Fri, 24 Sep 2021 00:00:00 +0700</pubDate>');
    const report = reportItem({ id: 'b', data: { title: 'Sơ kết', held: '2021-09-23', published: '2021-09-24' } }, ctx);
    expect(report.customData).toBe('<pubDate>Fri, 24 Sep 2021 00:00:00 +0700</pubDate>');
    expect(feedDayOf('2021-09')).toBeUndefined();
  });

  it('for any day, the feed date names that day, its weekday and month, at midnight +0700', () => {
    fc.assert(
      fc.property(isoDay, (iso) => {
        const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
        const weekday = WEEKDAY[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
        expect(feedDate(iso)).toBe(`${weekday}, ${String(d).padStart(2, '0')} ${MONTH[m - 1]} ${y} 00:00:00 +0700`);
        // Read back by a client in Vietnam's zone, it is that very day.
        const back = new Date(feedDate(iso));
        expect(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(back)).toBe(iso);
      }),
      { numRuns: 300 },
    );
  });

  it('JSON-LD gives the dates as the source does: a day as the day, a month as the month', () => {
    const doc = documentJsonLd(
      { number: '01-NQ/TU', issuer: 'Tỉnh ủy A', issued: '2021-09-24', title: 'T' },
      { name: 'Nghị quyết số 01-NQ/TU', kind: 'Nghị quyết', url: 'https://example.org/van-ban/a/' },
    );
    expect(doc.legislationDate).toBe('2021-09-24');
    const month = documentJsonLd(
      { number: '01-NQ/TU', issuer: 'Tỉnh ủy A', issued: '2021-09', title: 'T' },
      { name: 'N', kind: 'Nghị quyết', url: 'u' },
    );
    expect(month.legislationDate).toBe('2021-09');
    const report = conferenceJsonLd(
      { title: 'Sơ kết', held: '2021-09-23', published: '2021-09-24', organizer: 'Ban A', source: { publisher: 'Báo A' } },
      { url: 'u', event: true, place: { '@type': 'Place', name: 'Tỉnh A' } },
    );
    expect(report.datePublished).toBe('2021-09-24');
    expect((report.about as { startDate: string }).startDate).toBe('2021-09-23');
    fc.assert(
      fc.property(isoDay, (iso) => {
        const ld = conferenceJsonLd(
          { title: 'x', held: iso, published: iso, source: { publisher: 'p' } },
          { url: 'u', event: true, place: {} },
        );
        expect([ld.datePublished, (ld.about as { startDate: string }).startDate]).toEqual([iso, iso]);
      }),
      { numRuns: 100 },
    );
  });

  it('open data writes a date as the source gives it, in the CSV and the JSON', () => {
    const input: OpenDataInput = {
      units: [{ id: 'tinh-a', name: 'Tỉnh A', level: 'tinh', parent: 'viet-nam', valid_to: '2025-06-30' }],
      indicators: [],
      conferences: [
        {
          id: 'hn',
          data: {
            title: 'Sơ kết',
            kind: 'so-ket',
            held: '2021-09-23',
            published: '2021-09-24',
            unit: 'tinh-a',
            source: { publisher: 'Báo A' },
          },
        },
      ],
      figures: [],
      pageUrl: (id) => `https://example.org/hoi-nghi/${id}/`,
    };
    const rows = tableRows(input);
    const conferences = TABLES.find((t) => t.name === 'conferences')!;
    const units = TABLES.find((t) => t.name === 'units')!;
    expect(toCsv(conferences.fields, rows.conferences)).toContain(',2021-09-23,2021-09-24,');
    expect(JSON.parse(toJson(conferences.fields, rows.conferences))[0]).toMatchObject({ held: '2021-09-23', published: '2021-09-24' });
    expect(toCsv(units.fields, rows.units)).toContain(',2025-06-30,');
  });

  it('a date shown to readers is the day written', () => {
    expect(dateLabel('2021-09-24')).toBe('24/9/2021');
    expect(dateLabel('2021-01-01')).toBe('1/1/2021');
  });
});
