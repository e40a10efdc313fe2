/**
 * The reader's site as built: locality pages, the methodology page, the feeds, the sitemap,
 * and the head of every page (unique title and description, canonical link).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, inject, it } from 'vitest';
import { listFiles, readPage } from './site.ts';
import { isSearchable } from '../src/search/html-text.ts';

const dist = inject('dist');
const pages = listFiles(dist).filter((f) => f.endsWith('.html'));
const count = (re: RegExp) => pages.filter((p) => re.test(p)).length;

/** The HTML of the section whose heading has this id. */
function section(html: string, id: string): string {
  const start = html.indexOf(`id="${id}"`);
  if (start < 0) return '';
  const end = html.indexOf('</section>', start);
  return html.slice(start, end < 0 ? undefined : end);
}

function jsonLd(html: string): Record<string, unknown> {
  const m = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html);
  return m ? (JSON.parse(m[1]!) as Record<string, unknown>) : {};
}

describe('locality pages', () => {
  const benTre = readPage(dist, 'dia-phuong/ben-tre/index.html');

  it('dia-phuong/ben-tre shows its ancestors in the breadcrumb and its districts as children', () => {
    const crumb = benTre.slice(benTre.indexOf('class="breadcrumb"'), benTre.indexOf('</nav>', benTre.indexOf('class="breadcrumb"')));
    expect(crumb).toContain('href="/dia-phuong/viet-nam/"');
    expect(crumb).toMatch(/aria-current="page"[^>]*>Tỉnh Bến Tre \(đến 30\/6\/2025\)</);
    const place = section(benTre, 'dia-gioi');
    for (const id of ['tp-ben-tre', 'thanh-phu', 'ba-tri', 'mo-cay-nam']) expect(place).toContain(`href="/dia-phuong/${id}/"`);
  });

  it('dia-phuong/ben-tre states, from the data, that it merged into Vĩnh Long from 1/7/2025', () => {
    expect(section(benTre, 'lich-su')).toContain('Từ 1/7/2025 sáp nhập vào tỉnh Vĩnh Long.');
    expect(section(benTre, 'lich-su')).toContain('href="/dia-phuong/vinh-long/"');
    expect(section(readPage(dist, 'dia-phuong/vinh-long/index.html'), 'lich-su')).toContain('tỉnh Bến Tre sáp nhập vào tỉnh Vĩnh Long');
  });

  it('dia-phuong/ben-tre lists its figures with their sources, the whole before its parts', () => {
    const figures = section(benTre, 'so-lieu');
    expect(figures).toContain('id="so-lieu-ben-tre-2021-kiem-nhiem-tong"');
    expect(figures.indexOf('kiem-nhiem-tong"')).toBeLessThan(figures.indexOf('kiem-nhiem-cap-tinh"'));
    expect(figures).toContain('1.017');
    expect(figures).toContain('href="/hoi-nghi/so-ket-kiem-nhiem-ben-tre-2021/"');
  });

  it('dia-phuong/ben-tre lists its own reports and documents', () => {
    expect(section(benTre, 'bao-cao')).toContain('href="/hoi-nghi/so-ket-kiem-nhiem-ben-tre-2021/"');
    expect(section(benTre, 'bao-cao')).not.toContain('href="/hoi-nghi/khao-sat-tp-ben-tre-2019/"');
    expect(section(benTre, 'van-ban')).toContain('href="/van-ban/02-nq-tu-2016-ben-tre/"');
  });

  it('dia-phuong/ben-tre "Xem thêm" includes the reports of Bến Tre City, a unit under it', () => {
    const more = section(benTre, 'xem-them');
    expect(more).toContain('href="/hoi-nghi/khao-sat-tp-ben-tre-2019/"');
    expect(more).toContain('href="/hoi-nghi/so-ket-de-an-01-tp-ben-tre-2018/"');
    expect(more).toContain('href="/hoi-nghi/so-ket-kiem-nhiem-ben-tre-2021/"');
  });

  it('dia-phuong/tp-ben-tre lists the Bến Tre City reports and shows the district level ended', () => {
    const city = readPage(dist, 'dia-phuong/tp-ben-tre/index.html');
    expect(section(city, 'bao-cao')).toContain('href="/hoi-nghi/khao-sat-tp-ben-tre-2019/"');
    expect(section(city, 'bao-cao')).toContain('href="/hoi-nghi/so-ket-de-an-01-tp-ben-tre-2018/"');
    expect(section(city, 'lich-su')).toContain('Từ 1/7/2025 cấp huyện kết thúc hoạt động');
    expect(city).toMatch(
      /<li><a href="\/dia-phuong\/viet-nam\/">Việt Nam<\/a><\/li><li><a href="\/dia-phuong\/ben-tre\/">Tỉnh Bến Tre \(đến 30\/6\/2025\)<\/a><\/li>/,
    );
  });

  it('every locality page carries a schema.org Place with its code and the place containing it', () => {
    expect(jsonLd(benTre)).toMatchObject({
      '@type': 'Place',
      // A unit that no longer exists says until when: the label every page gives it.
      name: 'Tỉnh Bến Tre (đến 30/6/2025)',
      identifier: '83',
      containedInPlace: { '@type': 'Place', name: 'Việt Nam' },
    });
    expect(count(/^dia-phuong\/[^/]+\/index\.html$/)).toBe(10);
  });

  it('dia-phuong/ lists the hierarchy as nested lists with merged and abolished units marked', () => {
    const index = readPage(dist, 'dia-phuong/index.html');
    expect(index).toMatch(
      /href="\/dia-phuong\/viet-nam\/"[\s\S]*<ul[^>]*>[\s\S]*href="\/dia-phuong\/ben-tre\/"[\s\S]*<ul[^>]*>[\s\S]*href="\/dia-phuong\/tp-ben-tre\/"/,
    );
    expect(index).toContain('đã sáp nhập vào tỉnh Vĩnh Long');
    expect(index).toContain('cấp huyện đã kết thúc hoạt động');
  });
});

