/**
 * Accessibility gate in a real browser: axe-core (WCAG 2.2 A/AA rules) on one page of every
 * page type, no CSP violation while reading, and a keyboard-only walk through the header.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { launchBrowser } from '../lib/browser.ts';
import { readPages } from '../lib/dist.ts';
import { serveDist } from '../lib/static-server.ts';
import type { Budgets } from './budgets.ts';
import type { GateContext, GateResult } from './types.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

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
  const server = await serveDist(ctx.dist, ctx.base);
  const browser = await launchBrowser();
  const failures: string[] = [];
  const pages = samplePages(ctx.dist, budgets);
  try {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    await context.addInitScript(() => {
      window.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const page = await context.newPage();
    const consoleErrors: string[] = [];
    // Failed requests are reported with their URL from the response; the console's copy has none.
    page.on('console', (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && consoleErrors.push(m.text()));
    page.on('pageerror', (e) => consoleErrors.push(String(e)));
    page.on('response', (r) => r.status() >= 400 && !r.url().endsWith('/favicon.ico') && consoleErrors.push(`${r.status()} ${r.url()}`));
    for (const path of pages) {
      consoleErrors.length = 0;
      await page.goto(server.url + path.replace(/index\.html$/, ''), { waitUntil: 'load' });
      // Evaluated through the driver, not as an inline <script> the page's CSP would block.
      await page.evaluate(axeSource);
      const result = (await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }), TAGS)) as {
        violations: { id: string; help: string; nodes: { target: string[] }[] }[];
      };
      for (const v of result.violations)
        failures.push(
          `${path}: ${v.id} — ${v.help} (${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(', ')})`,
        );
      const csp = await page.evaluate(() => window.__csp);
      for (const c of csp) failures.push(`${path}: vi phạm CSP (CSP violation) ${c}`);
      for (const c of consoleErrors) failures.push(`${path}: lỗi trong trình duyệt (console error) ${c}`);
    }
    failures.push(...(await keyboardWalk(page, server.url)));
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }
  return {
    gate: 'a11y',
    ok: failures.length === 0 && pages.length > 0,
    checked: `${pages.length} loại trang, axe ${TAGS.join('/')}`,
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
