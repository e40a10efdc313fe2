/** The accessibility gate in Debian's Chromium, proven able to fail. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { a11yGate } from '../scripts/gates/a11y.ts';

const page = (
  main: string,
) => `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Trang thử</title><link rel="stylesheet" href="/s.css"></head>
<body><a class="skip" href="#noi-dung">Bỏ qua, đến nội dung chính</a><header><nav aria-label="Chính"><ul><li><a href="/">Trang chủ</a></li><li><a href="/van-ban/">Văn bản</a></li></ul></nav></header>
<main id="noi-dung"><h1>Tiêu đề</h1>${main}</main></body></html>`;
const CSS = 'a:focus-visible{outline:3px solid #1d4ed8} nav a{display:inline-block;min-height:44px;padding:10px}';

function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'a11y-'));
  for (const [path, content] of Object.entries({ 's.css': CSS, 'van-ban/index.html': page('<p>Danh mục</p>'), ...files })) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}
const budgets = { minLinksPerPage: 1, pageTypes: [{ name: 'danh mục', match: '.*', htmlCssGzip: 1e6, js: 0 }] };

describe('a11yGate(ctx, budgets) in Chromium', () => {
  it('a11yGate passes an accessible page and a keyboard walk through the header', async () => {
    const r = await a11yGate({ dist: site({ 'index.html': page('<p>Nội dung.</p>') }), base: '/' }, budgets);
    expect(r.failures).toEqual([]);
    expect(r.ok).toBe(true);
  });

  it('a11yGate fails an image without alt, an unlabelled field, an inline script blocked by the CSP, and an invisible focus', async () => {
    const bad = page('<img src="/s.css"><input type="text"><script>document.title = "x"</script>').replace(
      '<link rel="stylesheet" href="/s.css">',
      '<link rel="stylesheet" href="/n.css">',
    );
    const r = await a11yGate({ dist: site({ 'index.html': bad, 'n.css': 'a:focus{outline:none}' }), base: '/' }, budgets);
    const text = r.failures.join('\n');
    expect(r.ok).toBe(false);
    expect(text).toContain('image-alt');
    expect(text).toContain('label');
    expect(text).toMatch(/vi phạm CSP \(CSP violation\) script-src/);
    expect(text).toContain('không thấy viền focus');
  });

  it('a11yGate with a cache keeps a verdict while the page and every file it loaded are unchanged, and judges again when a style changes', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'a11y-kiem-'));
    const dist = site({ 'index.html': page('<p>Nội dung.</p>'), 'b/index.html': page('<img src="/anh.png">') });
    const first = await a11yGate({ dist, base: '/', cacheDir }, budgets);
    const again = await a11yGate({ dist, base: '/', cacheDir }, budgets);
    expect(first.failures.join('\n')).toContain('b/index.html: image-alt');
    expect(again.failures).toEqual(first.failures);
    // Three pages (each list its own shape) and the keyboard walk: four verdicts kept.
    expect(again.checked).toMatch(/^3 loại trang, .*, 4 không đổi từ lần trước/);
    // The style sheet every page loads now hides the focus: nothing is kept, the walk fails.
    writeFileSync(join(dist, 's.css'), 'a:focus{outline:none}');
    const restyled = await a11yGate({ dist, base: '/', cacheDir }, budgets);
    expect(restyled.checked).not.toMatch(/không đổi/);
    expect(restyled.failures.join('\n')).toContain('không thấy viền focus');
  });
});