describe('methodology and documents index', () => {
  it('phuong-phap/ explains checks, flags, qualifiers, dates, citation, licence and feedback', () => {
    const page = readPage(dist, 'phuong-phap/index.html');
    for (const id of ['kiem-tra', 'co', 'tu-han-dinh', 'ngay', 'trich-dan', 'giay-phep', 'khong-lam']) expect(page).toContain(`id="${id}"`);
    expect(page).toContain('mailto:bientap@example.org');
    expect(page).toContain('rel="license"');
  });

  it('van-ban/ can be narrowed by year, issuing body and locality without script', () => {
    const page = readPage(dist, 'van-ban/index.html');
    expect(page).toContain('id="nam-2018"');
    expect(section(page, 'theo-co-quan')).toContain('Bộ Chính trị');
    expect(section(page, 'theo-dia-phuong')).toContain('href="/dia-phuong/ben-tre/#van-ban"');
  });
});

describe('feeds', () => {
  const docs = count(/^van-ban\/[^/]+\/index\.html$/);
  const reports = count(/^hoi-nghi\/[^/]+\/index\.html$/);
  const feeds: [string, number][] = [
    ['rss.xml', docs + reports],
    ['van-ban/rss.xml', docs],
    ['hoi-nghi/rss.xml', reports],
  ];

  it.each(feeds)('%s is well-formed RSS in Vietnamese with %i items with absolute links to built pages', (file, n) => {
    const xml = readPage(dist, file);
    expect(XMLValidator.validate(xml)).toBe(true);
    const rss = new XMLParser({ ignoreAttributes: false }).parse(xml).rss;
    expect(rss.channel.language).toBe('vi');
    const items = [rss.channel.item ?? []].flat() as { link: string; pubDate: string; description: string; title: string }[];
    expect(items).toHaveLength(n);
    for (const item of items) {
      expect(item.link).toMatch(/^https:\/\/example\.org\//);
      expect(existsSync(join(dist, new URL(item.link).pathname, 'index.html')), item.link).toBe(true);
      expect(item.title && item.description).toBeTruthy();
    }
    const dates = items.map((i) => Date.parse(i.pubDate));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });

  it('a report is dated in the feed by its publication day at 00:00 in Vietnam', () => {
    const xml = readPage(dist, 'hoi-nghi/rss.xml');
    const item = xml.slice(xml.indexOf('<link>https://example.org/hoi-nghi/khao-sat-tp-ben-tre-2019/'));
    // Vietnam's day with Vietnam's offset: a reader in UTC is not shown 22/2 (the GMT instant's day).
    expect(item).toMatch(/^[^]*?<pubDate>Sun, 23 Feb 2020 00:00:00 \+0700<\/pubDate>/);
  });
});

describe('sitemap and page heads', () => {
  it('the sitemap lists the indexable pages and leaves out 404', () => {
    expect(existsSync(join(dist, 'sitemap-index.xml'))).toBe(true);
    const urls = [...readPage(dist, 'sitemap-0.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(urls.some((u) => u.includes('404'))).toBe(false);
    expect(urls).toContain('https://example.org/dia-phuong/ben-tre/');
    expect(urls).toContain('https://example.org/phuong-phap/');
    const indexable = pages.filter((p) => !readPage(dist, p).includes('<meta name="robots" content="noindex"'));
    expect(urls).toHaveLength(indexable.length);
  });

  it('every page has a unique title, a unique description and a canonical link to itself', () => {
    const titles = new Map<string, string>();
    const descriptions = new Map<string, string>();
    for (const p of pages) {
      const html = readPage(dist, p);
      const title = /<title>([^<]+)<\/title>/.exec(html)?.[1];
      const description = /<meta name="description" content="([^"]+)"/.exec(html)?.[1];
      const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
      expect(title, p).toBeTruthy();
      expect(description, p).toBeTruthy();
      expect(titles.get(title!), `${p} repeats the title of ${titles.get(title!)}`).toBeUndefined();
      expect(descriptions.get(description!), `${p} repeats the description of ${descriptions.get(description!)}`).toBeUndefined();
      titles.set(title!, p);
      descriptions.set(description!, p);
      const expected = `https://example.org/${p.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '/')}`;
      expect(canonical, p).toBe(expected);
    }
  });
});

describe('what the site search holds', () => {
  const searchable = pages.filter((p) => isSearchable(readPage(dist, p)));
  it('holds every document, report, locality and indicator page', () => {
    for (const re of [
      /^van-ban\/[^/]+\/index\.html$/,
      /^hoi-nghi\/[^/]+\/index\.html$/,
      /^dia-phuong\/[^/]+\/index\.html$/,
      /^chi-tieu\/[^/]+\/index\.html$/,
    ]) {
      const all = pages.filter((p) => re.test(p) && !/^[^/]+\/(nam|trang|loai|co-quan)\//.test(p));
      expect(all.length).toBeGreaterThan(0);
      for (const p of all) expect(searchable, p).toContain(p);
    }
  });
  it('leaves out lists and their later pages, which only repeat the titles of the pages above', () => {
    const lists = pages.filter((p) => /\/(trang|nam|loai|co-quan)\//.test(p));
    expect(lists.length).toBeGreaterThan(10);
    for (const p of lists) expect(searchable, p).not.toContain(p);
    // In the sitemap and for search engines they stay.
    expect(readPage(dist, lists[0]!)).not.toContain('name="robots"');
  });
});
