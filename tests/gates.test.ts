/** Each quality gate proven able to fail: a deliberately broken page and the message it must give. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { textGate } from '../scripts/gates/text.ts';
import { securityGate } from '../scripts/gates/security.ts';
import { htmlGate } from '../scripts/gates/html.ts';
import { linksGate } from '../scripts/gates/links.ts';
import { budgetsGate } from '../scripts/gates/budgets.ts';
import { compareBuilds } from '../scripts/gates/determinism.ts';
import { listShape } from '../scripts/gates/a11y.ts';
import type { GateContext } from '../scripts/gates/types.ts';

const CSP = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'">`;
const page = (body: string, head = '') =>
  `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">${CSP}<title>Trang thử</title>${head}</head><body><main id="noi-dung">${body}</main></body></html>`;
const GOOD = page(
  '<h1>Văn bản</h1><p><a href="/van-ban/">Văn bản</a> <a href="/#noi-dung">Đầu trang</a> <a href="/">Trang chủ</a> <a href="/van-ban/#muc">Mục</a> <a href="https://example.org/">Ngoài</a></p>',
);
const DOC = page(
  '<h1 id="muc">Danh mục</h1><p><a href="/">Trang chủ</a> <a href="/">Trang chủ</a> <a href="/">1</a> <a href="/">2</a> <a href="/">3</a></p>',
);

function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'cong-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}
/** Document pages may weigh 2,000 B of HTML and CSS gzipped, others 100,000; no page may load JS. */
const budgets = {
  minLinksPerPage: 1,
  pageTypes: [
    { name: 'văn bản', match: '^van-ban/', htmlCssGzip: 2000, js: 0 },
    { name: 'khác', match: '.*', htmlCssGzip: 100000, js: 0 },
  ],
};
const ctx = (files: Record<string, string>) => ({ dist: site({ 'index.html': GOOD, 'van-ban/index.html': DOC, ...files }), base: '/' });

