/**
 * The web editor in a real browser (Debian's Chromium), served with its own CSP, working on a
 * fixture project copied into the browser's origin-private file system: the "choose a folder"
 * dialog is replaced by one that returns that folder (headless Chromium has no dialog). An editor
 * creates a report through the form; the file written passes the check and builds into its page.
 * A required field left empty is refused. Every request the page makes is recorded.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { serveDist, type RunningServer } from '../../scripts/lib/static-server.ts';
import { EDITOR_PATH, editorCsp, writeEditor } from '../../src/build/editor-admin.ts';
import { cspString, SECURITY_HEADERS } from '../../src/site/outputs/security.ts';
import { validateProject } from '../../src/checks/engine.ts';
import { buildSite, copyProject } from '../site.ts';
import { FIXTURES } from '../helpers.ts';

const SCREENS = process.env.EDITOR_SCREENS;
const PORTAL = { title: 'Biên tập — Cổng thử', backend: { repo: 'to-chuc/kho-thu', branch: 'main' } };

let browser: Browser;
let server: RunningServer;
let site: string;
let project: string;
const external: string[] = [];
const problems: string[] = [];

function filesOf(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else out[relative(dir, p)] = readFileSync(p, 'utf8');
    }
  };
  walk(dir);
  return out;
}

beforeAll(async () => {
  // The project the editor works on: the minimal valid project, a repository (a .git folder).
  project = mkdtempSync(join(tmpdir(), 'bien-tap-'));
  cpSync(join(FIXTURES, 'minimal'), project, { recursive: true });
  site = mkdtempSync(join(tmpdir(), 'bien-tap-site-'));
  writeEditor(join(site, EDITOR_PATH), project, '/', PORTAL);
  const headers = (path: string) =>
    path.startsWith(`/${EDITOR_PATH}`)
      ? { ...SECURITY_HEADERS, 'Content-Security-Policy': cspString({ ...editorCsp('/'), 'frame-ancestors': "'none'" }) }
      : SECURITY_HEADERS;
  server = await serveDist(site, '/', headers);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(site, { recursive: true, force: true });
  rmSync(project, { recursive: true, force: true });
});

async function openEditor(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1280, height: 900 } });
  // Anything not from the site itself is recorded and refused: the editor must not need it.
  await context.route(/^(?!http:\/\/127\.0\.0\.1)(?!blob:)(?!data:)/, (route) => {
    external.push(route.request().url());
    return route.abort();
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP: ${e.violatedDirective} ${e.blockedURI}`));
    // The folder an editor would pick: the project copied into the origin-private file system.
    Object.assign(window, { showDirectoryPicker: async () => (await navigator.storage.getDirectory()).getDirectoryHandle('repo') });
  });
  await page.goto(`${server.url}${EDITOR_PATH}`);
  await page.evaluate(async (files) => {
    const root = await navigator.storage.getDirectory();
    await root.removeEntry('repo', { recursive: true }).catch(() => undefined);
    const repo = await root.getDirectoryHandle('repo', { create: true });
    await repo.getDirectoryHandle('.git', { create: true });
    for (const [path, text] of Object.entries(files)) {
      let dir = repo;
      const parts = path.split('/');
      for (const p of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(p, { create: true });
      const w = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
      await w.write(text);
      await w.close();
    }
  }, filesOf(project));
  await page.getByRole('button', { name: /Làm việc với kho mã nguồn cục bộ/ }).click();
  await page.getByRole('button', { name: 'Tạo bài viết mới' }).waitFor();
  return { context, page };
}

/** A field's section in the form, by its Vietnamese label (the CMS wraps names in isolates). */
const section = (page: Page, label: string) => page.locator(`section[aria-label="Trường “\u2068${label}\u2069”"]`).first();

/** Scrolls the form until a field is drawn (the CMS draws fields as they come into view). */
async function reveal(page: Page, label: string) {
  const s = section(page, label);
  for (let i = 0; i < 30 && (await s.count()) === 0; i++) {
    await page.mouse.move(400, 600);
    await page.mouse.wheel(0, 500);
    await page.waitForTimeout(100);
  }
  await s.scrollIntoViewIfNeeded();
  await page.waitForTimeout(100);
  return s;
}

