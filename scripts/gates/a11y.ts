/**
 * Accessibility gate in a real browser: axe-core (WCAG 2.2 A/AA rules) on one page of every
 * page type, no CSP violation while reading, and a keyboard-only walk through the header.
 * With a cache, a page judged in an earlier run keeps its verdict while its bytes and those of
 * every file it loaded (styles, scripts, images, what its scripts fetched) are the same.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../lib/browser.ts';
import { readPages } from '../lib/dist.ts';
import { SECURITY_HEADERS } from '../../src/site/outputs/security.ts';
import { serveDist, type RunningServer } from '../lib/static-server.ts';
import type { Budgets } from './budgets.ts';
import type { GateContext, GateResult } from './types.ts';
import { openVerdicts } from './verdicts.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const VIEWPORT = { width: 390, height: 844 };

/** What a verdict depends on besides the page and what it loaded: axe, the rules, the headers served, this gate's code. */
const SALT = JSON.stringify({
  axe: createHash('sha256').update(axeSource).digest('hex'),
  TAGS,
  VIEWPORT,
  SECURITY_HEADERS,
  gate: readFileSync(import.meta.filename, 'utf8'),
});

/** A page's findings and the digest of every file of the site it loaded while judged. */
interface Verdict {
  findings: string[];
  loaded: Record<string, string>;
}
const isVerdict = (v: unknown): v is Verdict =>
  typeof v === 'object' && v !== null && Array.isArray((v as Verdict).findings) && typeof (v as Verdict).loaded === 'object';

/** The digest of a file of the built site, or `-` when there is none. */
function digestOf(dist: string, file: string): string {
  const path = join(dist, file);
  return existsSync(path) && statSync(path).isFile() ? createHash('sha256').update(readFileSync(path)).digest('base64url') : '-';
}

// What the gate adds to the page's window: the CSP violations it records, and axe once injected.
declare global {
  interface Window {
    __csp: string[];
    axe: { run: (c: Document, o: object) => Promise<unknown> };
  }
}

/** The words of a list's address that name the list, not one of its values. */
const LIST_WORDS = new Set(['loai', 'nam', 'co-quan', 'trang', 'index.html']);

/**
 * A list page's shape: its section, the words naming the list and a star for each value (the
 * second page of any kind's list is `van-ban/loai/STAR/trang/STAR/index.html`), so each kind of
 * list, and its later pages, is checked once, however many kinds, years and issuers there are.
 */
export function listShape(path: string): string {
  return path
    .split('/')
    .map((seg, i) => (i === 0 || LIST_WORDS.has(seg) ? seg : '*'))
    .join('/');
}

/** One page of each type (the first by path), so every template is checked. */
function samplePages(dist: string, budgets: Budgets): string[] {
  const chosen = new Map<string, string>();
  for (const { path } of readPages(dist)) {
    const type = budgets.pageTypes.find((t) => new RegExp(t.match).test(path))!;
    const key = type.name === 'danh mục' ? listShape(path) : type.name;
    if (!chosen.has(key)) chosen.set(key, path);
  }
  return [...chosen.values()];
}

