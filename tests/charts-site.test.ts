/** Charts in the built site: report pages, the statistics overview, indicator pages. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { corpusFigures } from '../src/articles/chart-html.ts';
import { indicatorComparison } from '../src/charts/specs.ts';
import { formatNumber, formatPercent, formatQualified } from '../src/core/format.ts';
import { isPublic } from '../src/domain/publishing.ts';
import { validateProject } from '../src/checks/engine.ts';
import { listFiles, readPage, SITE_FIXTURE } from './site.ts';

const dist = inject('dist');
const { corpus } = validateProject(SITE_FIXTURE);
const published = new Set(corpus.conferences.filter((c) => isPublic(c.data)).map((c) => c.id));
const figures = corpusFigures(corpus, (id) => published.has(id));
const indicators = corpus.indicators.map((r) => r.data);
const svgs = (html: string) => html.match(/<svg\b[\s\S]*?<\/svg>/g) ?? [];
const figuresOf = (html: string) => html.match(/<figure class="chart"[\s\S]*?<\/figure>/g) ?? [];

describe('charts on the built pages', () => {
  it('the Bến Tre City report shows the progress chart with printed and computed rates for the flagged rows', () => {
    const page = readPage(dist, 'hoi-nghi/so-ket-de-an-01-tp-ben-tre-2018/index.html');
    const chart = figuresOf(page).find((f) => f.includes('chart-progress'))!;
    expect(chart).toBeDefined();
    expect(chart).toContain('in: 38,6% · tính: 30,56%');
    expect(chart).toContain('in: 38,65% · tính: 37,42%');
    expect(chart).not.toContain('in: 17,07%');
    expect(chart).toMatch(/<desc id="[^"]+">[^<]*nguồn in 38,6%, không khớp phép tính[^<]*nguồn: [^<]+<\/desc>/);
    expect(chart).toMatch(/<details class="data-table">[\s\S]*<table class="chart-table">[\s\S]*88[\s\S]*288/);
    expect(chart).toContain('class="chart-flag"');
    expect(chart).toMatch(
      /<figcaption>Nguồn: <a href="\/hoi-nghi\/so-ket-de-an-01-tp-ben-tre-2018\/">[^<]+<\/a>; số liệu tại thời điểm <time datetime="2018-10-25">25\/10\/2018<\/time>/,
    );
    expect(chart).toMatch(
      /<br>Trích dẫn: [^<]+, biểu đồ “[^”]+”, theo “Thành ủy Bến Tre sơ kết[^”]+” \(số liệu 25\/10\/2018\)\.<\/figcaption>/,
    );
    expect(chart).toMatch(/href="\/du-lieu\/bieu-do\/[a-z0-9-]+\.csv" download/);
    // The charts sit above the report's figures table.
    expect(page.indexOf('chart-progress')).toBeLessThan(page.indexOf('id="so-lieu-tp-ben-tre-2018-nu-bch-thanh-uy"'));
  });

  it("the Bến Tre 2021 report shows 1.017 as a composition of 2, 26, 180 and 809, in the editor's order", () => {
    const page = readPage(dist, 'hoi-nghi/so-ket-kiem-nhiem-ben-tre-2021/index.html');
    const desc = /<svg[^>]*chart-composition[\s\S]*?<desc[^>]*>([^<]*)<\/desc>/.exec(page)![1]!;
    expect(desc).toMatch(/1\.017, gồm Cấp tỉnh 2 .*Cấp huyện 26 .*Cấp xã 180 .*Cấp ấp, khu phố 809/);
  });

  it("so-lieu has one chart per indicator with chartable data, under that indicator's heading", () => {
    const page = readPage(dist, 'so-lieu/index.html');
    const expected = indicators.filter((i) => indicatorComparison(i, figures));
    expect(expected.length).toBeGreaterThanOrEqual(10);
    expect(figuresOf(page)).toHaveLength(expected.length);
    for (const i of expected) expect(page, i.id).toMatch(new RegExp(`id="chi-tieu-${i.id}"[\\s\\S]*?<figure class="chart" id="bieu-do-`));
    for (const i of indicators.filter((x) => figures.some((f) => f.indicator === x.id)))
      expect(page).toContain(`href="/chi-tieu/${i.id}/"`);
  });

  it('so-lieu weighs at most 60 KB gzip, HTML and CSS together', () => {
    const html = readPage(dist, 'so-lieu/index.html');
    const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => readFileSync(join(dist, m[1]!), 'utf8'));
    const bytes = gzipSync(html).length + css.reduce((n, c) => n + gzipSync(c).length, 0);
    expect(css.length).toBeGreaterThan(0);
    expect(bytes).toBeLessThanOrEqual(60 * 1024);
  });

  it('every figure of the published data appears on its indicator page, formatted in Vietnamese', () => {
    for (const f of figures.filter((x) => x.value !== undefined)) {
      const page = readPage(dist, `chi-tieu/${f.indicator}/index.html`);
      const measure = f.indicatorData.measure === 'percent' ? 'percent' : 'count';
      if (f.total !== undefined) {
        expect(page, f.id).toContain(`${formatNumber(f.value!)}/${formatNumber(f.total)}`);
        expect(page, f.id).toContain(formatPercent((f.value! / f.total) * 100));
      } else expect(page, f.id).toContain(formatQualified(f.value!, f, measure));
      if (f.printed) expect(page, f.id).toContain(f.printed);
    }
    const page = readPage(dist, 'chi-tieu/truong-hop-kiem-nhiem/index.html');
    expect(page).toContain('1.017');
    expect(readPage(dist, 'chi-tieu/bi-thu-kiem-chu-tich-hdnd-xa/index.html')).toContain('16/17');
    expect(readPage(dist, 'chi-tieu/nu-trong-bch-dang-bo-thanh-pho/index.html')).toContain('17,07%');
  });

  it('an indicator page is a schema.org Dataset with its charts and the full table with sources', () => {
    const page = readPage(dist, 'chi-tieu/nu-trong-bch-dang-bo-xa/index.html');
    expect(page).toMatch(/<script type="application\/ld\+json">\{"@context":"https:\/\/schema.org","@type":"Dataset"/);
    expect(figuresOf(page).length).toBeGreaterThan(0);
    expect(page).toContain('<th scope="col">Nguồn</th>');
  });

  it('every chart SVG on the site has role="img", a title and a desc, and no NaN', () => {
    const pages = listFiles(dist).filter((p) => p.endsWith('.html'));
    let count = 0;
    for (const p of pages) {
      for (const svg of svgs(readPage(dist, p)).filter((s) => s.includes('class="chart '))) {
        count++;
        expect(svg, p).toMatch(/^<svg[^>]* role="img"[^>]* aria-labelledby="([a-z0-9-]+)-title \1-desc"/);
        expect(svg, p).toMatch(/<title id="[a-z0-9-]+-title">[^<]+<\/title>\n<desc id="[a-z0-9-]+-desc">[^<]+<\/desc>/);
        expect(svg, p).not.toMatch(/NaN|undefined|Infinity/);
      }
    }
    expect(count).toBeGreaterThan(20);
  });

  it('the data page links every table, the datapackage and declares a Dataset', () => {
    const page = readPage(dist, 'du-lieu/index.html');
    for (const f of ['observations.csv', 'observations.json', 'units.csv', 'indicators.csv', 'datapackage.json'])
      expect(page).toContain(`href="/du-lieu/${f}"`);
    expect(page).toContain('"@type":"Dataset"');
    expect(page).toContain('rel="license"');
  });
});
