/**
 * The search page in a real browser (Debian's Chromium through playwright-core), served with the
 * deployed CSP header: Vietnamese queries, document numbers, facets, URL state, keyboard use.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { BASE_PATH } from '../global-setup.ts';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { dirSize } from '../../scripts/bench/measure.ts';
import { serveDist, type RunningServer } from '../../scripts/lib/static-server.ts';
import { indexedText } from '../../src/search/html-text.ts';
import { canonicalWord, prepText, words } from '../../src/search/normalize.ts';

let browser: Browser;
let server: RunningServer;
const problems: string[] = [];

/**
 * Pages of one browser context: each query gets a fresh page (a fresh Pagefind, so no query's
 * results depend on the one before), and the scripts, WebAssembly and index chunks come from the
 * context's HTTP cache after the first, as a reader's do.
 */
let context: BrowserContext | undefined;

async function open(url: string): Promise<Page> {
  context ??= await browser.newContext();
  const page = await context.newPage();
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP: ${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(url);
  return page;
}

/**
 * Polled on a timer, not on animation frames (Playwright's default): a page that is not the
 * front tab gets no animation frames, and a wait on one would never end.
 */
const POLL_OPTIONS = { polling: 50 };

/** Waits until the live region reports the outcome of the current search. */
async function settled(page: Page): Promise<string> {
  await page.waitForFunction(
    () => {
      const s = document.querySelector('[data-search-status]')?.textContent ?? '';
      return !s.startsWith('Đang tải');
    },
    undefined,
    POLL_OPTIONS,
  );
  // The status is written only once the results are drawn (src/search/ui.ts run()): no sleep needed.
  return (await page.textContent('[data-search-status]')) ?? '';
}

/** Opens the filter panel as a reader does, and waits for its facets and their counts. */
async function openFilters(page: Page): Promise<void> {
  await page.click('[data-search-filters] > summary');
  await page.waitForFunction(
    () => [...document.querySelectorAll('[data-count]')].some((c) => c.textContent !== ''),
    undefined,
    POLL_OPTIONS,
  );
}

interface Hit {
  path: string;
  meta: string;
}

async function hits(page: Page): Promise<Hit[]> {
  return page.$$eval('.search-result', (lis) =>
    lis.map((li) => ({
      path: new URL(li.querySelector('a')!.href).pathname,
      meta: li.querySelector('.search-result-meta')?.textContent ?? '',
    })),
  );
}

async function search(params: string): Promise<{ status: string; hits: Hit[]; paths: string[] }> {
  const page = await open(`${server.url}tim-kiem/?${params}`);
  const status = await settled(page);
  // Every result, not only the first page of them.
  while (await page.isVisible('[data-search-more]')) {
    const n = (await hits(page)).length;
    await page.click('[data-search-more]');
    await page.waitForFunction((k) => document.querySelectorAll('.search-result').length > k, n, POLL_OPTIONS);
  }
  const h = await hits(page);
  await page.close();
  return { status, hits: h, paths: h.map((x) => x.path) };
}
/**
 * One search page kept open, on which each query is typed and submitted as a reader does: a
 * query costs its search, not a new tab, a new Pagefind and its WebAssembly. Pagefind keeps
 * nothing between queries but the chunks it has loaded, so no query's results depend on the one
 * before (the held results below would show it). Queries take turns on it.
 */
let reader: Page | undefined;
let turn: Promise<unknown> = Promise.resolve();
function q(query: string): ReturnType<typeof search> {
  const mine = turn.then(() => typed(query));
  turn = mine.catch(() => undefined);
  return mine;
}
async function typed(query: string): ReturnType<typeof search> {
  if (!reader) {
    reader = await open(`${server.url}tim-kiem/`);
    await settled(reader);
  }
  const page = reader;
  await page.evaluate(() => void (document.querySelector('[data-search-status]')!.textContent = ''));
  await page.fill('[data-search-form] input[type=search]', query);
  await page.press('[data-search-form] input[type=search]', 'Enter');
  await page.waitForFunction(
    () => {
      const s = document.querySelector('[data-search-status]')?.textContent ?? '';
      return s !== '' && !s.startsWith('Đang tải');
    },
    undefined,
    POLL_OPTIONS,
  );
  const status = (await page.textContent('[data-search-status]')) ?? '';
  while (await page.isVisible('[data-search-more]')) {
    const n = (await hits(page)).length;
    await page.click('[data-search-more]');
    await page.waitForFunction((k) => document.querySelectorAll('.search-result').length > k, n, POLL_OPTIONS);
  }
  const h = await hits(page);
  return { status, hits: h, paths: h.map((x) => x.path) };
}

const DANG_UY = [
  '/hoi-nghi/so-ket-kiem-nhiem-ben-tre-2021/',
  '/hoi-nghi/nhat-the-hoa-sam-son-2020/',
  '/hoi-nghi/khao-sat-tp-ben-tre-2019/',
  '/hoi-nghi/so-ket-de-an-01-tp-ben-tre-2018/',
];
const TY_LE = ['/hoi-nghi/so-ket-kiem-nhiem-ben-tre-2021/', '/hoi-nghi/khao-sat-tp-ben-tre-2019/', '/van-ban/01-da-tu-2012-ben-tre/'];

beforeAll(async () => {
  const dist = inject('dist');
  if (!existsSync(join(dist, 'pagefind', 'pagefind.js')))
    throw new Error(`no Pagefind index in ${dist}: is the search-index integration in astro.config.mjs?`);
  browser = await launchBrowser();
  server = await serveDist(dist);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('search: Vietnamese spelling', () => {
  it.each([
    ['dang uy', DANG_UY],
    ['đảng ủy', DANG_UY],
    ['Đảng uỷ', DANG_UY],
    ['\u00D0ảng ủy', DANG_UY],
    ['kiem nhiem', ['/hoi-nghi/so-ket-kiem-nhiem-ben-tre-2021/']],
    ['KIÊM NHIỆM', ['/hoi-nghi/so-ket-kiem-nhiem-ben-tre-2021/']],
    ['kiêm nhiệm'.normalize('NFD'), ['/hoi-nghi/so-ket-kiem-nhiem-ben-tre-2021/']],
    ['tỷ lệ', TY_LE],
    ['tỉ lệ', TY_LE],
    ['ty le', TY_LE],
    ['nhat the hoa', ['/hoi-nghi/nhat-the-hoa-sam-son-2020/', '/van-ban/02-pa-tu-2017-sam-son/']],
    ['nhất thể hoá', ['/hoi-nghi/nhat-the-hoa-sam-son-2020/', '/van-ban/02-pa-tu-2017-sam-son/']],
    ['sam son', ['/hoi-nghi/nhat-the-hoa-sam-son-2020/', '/van-ban/02-pa-tu-2017-sam-son/']],
    ['ben tre', ['/hoi-nghi/so-ket-kiem-nhiem-ben-tre-2021/', '/van-ban/02-nq-tu-2016-ben-tre/']],
  ])('"%s" finds the pages that contain it', async (query, expected) => {
    const { paths, status } = await q(query);
    for (const p of expected) expect(paths, `${query} → ${p}`).toContain(p);
    expect(status).toMatch(/^Tìm thấy \d+ kết quả/);
  });

  it('"hoà" and "hòa" give the same results, as do NFC and NFD "kiêm nhiệm"', async () => {
    const [a, b] = await Promise.all([q('hoà'), q('hòa')]);
    expect(a.paths.length).toBeGreaterThan(0);
    expect(a.paths).toEqual(b.paths);
    const [c, d] = await Promise.all([q('kiêm nhiệm'), q('kiêm nhiệm'.normalize('NFD'))]);
    expect(c.paths).toEqual(d.paths);
  });
});

describe('search: typed marks are meant', () => {
  /**
   * The words of a built page as the index holds them, in canonical spelling: its text and the
   * values of its metadata fields (Pagefind searches those too: a unit's name, its province).
   */
  const pageWords = (path: string) => {
    const html = readFileSync(join(inject('dist'), path, 'index.html'), 'utf8');
    const meta = [...html.matchAll(/<[^>]*\sdata-pagefind-meta="[^"]*"[^>]*>/g)].flatMap(([tag]) =>
      [...tag.matchAll(/\sdata-(?!pagefind-)[\w-]+="([^"]*)"/g)].map((m) => m[1]!),
    );
    return new Set(words(prepText([indexedText(html), ...meta].join(' '))).map(canonicalWord));
  };

  it('ranks every page holding the word typed with marks before pages that only match it folded', async () => {
    let mixed = 0;
    for (const word of ['tính', 'tỉnh', 'bộ', 'bố', 'trì', 'trí', 'cấp', 'cập', 'dân', 'dẫn', 'thế', 'thể']) {
      const { paths } = await q(word);
      const holds = paths.map((p) => pageWords(p).has(word));
      const firstFolded = holds.indexOf(false);
      if (firstFolded > 0) mixed++;
      if (firstFolded >= 0) expect(holds.slice(firstFolded).includes(true), `${word}: ${paths.join(' ')}`).toBe(false);
    }
    // The fixture site has both kinds of page for some of these words: the test compares something.
    expect(mixed).toBeGreaterThan(2);
  }, 120_000);
});

describe('search: document numbers', () => {
  it.each(['34-KL/TW', '34 KL TW', 'kl 34', 'KL34', '34/KL-TW'])('"%s" finds 34-KL/TW first', async (query) => {
    expect((await q(query)).paths[0]).toBe('/van-ban/34-kl-tw-2018/');
  });
  it('"3903/PA-UBND" finds the plan first', async () => {
    expect((await q('3903/PA-UBND')).paths[0]).toBe('/van-ban/3903-pa-ubnd-2018-ben-tre/');
  });
  it('"02-NQ/TU" finds both provinces\' resolutions first, each with its unit shown', async () => {
    const { hits: h } = await q('02-NQ/TU');
    const top = h.slice(0, 2).sort((x, y) => x.path.localeCompare(y.path));
    expect(top.map((x) => x.path)).toEqual(['/van-ban/02-nq-tu-2016-ben-tre/', '/van-ban/02-nq-tu-2021-unknown-tinh-mien-nui-phia-bac/']);
    expect(top[0]!.meta).toContain('Tỉnh Bến Tre');
    expect(top[1]!.meta).toContain('Một tỉnh chưa rõ tên');
    expect(top[0]!.meta).toContain('Nghị quyết');
  });
});

/**
 * Every result of these queries, in order, on the fixture site (a snapshot of the sample): what
 * the index holds and how Pagefind ranks it. A change to what is indexed, to the page text, or to
 * the ranking options shows here as a diff of the file, to be read and accepted on purpose.
 */
const HELD_QUERIES = [
  'kiem nhiem',
  'kiêm nhiệm',
  'bí thư chi bộ',
  'dang uy',
  'nhat the hoa',
  'tỷ lệ',
  'trưởng ấp',
  'hội nghị sơ kết',
  '34 KL TW',
  'an hoa',
  'sam son',
  'ben tre',
  'nghị quyết',
  'mặt trận',
];

describe('search: results and ranking held', () => {
  it('gives the recorded results, in the recorded order, for each query', async () => {
    const got: Record<string, string[]> = {};
    for (const query of HELD_QUERIES) got[query] = (await q(query)).paths;
    expect(Object.values(got).every((paths) => paths.length > 0)).toBe(true);
    await expect(`${JSON.stringify(got, null, 1)}\n`).toMatchFileSnapshot('__snapshots__/search-results.json');
  }, 240_000);
});

describe('search: facets', () => {
  it('browses by type with no query, with counts per value once the filters are opened', async () => {
    const page = await open(`${server.url}tim-kiem/`);
    expect(await settled(page)).toContain('Nhập từ khóa');
    await openFilters(page);
    const label = await page.textContent('label:has-text("Nghị quyết")');
    expect(label).toMatch(/Nghị quyết \(4\)/);
    await page.close();
    const { hits: h, status } = await search('loai=Nghị+quyết');
    expect(status).toMatch(/^Tìm thấy 4 kết quả/);
    expect(h.every((x) => x.meta.startsWith('Nghị quyết'))).toBe(true);
  });
  it('combines values of one facet with OR and facets with AND', async () => {
    expect((await search('loai=Nghị+quyết&loai=Kết+luận')).paths.length).toBe(5);
    const { hits: h } = await search('nam=2021');
    expect(h.length).toBeGreaterThan(0);
    expect(h.every((x) => x.meta.endsWith('/2021'))).toBe(true);
    const both = await search('nam=2021&loai=Nghị+quyết');
    expect(both.paths).toEqual(['/van-ban/02-nq-tu-2021-unknown-tinh-mien-nui-phia-bac/']);
  });
  it('counts each value as the results it would give, the other facets kept and its own facet replaced', async () => {
    const page = await open(`${server.url}tim-kiem/?q=kiem+nhiem&nam=2021`);
    await settled(page);
    await page.waitForFunction(
      () => [...document.querySelectorAll('[data-count]')].some((c) => c.textContent !== ''),
      undefined,
      POLL_OPTIONS,
    );
    const shown = async (name: string, value: string) =>
      Number(
        /\(([\d.]+)\)/
          .exec((await page.textContent(`li:has(> input[name="${name}"][value="${value}"]) > label`)) ?? '')?.[1]
          ?.replace(/\./g, ''),
      );
    const soKet = await shown('loai', 'Sơ kết');
    const y2020 = await shown('nam', '2020');
    await page.close();
    expect((await search('q=kiem+nhiem&nam=2021&loai=Sơ+kết')).paths.length).toBe(soKet);
    expect((await search('q=kiem+nhiem&nam=2020')).paths.length).toBe(y2020);
    expect(soKet + y2020).toBeGreaterThan(0);
  });
  it('filters a query by facet', async () => {
    const { hits: h } = await search('q=kiem+nhiem&loai=Sơ+kết');
    expect(h.length).toBeGreaterThan(0);
    expect(h.every((x) => x.meta.startsWith('Sơ kết'))).toBe(true);
    const { paths } = await search('dia-phuong=Trung+ương');
    expect(paths).toContain('/van-ban/34-kl-tw-2018/');
  });
});

describe('search on a phone', () => {
  it('folds the filters so the first result shows without scrolling, and opens them when the address has a filter', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${server.url}tim-kiem/?q=kiem+nhiem`);
    await settled(page);
    expect(await page.$eval('[data-search-filters]', (d) => (d as HTMLDetailsElement).open)).toBe(false);
    const top = await page.$eval('.search-result', (li) => li.getBoundingClientRect().top);
    expect(top).toBeLessThan(844);
    await page.goto(`${server.url}tim-kiem/?q=kiem+nhiem&loai=S%C6%A1+k%E1%BA%BFt`);
    await settled(page);
    expect(await page.$eval('[data-search-filters]', (d) => (d as HTMLDetailsElement).open)).toBe(true);
    await page.close();
  });
});

describe('search: URL state and keyboard', () => {
  it('loads ?q= directly, writes facets to the URL and restores the previous state on Back', async () => {
    const page = await open(`${server.url}tim-kiem/?q=kiem+nhiem`);
    await settled(page);
    expect(await page.inputValue('#tu-khoa')).toBe('kiem nhiem');
    const before = (await hits(page)).length;
    const statusBefore = await page.textContent('[data-search-status]');
    await openFilters(page);
    await page.check('input[name="loai"][value="Sơ kết"]');
    await page.waitForFunction(() => location.search.includes('loai='), undefined, POLL_OPTIONS);
    // Waits on the page's state, not on the clock: a busy machine may take longer than any sleep.
    await page.waitForFunction(
      () => document.querySelector('[data-search-status]')!.textContent!.includes('với bộ lọc'),
      undefined,
      POLL_OPTIONS,
    );
    expect(decodeURIComponent(new URL(page.url()).search.replace(/\+/g, ' '))).toBe('?q=kiem nhiem&loai=Sơ kết');
    await page.evaluate(() => history.back());
    await page.waitForFunction(
      (s) => !location.search.includes('loai=') && document.querySelector('[data-search-status]')!.textContent === s,
      statusBefore,
      POLL_OPTIONS,
    );
    expect(await page.isChecked('input[name="loai"][value="Sơ kết"]')).toBe(false);
    expect((await hits(page)).length).toBe(before);
    await page.close();
  });
  it('works with the keyboard only: Tab to the field, type, Tab to a facet, Space', async () => {
    const page = await open(`${server.url}tim-kiem/`);
    await settled(page);
    for (let i = 0; i < 30 && (await page.evaluate(() => document.activeElement?.id)) !== 'tu-khoa'; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tu-khoa');
    await page.keyboard.type('dang uy');
    // The whole query, not a search the box ran on the first letters while the machine stalled.
    await page.waitForFunction(
      () => /^Tìm thấy .*“dang uy”/.test(document.querySelector('[data-search-status]')!.textContent!),
      undefined,
      POLL_OPTIONS,
    );
    expect(new URL(page.url()).searchParams.get('q')).toBe('dang uy');
    await page.keyboard.press('Tab'); // the Tìm button
    await page.keyboard.press('Tab'); // the filters' summary
    await page.keyboard.press('Enter'); // opens them
    await page.waitForSelector('input[name="loai"]');
    await page.keyboard.press('Tab'); // the first facet value
    const focused = await page.evaluate(() => (document.activeElement as HTMLInputElement).type);
    expect(focused).toBe('checkbox');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    const before = await page.textContent('[data-search-status]');
    await page.keyboard.press('Space');
    await page.waitForFunction((b) => document.querySelector('[data-search-status]')!.textContent !== b, before, POLL_OPTIONS);
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).checked)).toBe(true);
    expect(new URL(page.url()).search).toMatch(/loai=/);
    await page.close();
  });
  it('without JavaScript the page says so and links to the indexes', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(`${server.url}tim-kiem/`);
    expect(await page.isVisible('[data-search-nojs]')).toBe(true);
    expect(await page.isVisible('[data-search-form]')).toBe(false);
    const links = await page.$$eval('[data-search-nojs] a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(links).toEqual(['/van-ban/', '/hoi-nghi/', '/dia-phuong/', '/chi-tieu/']);
    await ctx.close();
  });
});

describe('search: cost', () => {
  it("a first query fetches neither the facets nor Pagefind's worker; opened filters fetch them and count the query", async () => {
    const page = await browser.newPage();
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto(`${server.url}tim-kiem/?q=kiem+nhiem`);
    expect(await settled(page)).toMatch(/^Tìm thấy/);
    await page.waitForLoadState('networkidle');
    expect(fetched.some((p) => p.includes('/pagefind/index/'))).toBe(true);
    expect(fetched.filter((p) => p.includes('/pagefind/filter/'))).toEqual([]);
    expect(fetched.filter((p) => p.endsWith('/pagefind-worker.js'))).toEqual([]);
    await openFilters(page);
    expect(fetched.filter((p) => p.includes('/pagefind/filter/')).length).toBeGreaterThan(0);
    const label = (await page.textContent('label:has-text("Sơ kết")')) ?? '';
    const shown = Number(/\((\d+)\)/.exec(label)?.[1]);
    await page.close();
    const { paths } = await search('q=kiem+nhiem&loai=Sơ+kết');
    expect(paths.length).toBeGreaterThan(0);
    expect(shown).toBe(paths.length);
  });
  it('measures index size, bytes fetched and latency', async () => {
    const page = await browser.newPage();
    let bytes = 0;
    page.on('response', async (r) => {
      if (r.url().includes('/pagefind/')) bytes += (await r.body().catch(() => Buffer.alloc(0))).length;
    });
    await page.goto(`${server.url}tim-kiem/`);
    await settled(page);
    const atLoad = bytes;
    const timed = async (text: string) => {
      const t0 = Date.now();
      await page.fill('#tu-khoa', text);
      await page.press('#tu-khoa', 'Enter');
      await page.waitForFunction((t) => document.querySelector('[data-search-status]')!.textContent!.includes(t), text, POLL_OPTIONS);
      return Date.now() - t0;
    };
    const b0 = bytes;
    const first = await timed('kiem nhiem');
    const firstBytes = bytes - b0;
    const b1 = bytes;
    const later = await timed('dang uy');
    const laterBytes = bytes - b1;
    const js = readdirSync(join(inject('dist'), '_astro')).filter((f) => f.endsWith('.js'));
    const jsBytes = js.reduce((n, f) => n + statSync(join(inject('dist'), '_astro', f)).size, 0);
    console.log(
      JSON.stringify({
        indexBytes: dirSize(join(inject('dist'), 'pagefind')).bytes,
        pageJsBytes: jsBytes,
        bytesAtLoad: atLoad,
        firstQuery: { ms: first, bytes: firstBytes },
        laterQuery: { ms: later, bytes: laterBytes },
      }),
    );
    expect(jsBytes).toBeLessThan(20_000);
    await page.close();
  });
  it('raised no CSP violation and no console error', () => {
    console.log(problems);
    expect(problems).toEqual([]);
  });
});

describe('search under a base path', () => {
  it('finds pages when the site lives under /portal/', async () => {
    const s = await serveDist(inject('distBase'), BASE_PATH);
    try {
      const page = await open(`${s.url}tim-kiem/?q=34+KL+TW`);
      await settled(page);
      expect((await hits(page))[0]?.path).toBe('/portal/van-ban/34-kl-tw-2018/');
      await page.close();
      expect(problems).toEqual([]);
    } finally {
      await s.close();
    }
  }, 240_000);
});
