/**
 * One build of the fixture site with the clock in UTC (`npm run test:utc` runs it; in the
 * ordinary run, in Vietnam's zone, it is skipped, the shared build covering that zone). Every
 * date without a time comes out as the day the content gives: the feeds' pubDate at midnight
 * +0700, the JSON-LD of every document and report page, the open data.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import Papa from 'papaparse';
import { XMLParser } from 'fast-xml-parser';
import { validateProject } from '../src/checks/engine.ts';
import { isPublic } from '../src/domain/publishing.ts';
import { BUILD_TIMEOUT, buildSite, listFiles, readPage, SITE_FIXTURE } from './site.ts';

const UTC = process.env.TZ === 'UTC';

function jsonLd(html: string): Record<string, unknown> {
  const m = /<script type="application\/ld\+json">([^]*?)<\/script>/.exec(html);
  if (!m) throw new Error('no JSON-LD on the page');
  return JSON.parse(m[1]!);
}

const vietnamDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' });

describe.runIf(UTC)('the fixture site built in UTC', () => {
  let dist = '';
  const { corpus } = validateProject(SITE_FIXTURE);
  const conferences = corpus.conferences.filter((c) => isPublic(c.data));

  it(
    'builds, in a zone where a day read as an instant is the day before',
    () => {
      expect(new Date(2021, 8, 24).getTimezoneOffset()).toBe(0);
      dist = buildSite({ name: 'utc', env: { TZ: 'UTC' } });
      expect(listFiles(dist)).toContain('rss.xml');
    },
    BUILD_TIMEOUT,
  );

  it('every feed item known to the day is dated that day at 00:00 +0700', () => {
    const items = [new XMLParser().parse(readPage(dist, 'rss.xml')).rss.channel.item].flat() as { link: string; pubDate?: string }[];
    const dated = new Map<string, string | undefined>([
      ...corpus.documents.filter((d) => !d.data.draft).map((d) => [`/van-ban/${d.id}/`, d.data.issued] as const),
      ...conferences.map((c) => [`/hoi-nghi/${c.id}/`, c.data.published] as const),
    ]);
    let checked = 0;
    for (const item of items) {
      const day = dated.get(new URL(item.link).pathname);
      if (day === undefined || day.length !== 10) {
        expect(item.pubDate, item.link).toBeUndefined();
        continue;
      }
      expect(item.pubDate, item.link).toMatch(/^\w{3}, \d{2} \w{3} \d{4} 00:00:00 \+0700$/);
      expect(vietnamDay.format(new Date(item.pubDate!)), item.link).toBe(day);
      checked++;
    }
    expect(checked).toBeGreaterThan(5);
  });

  it('the JSON-LD of every document and report page gives the content’s own dates', () => {
    for (const d of corpus.documents.filter((x) => !x.data.draft)) {
      const ld = jsonLd(readPage(dist, `van-ban/${d.id}/index.html`));
      expect(ld.legislationDate, d.id).toBe(d.data.issued);
    }
    for (const c of conferences) {
      const ld = jsonLd(readPage(dist, `hoi-nghi/${c.id}/index.html`));
      expect(ld.datePublished, c.id).toBe(c.data.published);
      if (c.data.held) expect((ld.about as { startDate?: string }).startDate, c.id).toBe(c.data.held);
    }
  });

  it('the sitemap states no lastmod, or only a day as the content gives it', () => {
    for (const f of listFiles(dist).filter((x) => /^sitemap.*\.xml$/.test(x))) {
      for (const m of readPage(dist, f).matchAll(/<lastmod>([^<]*)<\/lastmod>/g)) expect(m[1], f).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    }
  });

  it('the open data gives the content’s own dates', () => {
    const rows = Papa.parse<Record<string, string>>(readPage(dist, join('du-lieu', 'conferences.csv')), {
      header: true,
      skipEmptyLines: true,
    }).data;
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const c of conferences) {
      expect(byId.get(c.id)!.held, c.id).toBe(c.data.held ?? '');
      expect(byId.get(c.id)!.published, c.id).toBe(c.data.published ?? '');
    }
    const obs = Papa.parse<Record<string, string>>(readPage(dist, join('du-lieu', 'observations.csv')), {
      header: true,
      skipEmptyLines: true,
    }).data;
    const dates = new Map(corpus.observations.map((o) => [o.data.id, o.data.date]));
    for (const o of obs) expect(o.date, o.id).toBe(dates.get(o.id));
  });
});