export async function a11yGate(ctx: GateContext, budgets: Budgets): Promise<GateResult> {
  const failures: string[] = [];
  const pages = samplePages(ctx.dist, budgets);
  const verdicts = openVerdicts(ctx.cacheDir && join(ctx.cacheDir, 'a11y.json'), SALT, isVerdict);
  const fresh = (v: Verdict) => Object.entries(v.loaded).every(([file, digest]) => digestOf(ctx.dist, file) === digest);
  let open: { server: RunningServer; browser: Browser; page: Page; loaded: Set<string>; consoleErrors: string[] } | undefined;
  /** The browser, started at the first page that must be judged. */
  const tab = async () => {
    if (open) return open;
    const server = await serveDist(ctx.dist, ctx.base);
    const browser = await launchBrowser();
    const context = await browser.newContext({ viewport: VIEWPORT });
    await context.addInitScript(() => {
      window.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const page = await context.newPage();
    const consoleErrors: string[] = [];
    const loaded = new Set<string>();
    page.on('console', (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && consoleErrors.push(m.text()));
    page.on('pageerror', (e) => consoleErrors.push(String(e)));
    page.on('response', (r) => r.status() >= 400 && !r.url().endsWith('/favicon.ico') && consoleErrors.push(`${r.status()} ${r.url()}`));
    // Every file of the site the page asks for, as a path under dist/ (a folder's index.html).
    page.on('request', (r) => {
      const pathname = decodeURIComponent(new URL(r.url()).pathname);
      if (!r.url().startsWith(server.url) || !pathname.startsWith(ctx.base)) return;
      const path = pathname.slice(ctx.base.length);
      loaded.add(path === '' || path.endsWith('/') ? `${path}index.html` : path);
    });
    open = { server, browser, page, loaded, consoleErrors };
    return open;
  };
  /** The verdict on `html` kept from an earlier run, or `judge` run in the browser and kept. */
  const verdict = async (html: string, judge: (t: Awaited<ReturnType<typeof tab>>) => Promise<string[]>) => {
    const kept = verdicts.get(html, fresh);
    if (kept) return kept.findings;
    const t = await tab();
    t.loaded.clear();
    const findings = await judge(t);
    verdicts.set(html, { findings, loaded: Object.fromEntries([...t.loaded].sort().map((f) => [f, digestOf(ctx.dist, f)])) });
    return findings;
  };
  try {
    for (const path of pages) {
      const html = readFileSync(join(ctx.dist, path), 'utf8');
      const found = await verdict(html, async ({ server, page, consoleErrors }) => {
        const out: string[] = [];
        consoleErrors.length = 0;
        await page.goto(server.url + path.replace(/index\.html$/, ''), { waitUntil: 'load' });
        await page.evaluate(axeSource);
        const result = (await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }), TAGS)) as {
          violations: { id: string; help: string; nodes: { target: string[] }[] }[];
        };
        for (const v of result.violations)
          out.push(
            `${v.id} — ${v.help} (${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(', ')})`,
          );
        const csp = await page.evaluate(() => window.__csp);
        for (const c of csp) out.push(`vi phạm CSP (CSP violation) ${c}`);
        for (const c of consoleErrors) out.push(`lỗi trong trình duyệt (console error) ${c}`);
        return out;
      });
      for (const f of found) failures.push(`${path}: ${f}`);
    }
    // The keyboard walk starts on the home page: kept by its bytes (and a mark of its own) as a page is.
    const home = join(ctx.dist, 'index.html');
    if (existsSync(home))
      failures.push(...(await verdict(`keyboard\0${readFileSync(home, 'utf8')}`, ({ page, server }) => keyboardWalk(page, server.url))));
    else failures.push('bàn phím: không có trang chủ index.html (no home page for the keyboard walk)');
  } finally {
    await open?.browser.close();
    await open?.server.close();
  }
  const { reused } = verdicts.save();
  const again = reused ? `, ${reused} không đổi từ lần trước (unchanged since the last run)` : '';
  return {
    gate: 'a11y',
    ok: failures.length === 0 && pages.length > 0,
    checked: `${pages.length} loại trang, axe ${TAGS.join('/')}${again}`,
    failures,
  };
}

/** Tab from the top of the home page: skip link first, then the header's links, each visibly focused. */
async function keyboardWalk(page: import('playwright-core').Page, home: string): Promise<string[]> {
  const failures: string[] = [];
  await page.goto(home, { waitUntil: 'load' });
  const focused = async () =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const s = getComputedStyle(el);
      return {
        text: el.textContent?.trim() ?? '',
        tag: el.tagName,
        visible: s.outlineStyle !== 'none' && s.outlineWidth !== '0px',
        href: el.getAttribute('href'),
      };
    });
  await page.keyboard.press('Tab');
  const first = await focused();
  if (!first || !/Bỏ qua/.test(first.text))
    failures.push(
      `bàn phím: phím Tab đầu tiên không đến liên kết "Bỏ qua" (first Tab does not reach the skip link): ${JSON.stringify(first)}`,
    );
  let reachedDocuments = false;
  for (let i = 0; i < 12; i++) {
    const f = await focused();
    if (f && !f.visible) failures.push(`bàn phím: không thấy viền focus trên "${f.text}" (focus not visible)`);
    if (f?.text === 'Văn bản') {
      reachedDocuments = true;
      const opened = await Promise.all([
        page.waitForURL(/\/van-ban\/$/, { timeout: 30_000 }).then(
          () => true,
          () => false,
        ),
        page.keyboard.press('Enter'),
      ]);
      if (!opened[0]) failures.push(`bàn phím: Enter trên "Văn bản" không mở danh mục văn bản (${page.url()})`);
      break;
    }
    await page.keyboard.press('Tab');
  }
  if (!reachedDocuments) failures.push('bàn phím: không đến được mục "Văn bản" trong 12 lần Tab (header not keyboard reachable)');
  return failures;
}