async function readRepoFile(page: Page, path: string): Promise<string | undefined> {
  return page.evaluate(async (path) => {
    let dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('repo');
    const parts = path.split('/');
    try {
      for (const p of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(p);
      return await (await (await dir.getFileHandle(parts.at(-1)!)).getFile()).text();
    } catch {
      return undefined;
    }
  }, path);
}

async function listRepoDir(page: Page, path: string): Promise<string[]> {
  return page.evaluate(async (path) => {
    let dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('repo');
    for (const p of path.split('/')) dir = await dir.getDirectoryHandle(p);
    const names: string[] = [];
    for await (const [name] of dir as unknown as AsyncIterable<[string]>) names.push(name);
    return names.sort();
  }, path);
}

async function shot(page: Page, name: string): Promise<void> {
  if (!SCREENS) return;
  mkdirSync(SCREENS, { recursive: true });
  await page.screenshot({ path: join(SCREENS, `bien-tap-${name}.png`), fullPage: false });
}

const TITLE = 'Sơ kết thí điểm mô hình Bí thư kiêm Chủ tịch ở Đắk Lắk';
const SLUG = 'so-ket-thi-diem-mo-hinh-bi-thu-kiem-chu-tich-o-dak-lak';

describe('the web editor', () => {
  beforeAll(() => {
    // The figure is entered in the spreadsheet first, naming the report it comes from; the form
    // only links it by id.
    const csv = join(project, 'data', 'observations.csv');
    writeFileSync(csv, `${readFileSync(csv, 'utf8').trimEnd()}\ndl-2021-kiem-nhiem,so-truong-hop,tinh-a,2021-09-23,12,,,12,,,${SLUG},\n`);
    writeEditor(join(site, EDITOR_PATH), project, '/', PORTAL);
  });

  it('creates a report through the form that passes the check and builds into its page', async () => {
    const { context, page } = await openEditor();
    await shot(page, '1-danh-sach');
    await page.goto(`${server.url}${EDITOR_PATH}#/collections/conferences/new`);
    await section(page, 'Tiêu đề').locator('input').fill(TITLE);
    await section(page, 'Loại bài').getByText('Sơ kết', { exact: true }).click();
    await section(page, 'Ngày diễn ra').locator('input').fill('2021-09-23');
    await section(page, 'Ngày đăng').locator('input').fill('2021-09-24');
    await section(page, 'Địa phương').getByRole('combobox').click();
    await page.getByRole('option', { name: /Tỉnh A/ }).click();
    await section(page, 'Cơ quan tổ chức').locator('input').fill('Ban Thường vụ Tỉnh ủy');
    await shot(page, '2-bieu-mau');
    await (await reveal(page, 'Nơi đăng')).locator('input').fill('Báo Đắk Lắk');
    await (await reveal(page, 'Số liệu bài nêu')).getByRole('combobox').click();
    await page.getByRole('option', { name: /^dl-2021-kiem-nhiem/ }).click();
    await (await reveal(page, 'Số liệu bài nêu')).locator('h4').click();
    const body = await reveal(page, 'Nội dung bài');
    await body.getByRole('textbox').click();
    await page.keyboard.type('Hội nghị đánh giá kết quả sau ba năm thí điểm.');
    await page.keyboard.press('Enter');
    await body.locator('button[data-label="Chèn"]').click();
    await page.getByRole('menuitem', { name: /Biểu đồ/ }).click();
    const chart = await reveal(page, 'Mã số liệu');
    await chart.getByRole('combobox').click();
    await page.getByRole('option', { name: /^dl-2021-kiem-nhiem/ }).click();
    await chart.locator('h4').click();
    await (await reveal(page, 'Tiêu đề biểu đồ')).locator('input').fill('Số trường hợp kiêm nhiệm');
    await shot(page, '3-noi-dung');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    const file = `content/conferences/${SLUG}.mdx`;
    await expect.poll(() => readRepoFile(page, file), { timeout: 15_000 }).toBeDefined();
    const text = (await readRepoFile(page, file))!;
    await shot(page, '4-da-luu');
    if (SCREENS) writeFileSync(join(SCREENS, 'bien-tap-bai-da-luu.mdx'), text);
    await context.close();

    expect(text).toMatch(/^---\n/);
    expect(text).toContain(`title: ${TITLE}`);
    expect(text).toMatch(/held: ['"]?2021-09-23/);
    expect(text).toMatch(/unit: tinh-a/);
    expect(text).toMatch(/<Chart observations="dl-2021-kiem-nhiem" title="Số trường hợp kiêm nhiệm" \/>/);

    // The file passes the check, in the project it was written to.
    writeFileSync(join(project, file), text);
    const result = validateProject(project);
    const errors = result.issues.filter((i) => i.severity === 'error');
    expect(errors, `${text}\n${JSON.stringify(errors.slice(0, 3))}`).toEqual([]);
    expect(result.corpus.conferences.map((c) => c.id)).toContain(SLUG);

    // And builds into its page, the editor beside it (turned on), out of the sitemap.
    const root = copyProject(false);
    for (const d of ['content', 'data']) cpSync(join(project, d), join(root, d), { recursive: true });
    const dist = buildSite({ root, name: 'editor', env: { EDITOR: '1' } });
    const html = readFileSync(join(dist, 'hoi-nghi', SLUG, 'index.html'), 'utf8');
    expect(html).toContain(TITLE);
    expect(html).toMatch(/<svg[^>]*>[\s\S]*Số trường hợp kiêm nhiệm/);
    expect(readFileSync(join(dist, EDITOR_PATH, 'index.html'), 'utf8')).toContain('noindex');
    expect(readFileSync(join(dist, '_headers'), 'utf8')).toContain(`/${EDITOR_PATH}*\n  ! Content-Security-Policy`);
    const sitemaps = readdirSync(dist).filter((f) => f.startsWith('sitemap'));
    for (const f of sitemaps) expect(readFileSync(join(dist, f), 'utf8')).not.toContain(EDITOR_PATH);
    rmSync(root, { recursive: true, force: true });
  }, 240_000);

  it('refuses to save a report whose required field is empty, and writes nothing', async () => {
    const { context, page } = await openEditor();
    const before = await listRepoDir(page, 'content/conferences');
    await page.goto(`${server.url}${EDITOR_PATH}#/collections/conferences/new`);
    await section(page, 'Tiêu đề').locator('input').fill('Hội nghị chưa ghi ngày đăng');
    await section(page, 'Ngày diễn ra').locator('input').fill('2022-01-10');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    const published = section(page, 'Ngày đăng');
    await expect.poll(() => published.locator('[aria-invalid="true"]').count()).toBeGreaterThan(0);
    await published.scrollIntoViewIfNeeded();
    await shot(page, '5-thieu-truong');
    await page.goto(`${server.url}${EDITOR_PATH}#/collections/documents/new`);
    await section(page, 'Số hiệu').waitFor();
    await shot(page, '6-van-ban');
    expect(await listRepoDir(page, 'content/conferences')).toEqual(before);
    await context.close();
  });

  it('asks nothing of any other site: every request stays on the portal, no CSP violation but the status check it blocks', () => {
    // Requests that left the browser for another host (the route above refuses them all).
    expect(external).toEqual([]);
    // The CMS polls GitHub's status page; the page's CSP blocks it before it leaves the browser.
    const unexpected = problems.filter((p) => !/githubstatus\.com/.test(p));
    expect(unexpected).toEqual([]);
    const paths = [...new Set(server.requests.map((r) => r.path))];
    expect(paths.every((p) => p.startsWith(`/${EDITOR_PATH}`))).toBe(true);
    expect(paths.some((p) => /assets\/material-symbols-outlined-.*\.woff2$/.test(p))).toBe(true);
    expect(paths).toContain(`/${EDITOR_PATH}sveltia/locales/vi.js`);
    // What one editor's first visit costs (each file once, as gzip would send it).
    const files = paths.map((p) => readFileSync(join(site, decodeURIComponent(p).replace(/\/$/, '/index.html'))));
    const raw = files.reduce((n, b) => n + b.length, 0);
    const gz = files.reduce((n, b) => n + gzipSync(b).length, 0);
    console.log(
      `bien-tap: ${paths.length} requests, ${(raw / 1024).toFixed(0)} KB, ${(gz / 1024).toFixed(0)} KB gzip\n${paths.join('\n')}`,
    );
    expect(gz).toBeLessThan(2 * 1024 * 1024);
  });
});
