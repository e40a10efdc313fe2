/**
 * `node scripts/bench/search-bytes.ts DIST [query] [later query…]`: what a reader's browser fetches
 * on the search page of a built site (Debian's Chromium, the site served on 127.0.0.1): for a first
 * query from a cold cache, the page itself, its script, and Pagefind's loader, wasm, metadata,
 * index chunks and fragments; then for each later query typed on the same page, what it adds;
 * then, for words typed with marks, how many of the first results hold the very word.
 * Bytes are counted as a host serving gzip sends them: Pagefind's own files are gzip already,
 * the rest is compressed here.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../lib/browser.ts';
import { serveDist } from '../lib/static-server.ts';
import { parseCli, usageError } from '../lib/cli.ts';
import { indexedText, isSearchable } from '../../src/search/html-text.ts';
import { canonicalWord, prepText, words } from '../../src/search/normalize.ts';

export interface Fetched {
  query: string;
  requests: number;
  /** Bytes as served here, uncompressed. */
  bytes: number;
  /** Bytes on the wire from a host that serves gzip. */
  gzipBytes: number;
  /** gzip bytes by kind of file (page, css, js, pagefind.js, wasm, meta, index, fragment, filter…). */
  byKind: Record<string, number>;
  /** gzip bytes and count of each kind of Pagefind file that grows with the site. */
  files: Record<string, number>;
}

/** The kind of a fetched path, for saying where the bytes go. */
function kindOf(path: string): string {
  const pf =
    /\/pagefind\/(?:(index|fragment|filter)\/|.*\.(pf_meta)$|(wasm)\.|(pagefind-worker\.js)$|(pagefind\.js)$|(pagefind-entry\.json)$)/.exec(
      path,
    );
  if (pf) return pf.slice(1).find(Boolean)!.replace('pf_meta', 'meta');
  if (path.endsWith('/')) return 'page';
  return /\.(\w+)$/.exec(path)?.[1] ?? 'other';
}

function tally(dist: string, query: string, requests: { path: string; bytes: number }[]): Fetched {
  const byKind: Record<string, number> = {};
  const files: Record<string, number> = {};
  let gzipBytes = 0;
  for (const r of requests) {
    const file = join(dist, decodeURIComponent(r.path).replace(/\/$/, '/index.html'));
    const pagefindOwn = /\/pagefind\/.*(\.pf_\w+|\.pagefind)$/.test(r.path);
    const wire = !pagefindOwn && existsSync(file) ? gzipSync(readFileSync(file)).length : r.bytes;
    gzipBytes += wire;
    const kind = kindOf(r.path);
    byKind[kind] = (byKind[kind] ?? 0) + wire;
    files[kind] = (files[kind] ?? 0) + 1;
  }
  return { query, requests: requests.length, bytes: requests.reduce((s, r) => s + r.bytes, 0), gzipBytes, byKind, files };
}

/** For a word typed with marks: how many of the first results hold it, of as many as could. */
export interface Precision {
  query: string;
  /** Searchable pages holding the word (text or metadata fields, canonical spelling). */
  holding: number;
  /** The results looked at: the first ten, or fewer when fewer pages hold the word. */
  k: number;
  /** Of those, the ones that hold it. */
  hits: number;
}

/** The canonical words of a built page as the index holds them: its text and metadata fields' values. */
function pageWords(html: string): Set<string> {
  const meta = [...html.matchAll(/<[^>]*\sdata-pagefind-meta="[^"]*"[^>]*>/g)].flatMap(([tag]) =>
    [...tag.matchAll(/\sdata-(?!pagefind-)[\w-]+="([^"]*)"/g)].map((m) => m[1]!),
  );
  return new Set(words(prepText([indexedText(html), ...meta].join(' '))).map(canonicalWord));
}

/** Precision of the first results for each word, from the paths the search page listed. */
function precision(dist: string, listed: Map<string, string[]>): Precision[] {
  const holders = new Map([...listed.keys()].map((q) => [q, new Set<string>()]));
  for (const e of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!e.isFile() || e.name !== 'index.html' || e.parentPath.includes(`${dist}/pagefind`)) continue;
    const html = readFileSync(join(e.parentPath, e.name), 'utf8');
    if (!isSearchable(html)) continue;
    const ws = pageWords(html);
    const path = `/${e.parentPath.slice(dist.length).replace(/^\/+/, '')}/`.replace(/\/+$/, '/');
    for (const [q, set] of holders) if (ws.has(canonicalWord(prepText(q)))) set.add(path);
  }
  return [...listed].map(([query, paths]) => {
    const holding = holders.get(query)!;
    const k = Math.min(10, holding.size);
    return { query, holding: holding.size, k, hits: paths.slice(0, k).filter((p) => holding.has(p)).length };
  });
}

export async function searchBytes(
  dist: string,
  first: string,
  later: string[] = [],
  marked: string[] = [],
): Promise<{ first: Fetched; later: Fetched[]; precision: Precision[] }> {
  const server = await serveDist(dist, '/');
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const rest = async () => {
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(500);
    };
    await page.goto(`${server.url}tim-kiem/?q=${encodeURIComponent(first)}`, { waitUntil: 'load' });
    // Until the first results are on screen (their records fetched), then until the network rests.
    await page.waitForSelector('.search-result', { timeout: 60_000 });
    await rest();
    const out = { first: tally(dist, first, [...server.requests]), later: [] as Fetched[], precision: [] as Precision[] };
    const type = async (q: string) => {
      await page.fill('#tu-khoa', q);
      await page.press('#tu-khoa', 'Enter');
      await page.waitForFunction((t) => document.querySelector('[data-search-status]')!.textContent!.includes(`“${t}”`), q, {
        timeout: 60_000,
      });
    };
    for (const q of later) {
      const from = server.requests.length;
      await type(q);
      await rest();
      out.later.push(tally(dist, q, server.requests.slice(from)));
    }
    // After the bytes: words typed with marks, and the first ten results the page lists for each
    // (the first screen shows fewer: "Xem thêm" until ten are listed).
    const listed = new Map<string, string[]>();
    const links = () => page.$$eval('.search-result h2 a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    for (const q of marked) {
      await type(q);
      await page.waitForTimeout(300);
      for (let n = (await links()).length; n < 10 && (await page.isVisible('[data-search-more]'));) {
        await page.click('[data-search-more]');
        await page.waitForFunction((k) => document.querySelectorAll('.search-result').length > k, n);
        n = (await links()).length;
      }
      listed.set(q, await links());
    }
    out.precision = precision(dist, listed);
    return out;
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.main) {
  const CLI = {
    usage: 'node scripts/bench/search-bytes.ts DIST ["từ khóa" ["từ khóa sau" …]] [--marked tính,bố,…]',
    options: { marked: { type: 'string', default: '' } },
    positionals: true,
  } as const;
  const { positionals, values } = parseCli(CLI);
  if (positionals.length < 1) usageError(CLI, 'Cần thư mục trang đã dựng (need the built site folder).');
  const [dist, first = 'kiêm nhiệm', ...later] = positionals as [string, ...string[]];
  const marked = values.marked ? values.marked.split(',') : [];
  process.stdout.write(`${JSON.stringify(await searchBytes(dist, first, later, marked), null, 1)}\n`);
}
