/**
 * What a source does not give, on the built site: a fixture project of its own (the minimal
 * project, an undated decision known from a report, and a feature article whose figures are
 * dated to the month) built with the real build. Pages, structured data, feeds, open data and
 * archives show the known part and the document's source, and never a made-up day.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendFileSync, cpSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateProject } from '../../src/checks/engine.ts';
import { FIXTURES } from '../helpers.ts';
import { buildSite, copyProject, readPage } from '../site.ts';

const DECISION = `---
number: "05-QĐ/TU"
kind: quyet-dinh
issuer: Ban Thường vụ Tỉnh ủy A
unit: tinh-a
issued: unknown
title: "Quyết định số 05-QĐ/TU (nguồn không nêu trích yếu)"
source:
  type: report
  report: hoi-nghi-a
  note: "Bài viết chỉ nêu số hiệu."
---

Ban Chỉ đạo làm việc theo quyết định này; nguồn không nêu ngày ban hành.
`;

const PLAN = `---
number: "07-KH/TU"
kind: ke-hoach
issuer: Ban Thường vụ Tỉnh ủy A
unit: tinh-a
issued: 2021-09
title: Về thực hiện Nghị quyết số 01-NQ/TU
source:
  type: gazette
  publisher: Công báo tỉnh A
  url: https://example.org/cong-bao/2021-09
---

Kế hoạch ban hành tháng 9/2021; nguồn không nêu ngày.
`;

const ARTICLE = `---
title: Tỉnh A sau một nhiệm kỳ kiêm nhiệm
kind: bai-viet
published: unknown
unit: tinh-a
source:
  publisher: Báo A
  author: Tác giả A
observations: [bv-kiem-nhiem]
---

Bài viết điểm lại một giai đoạn; đến tháng 3/2020, tỉnh có 40 trường hợp kiêm nhiệm.

## Nội dung

Các đề mục dưới đây trùng tên với các phần của trang.

## Số liệu

## Trích dẫn

## Chia sẻ

## Tin liên quan

## Số liệu
`;

function jsonLd(html: string): Record<string, unknown> {
  const m = /<script type="application\/ld\+json">([^]*?)<\/script>/.exec(html);
  if (!m) throw new Error('no JSON-LD on the page');
  return JSON.parse(m[1]!);
}

describe('a site whose sources leave dates out', () => {
  let root = '';
  let dist = '';
  beforeAll(() => {
    root = copyProject(false);
    cpSync(join(FIXTURES, 'minimal'), root, { recursive: true });
    writeFileSync(join(root, 'content/documents/05-qd-tu-tinh-a.mdx'), DECISION);
    writeFileSync(join(root, 'content/documents/07-kh-tu-2021-tinh-a.mdx'), PLAN);
    writeFileSync(join(root, 'content/conferences/bai-viet-a.mdx'), ARTICLE);
    appendFileSync(
      join(root, 'data/observations.csv'),
      'bv-kiem-nhiem,so-truong-hop,tinh-a,2020-03,40,,,40,,,bai-viet-a,Đến tháng 3/2020\n',
    );
    expect(validateProject(root).issues.filter((i) => i.severity === 'error')).toEqual([]);
    dist = buildSite({ name: 'unknown-dates', root });
  }, 600_000);
  afterAll(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('an undated document says "chưa rõ ngày", names its source on the page and in its JSON-LD, and has no legislationDate', () => {
    const html = readPage(dist, 'van-ban/05-qd-tu-tinh-a/index.html');
    expect(html).toMatch(/Ngày ban hành<\/th><td>chưa rõ ngày<\/td>/);
    expect(html).toMatch(
      /<tr class="doc-source"><th scope="row">Nguồn thông tin<\/th><td>[^]*?Bài viết viện dẫn văn bản[^]*?<a href="\/hoi-nghi\/hoi-nghi-a\/">Sơ kết mô hình kiêm nhiệm ở tỉnh A<\/a>[^]*?Bài viết chỉ nêu số hiệu\./,
    );
    const ld = jsonLd(html);
    expect(ld).not.toHaveProperty('legislationDate');
    expect(ld.isBasedOn).toMatchObject({
      '@type': 'NewsArticle',
      name: 'Sơ kết mô hình kiêm nhiệm ở tỉnh A',
      publisher: { name: 'Báo A' },
      description: 'Bài viết chỉ nêu số hiệu.',
    });
    expect(String((ld.isBasedOn as { url: string }).url)).toMatch(/\/hoi-nghi\/hoi-nghi-a\/$/);
  });

  it('a document known to the month shows "tháng 9/2021", dates its JSON-LD 2021-09 and cites its gazette', () => {
    const html = readPage(dist, 'van-ban/07-kh-tu-2021-tinh-a/index.html');
    expect(html).toContain('<time datetime="2021-09">tháng 9/2021</time>');
    expect(html).toMatch(
      /Nguồn thông tin<\/th><td>\s*Công báo: ?<a href="https:\/\/example.org\/cong-bao\/2021-09" rel="external">Công báo tỉnh A<\/a>/,
    );
    const ld = jsonLd(html);
    expect(ld).toMatchObject({
      legislationDate: '2021-09',
      isBasedOn: { '@type': 'PublicationIssue', url: 'https://example.org/cong-bao/2021-09', publisher: { name: 'Công báo tỉnh A' } },
    });
    expect(html).toMatch(/data-pagefind-meta="[^"]*\[data-v\]" data-v="tháng 9\/2021"/);
    expect(html).toMatch(/data-pagefind-filter="nam\[data-v\]" data-v="2021"/);
  });

  it('a feature article has no event, no invented publication date, and its figures read "tháng 3/2020"', () => {
    const html = readPage(dist, 'hoi-nghi/bai-viet-a/index.html');
    const ld = jsonLd(html);
    expect(ld).not.toHaveProperty('datePublished');
    expect(ld.about).toEqual({ '@type': 'Place', name: 'Tỉnh A', url: expect.stringMatching(/\/dia-phuong\/tinh-a\/$/) });
    expect(html).not.toContain('Ngày diễn ra');
    expect(html).not.toContain('Đơn vị tổ chức');
    expect(html).toContain('Nguồn không ghi ngày đăng');
    expect(html).toContain('thời điểm tháng 3/2020');
    expect(html).not.toMatch(/1\/3\/2020|2020-03-01/);
  });

  it('headings an editor names like the parts of the page never take their ids: every id on the page is unique', () => {
    const html = readPage(dist, 'hoi-nghi/bai-viet-a/index.html');
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
    expect(ids).toContain('noi-dung');
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    // The editor's headings are on the page, each with an id of its own.
    expect((html.match(/<h2 id="[^"]+">Số liệu<\/h2>/g) ?? []).length).toBe(2);
  });

  it('feeds give undated items no pubDate and say what is known', () => {
    const rss = readPage(dist, 'van-ban/rss.xml');
    const item = (link: string) => new RegExp(`<item>(?:(?!</item>).)*?${link}(?:(?!</item>).)*?</item>`, 's').exec(rss)?.[0] ?? '';
    expect(item('05-qd-tu-tinh-a')).toContain('chưa rõ ngày ban hành');
    expect(item('05-qd-tu-tinh-a')).not.toContain('<pubDate>');
    expect(item('07-kh-tu-2021-tinh-a')).toContain('ban hành tháng 9/2021');
    expect(item('07-kh-tu-2021-tinh-a')).not.toContain('<pubDate>');
    expect(item('01-nq-tu-2020-tinh-a')).toContain('<pubDate>');
  });

  it('open data keeps the month as written and describes the column as a partial date', () => {
    expect(readPage(dist, 'du-lieu/observations.csv')).toContain('bv-kiem-nhiem,so-truong-hop,tinh-a,2020-03,40,');
    const conferences = readPage(dist, 'du-lieu/conferences.csv');
    expect(conferences).toMatch(/bai-viet-a,Tỉnh A sau một nhiệm kỳ kiêm nhiệm,bai-viet,,,tinh-a,,Báo A/);
    const pkg = JSON.parse(readPage(dist, 'du-lieu/datapackage.json'));
    const field = pkg.resources
      .find((r: { name: string }) => r.name === 'observations')
      .schema.fields.find((f: { name: string }) => f.name === 'date');
    // A partial date, or a period of two (`2015/2020`).
    expect(field).toMatchObject({ type: 'string', constraints: { pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?(/\\d{4}(-\\d{2}(-\\d{2})?)?)?' } });
    const pattern = new RegExp(`^${field.constraints.pattern}$`);
    for (const ok of ['2020', '2020-03', '2021-09-23', '2015/2020']) expect(ok).toMatch(pattern);
    for (const bad of ['03/2020', '2020-3', '2015-2020']) expect(bad).not.toMatch(pattern);
  });

  it('the archive lists the undated document under "Chưa rõ năm" and never under a made-up year', () => {
    expect(existsSync(join(dist, 'van-ban/nam/chua-ro/index.html'))).toBe(true);
    expect(readPage(dist, 'van-ban/nam/chua-ro/index.html')).toContain('05-QĐ/TU');
    expect(readPage(dist, 'van-ban/index.html')).toContain('Chưa rõ năm');
    expect(readPage(dist, 'hoi-nghi/index.html')).toContain('Tỉnh A sau một nhiệm kỳ kiêm nhiệm');
  });
});