describe('quality gates', () => {
  it('textGate(ctx) passes good pages and fails a page without lang="vi", not NFC, with U+FFFD or a zero-width space', () => {
    expect(textGate(ctx({})).ok).toBe(true);
    const r = textGate(
      ctx({
        'a/index.html': GOOD.replace('lang="vi"', 'lang="en"'),
        'b/index.html': GOOD.replace('Văn bản</h1>', 'Va\u0306n bản\uFFFD\u200B</h1>'),
      }),
    );
    expect(r.ok).toBe(false);
    expect(r.failures.join('\n')).toMatch(/a\/index\.html: thiếu <html lang="vi">/);
    expect(r.failures.join('\n')).toMatch(/b\/index\.html: văn bản chưa chuẩn hóa NFC/);
    expect(r.failures.join('\n')).toMatch(/b\/index\.html: có ký tự U\+FFFD/);
    expect(r.failures.join('\n')).toMatch(/b\/index\.html: có ký tự ẩn U\+200B/);
  });

  it('securityGate(ctx) fails inline script, inline style, on* handlers, javascript: URLs, third-party scripts and a missing CSP', () => {
    expect(securityGate(ctx({})).ok).toBe(true);
    const r = securityGate(
      ctx({
        'x/index.html': GOOD.replace('<h1>', '<script>alert(1)</script><style>p{}</style><h1 onclick="x()" style="color:red">')
          .replace('href="/van-ban/"', 'href="javascript:alert(1)"')
          .replace('</head>', '<script src="https://cdn.example.com/a.js"></script></head>'),
        'y/index.html': GOOD.replace(CSP, ''),
      }),
    );
    const text = r.failures.join('\n');
    for (const expected of [
      'script nội tuyến',
      'thẻ <style> nội tuyến',
      'thuộc tính sự kiện onclick',
      'thuộc tính style',
      'địa chỉ javascript:',
      'third-party request',
      'y/index.html: thiếu Content-Security-Policy',
    ])
      expect(text).toContain(expected);
    expect(securityGate(ctx({ 'z/index.html': GOOD.replace('</head>', '<script type="application/ld+json">{}</script></head>') })).ok).toBe(
      true,
    );
  });

  it('htmlGate(ctx) fails invalid HTML with file, line and rule', async () => {
    expect((await htmlGate(ctx({}))).ok).toBe(true);
    const r = await htmlGate(
      ctx({ 'bad/index.html': GOOD.replace('<h1>Văn bản</h1>', '<h1>Văn bản</h2><div id="a"></div><div id="a"></div>') }),
    );
    expect(r.ok).toBe(false);
    expect(r.failures.join('\n')).toMatch(/bad\/index\.html:1:\d+ (close-order|no-dup-id)/);
  });

  it('htmlGate(ctx) judges every page on its own, with the configuration it resolves once', async () => {
    const r = await htmlGate(
      ctx({
        'a/index.html': GOOD.replace('<h1>', '<p id="x"></p><p id="x"></p><h1>'),
        'b/index.html': GOOD,
        'c/index.html': GOOD.replace('<h1>', '<span><div>x</div></span><h1>'),
      }),
    );
    expect(r.failures.map((f) => f.replace(/:\d+:\d+ /, ' ').replace(/:.*$/, ''))).toEqual([
      'a/index.html no-dup-id',
      'c/index.html element-permitted-content',
    ]);
  });

  it('htmlGate(ctx) with a cache gives the same verdicts as without, and judges again every page whose bytes changed', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'cong-kiem-'));
    const BAD = GOOD.replace('<h1>', '<p id="x"></p><p id="x"></p><h1>');
    const dist = site({ 'index.html': GOOD, 'a/index.html': BAD, 'b/index.html': DOC });
    const bare = await htmlGate({ dist, base: '/' });
    const first = await htmlGate({ dist, base: '/', cacheDir });
    const again = await htmlGate({ dist, base: '/', cacheDir });
    expect(first.failures).toEqual(bare.failures);
    expect(again.failures).toEqual(bare.failures);
    expect([first.ok, again.ok]).toEqual([false, false]);
    expect(again.checked).toBe('3 trang, 3 trang không đổi từ lần trước (unchanged since the last run)');
    // The bad page mended and a good one broken: each is judged on its new bytes.
    writeFileSync(join(dist, 'a/index.html'), GOOD.replace('<h1>Văn bản', '<h1>Văn bản đã sửa'));
    writeFileSync(join(dist, 'b/index.html'), DOC.replace('<h1 id="muc">', '<span><div>x</div></span><h1 id="muc">'));
    const changed = await htmlGate({ dist, base: '/', cacheDir });
    expect(changed.failures.map((f) => f.replace(/:\d+:\d+ (\S+):.*$/, ' $1'))).toEqual(['b/index.html element-permitted-content']);
    expect(changed.checked).toBe('3 trang, 1 trang không đổi từ lần trước (unchanged since the last run)');
    // The findings name each page where it is now.
    writeFileSync(join(dist, 'a/index.html'), BAD);
    const moved = await htmlGate({ dist, base: '/', cacheDir });
    expect(moved.failures.map((f) => f.replace(/:\d+:\d+ (\S+):.*$/, ' $1'))).toEqual([
      'a/index.html no-dup-id',
      'b/index.html element-permitted-content',
    ]);
    // A cache file it cannot read, or written by another validator or configuration, is no cache.
    for (const text of ['{', JSON.stringify({ salt: 'khac', pages: {} })]) {
      writeFileSync(join(cacheDir, 'html.json'), text);
      const fresh = await htmlGate({ dist, base: '/', cacheDir });
      expect(fresh.failures).toEqual(moved.failures);
      expect(fresh.checked).toBe('3 trang');
    }
  });

  it('linksGate(ctx) fails a broken link and a missing fragment, and a site with too few links', () => {
    expect(linksGate(ctx({}), 4)).toMatchObject({ ok: true, checked: '2 trang, 9 liên kết' });
    const r = linksGate(
      ctx({ 'index.html': GOOD.replace('href="/van-ban/"', 'href="/khong-co/"').replace('/van-ban/#muc', '/van-ban/#khong-co') }),
      1,
    );
    expect(r.failures).toEqual([
      'index.html: liên kết hỏng (broken link) /khong-co/',
      'index.html: không có đích #khong-co trong van-ban/index.html (missing fragment)',
    ]);
    const empty = linksGate({ dist: site({ 'index.html': page('<p>Không có liên kết</p>') }), base: '/' }, 5);
    expect(empty.ok).toBe(false);
    expect(empty.failures.join()).toContain('chỉ kiểm tra được 0 liên kết');
  });

  it('budgetsGate(ctx) fails a reading page that loads JS and a page over its byte budget', () => {
    expect(budgetsGate(ctx({}), budgets).ok).toBe(true);
    const big = Array.from({ length: 3000 }, (_, i) => `<p>Đoạn ${i * 7919} ${(i * 104729).toString(36)}</p>`).join('');
    const r = budgetsGate(
      ctx({
        'van-ban/index.html': DOC.replace('</main>', `${big}</main>`),
        'index.html': GOOD.replace('</head>', '<script type="module" src="/app.js"></script></head>'),
        'app.js': 'import "./dep.js";console.log(1)',
        'dep.js': 'export const x = 1;',
      }),
      budgets,
    );
    expect(r.failures.some((f) => /^van-ban\/index\.html \(văn bản\): HTML\+CSS \d+ B gzip > 2000 B$/.test(f))).toBe(true);
    expect(r.failures).toContain('index.html (khác): JS 51 B > 0 B');
  });

  it('text, security, links and budgets with a cache say what they say without one, and judge again a page whose bytes changed', () => {
    const gates = {
      text: textGate,
      security: securityGate,
      links: (c: GateContext) => linksGate(c, 1),
      budgets: (c: GateContext) => budgetsGate(c, budgets),
    };
    // Each page breaks one gate; the style sheet and the linked page are not pages of their own.
    const bad = {
      'a/index.html': GOOD.replace('lang="vi"', 'lang="en"'),
      'b/index.html': GOOD.replace('<h1>', '<h1 onclick="x()">'),
      'c/index.html': GOOD.replace('href="/van-ban/"', 'href="/khong-co/"'),
      'van-ban/index.html': DOC.replace('</head>', '<link rel="stylesheet" href="/s.css"></head>'),
      's.css': Array.from({ length: 400 }, (_, i) => `.c${i * 7919}{margin:${i}px}`).join(''),
    };
    for (const [name, gate] of Object.entries(gates)) {
      const cacheDir = mkdtempSync(join(tmpdir(), 'cong-kiem-'));
      const dist = site({ 'index.html': GOOD, ...bad });
      const bare = gate({ dist, base: '/' });
      const first = gate({ dist, base: '/', cacheDir });
      const again = gate({ dist, base: '/', cacheDir });
      expect(bare.ok, name).toBe(false);
      expect(first.failures, name).toEqual(bare.failures);
      expect(again.failures, name).toEqual(bare.failures);
      expect(again.checked, name).toContain('5 trang không đổi từ lần trước');
      // Every page mended but one, and the style sheet shrunk: each page is judged on its bytes
      // now, and what the pages link to is weighed again.
      for (const path of ['a/index.html', 'b/index.html', 'c/index.html']) writeFileSync(join(dist, path), GOOD);
      writeFileSync(join(dist, 's.css'), '.c{margin:0}');
      const mended = gate({ dist, base: '/', cacheDir });
      expect(mended, name).toMatchObject({ ok: true, failures: [] });
      expect(mended.checked, name).toContain('5 trang không đổi từ lần trước');
      // A cache it cannot read is no cache.
      writeFileSync(join(cacheDir, `${name}.json`), '{');
      expect(gate({ dist, base: '/', cacheDir }).checked, name).not.toContain('không đổi');
    }
  });

  it('compareBuilds(a, b) names a file that differs and a file only one build has', () => {
    const a = site({ 'index.html': GOOD, 'x.txt': '1' });
    const b = site({ 'index.html': GOOD.replace('Văn bản', 'Văn bản 2'), 'y.txt': '1' });
    expect(compareBuilds(a, a)).toEqual([]);
    expect(compareBuilds(a, b).sort()).toEqual(
      [
        'chỉ có ở lần 1 (only in build 1): x.txt',
        'chỉ có ở lần 2 (only in build 2): y.txt',
        'khác nhau giữa hai lần dựng (differs between builds): index.html',
      ].sort(),
    );
  });
});

describe('listShape(path): the accessibility gate checks each kind of list once', () => {
  it('names the list, not its values, so a large corpus adds no page to check', () => {
    expect(listShape('van-ban/loai/nghi-quyet/index.html')).toBe('van-ban/loai/*/index.html');
    expect(listShape('van-ban/loai/ke-hoach/trang/3/index.html')).toBe('van-ban/loai/*/trang/*/index.html');
    expect(listShape('van-ban/co-quan/tinh-uy-ben-tre/index.html')).toBe('van-ban/co-quan/*/index.html');
    expect(listShape('hoi-nghi/nam/2021/09/index.html')).toBe('hoi-nghi/nam/*/*/index.html');
    expect(listShape('hoi-nghi/nam/2021/index.html')).not.toBe(listShape('hoi-nghi/nam/2021/09/index.html'));
    expect(listShape('hoi-nghi/trang/2/index.html')).toBe('hoi-nghi/trang/*/index.html');
  });
});
