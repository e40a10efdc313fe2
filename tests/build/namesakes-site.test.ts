/**
 * A site of namesakes, built from a fixture project (tests/fixtures/namesakes): two "Xã Hòa
 * Thuận" in two provinces, a commune renamed (Xã An Lạc → Xã An Phú) and a province merged
 * (Tỉnh Bến Hải into Tỉnh Đông Hà). Every place the built site names them together must tell
 * them apart: chart labels, the chart's description, its table, the search records, JSON-LD.
 */
import { cpSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, buildSite, copyProject, readPage } from '../site.ts';

const HT_TL = 'Xã Hòa Thuận (Tây Lĩnh)';
const HT_DH = 'Xã Hòa Thuận (Đông Hà)';
const AN_LAC = 'Xã An Lạc (đến 30/6/2025)';
const BEN_HAI = 'Tỉnh Bến Hải (đến 30/6/2025)';

const jsonLd = (html: string) =>
  [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!));
const svgOf = (html: string) => /<svg[\s\S]*?<\/svg>/.exec(html)![0];
const svgTexts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);

describe('namesakes on a built site', () => {
  let root = '';
  let dist = '';
  beforeAll(() => {
    root = copyProject(false);
    cpSync(join(ROOT, 'tests/fixtures/namesakes/content'), join(root, 'content'), { recursive: true });
    cpSync(join(ROOT, 'tests/fixtures/namesakes/data'), join(root, 'data'), { recursive: true });
    dist = buildSite({ root, name: 'namesakes' });
  }, 300_000);
  afterAll(() => root && rmSync(root, { recursive: true, force: true }));

  it('the comparison chart labels, describes and tabulates each Hòa Thuận with its province, ranked by value', () => {
    const page = readPage(dist, 'chi-tieu/bi-thu-kiem-chu-tich/index.html');
    const svg = svgOf(page);
    const labels = svgTexts(svg).filter((t) => t.startsWith('Xã'));
    // 11/14 = 78,57% before 7/9 = 77,78% before 3/5 = 60%: by value, one format (one decimal).
    expect(labels).toEqual([HT_DH, HT_TL, AN_LAC]);
    expect(svgTexts(svg)).toEqual(expect.arrayContaining(['11/14 (78,6%)', '7/9 (77,8%)', '3/5 (60,0%)']));
    const desc = /<desc[^>]*>([^<]*)<\/desc>/.exec(svg)![1]!;
    expect(desc).toContain(`${HT_DH}: 11/14 (78,6%); ${HT_TL}: 7/9 (77,8%)`);
    const table = /<table class="chart-table">[\s\S]*?<\/table>/.exec(page)![0];
    expect([...table.matchAll(/<th scope="row">([^<]*)<\/th>/g)].map((m) => m[1])).toEqual([HT_DH, HT_TL, AN_LAC]);
  });

  it("a namesake's own page carries its province in the title, the heading and its JSON-LD Place", () => {
    const page = readPage(dist, 'dia-phuong/hoa-thuan-tl/index.html');
    expect(page).toContain(`<h1>${HT_TL}</h1>`);
    expect(/<title>([^<]*)<\/title>/.exec(page)![1]).toContain(HT_TL);
    const place = jsonLd(page).find((j) => j['@type'] === 'Place');
    expect(place.name).toBe(HT_TL);
    expect(place.containedInPlace.name).toBe('Tỉnh Tây Lĩnh');
    // The excerpt the search quotes is the page's summary, not the form labels after it.
    expect(page).toMatch(
      /<p class="lead unit-summary">Cấp xã, thuộc Tỉnh Tây Lĩnh; mã số thống kê 01001\. Số liệu mới nhất \(30\/9\/2025\): Xã có bí thư kiêm chủ tịch UBND 7\/9 \(tính ra 77,78%\)\./,
    );
  });

  it('a report names each place it concerns once, as its own Place, and the merged province says so', () => {
    const report = readPage(dist, 'hoi-nghi/so-ket-hai-tinh/index.html');
    const about = jsonLd(report).find((j) => j.about)?.about;
    expect(about.location.name).toBe('Tỉnh Tây Lĩnh');
    const merged = readPage(dist, 'dia-phuong/ben-hai/index.html');
    expect(merged).toContain(`<h1>${BEN_HAI}</h1>`);
    expect(readPage(dist, 'dia-phuong/an-phu/index.html')).toContain(`>${AN_LAC}</a>`);
  });

  it('search records name the place with its province, and the merged province is a facet value that says so', () => {
    const tl = readPage(dist, 'dia-phuong/hoa-thuan-tl/index.html');
    expect(tl).toContain(`data-pagefind-meta="don-vi[data-v]" data-v="${HT_TL}"`);
    expect(readPage(dist, 'dia-phuong/an-phu/index.html')).toContain(
      'data-pagefind-meta="don-vi[data-v]" data-v="Xã An Phú, Tỉnh Tây Lĩnh"',
    );
    const doc = readPage(dist, 'van-ban/02-nq-tu-2024-ben-hai/index.html');
    expect(doc).toContain(`data-pagefind-filter="dia-phuong[data-v]" data-v="${BEN_HAI}"`);
    const search = readPage(dist, 'tim-kiem/index.html');
    expect(search).toContain(`data-historical="[&quot;${BEN_HAI}&quot;]"`);
  });

  it("the open data carries each unit's label beside its name", () => {
    const units = JSON.parse(readFileSync(join(dist, 'du-lieu/units.json'), 'utf8')) as { id: string; label: string }[];
    const label = (id: string) => units.find((u) => u.id === id)!.label;
    expect([label('hoa-thuan-tl'), label('hoa-thuan-dh'), label('an-lac'), label('ben-hai'), label('an-phu')]).toEqual([
      HT_TL,
      HT_DH,
      AN_LAC,
      BEN_HAI,
      'Xã An Phú',
    ]);
  });
});
