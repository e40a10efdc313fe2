/**
 * Builds the site search index with Pagefind's Node API while the build renders: each page is
 * handed over as it is rendered (src/middleware.ts) to a thread of its own (search-worker.ts)
 * that readies it and sends it to Pagefind, so indexing takes the second core; pages the build
 * did not render (copied from an earlier build) are read from disk at the end, and the index is
 * written once. Every page is
 * made NFC, its blocks kept apart by a space, and given its sparse alias field (src/search/aliases.ts) in the copy Pagefind reads;
 * the published HTML is untouched. Any indexing error, a page without lang="vi", or a page count
 * that differs from the number of searchable pages fails the build.
 */
import type { AstroIntegration } from 'astro';
import { readFile, readdir, rm } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { pageAliases } from '../search/aliases.ts';
import { headingText, indexedText, isSearchable, separateBlocks } from '../search/html-text.ts';
import { PAGE_SINK, lend, type PageSink } from '../lib/build-sinks.ts';

const UNUSED_UI = [
  'pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css',
  'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js',
];

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .filter((p) => !relative(dir, p).split(sep).includes('pagefind'))
    .sort();
}

/**
 * `van-ban/x/index.html` → `/van-ban/x/`. Without the base path: pagefind.js prefixes results with
 * the folder it was loaded from, so the same index works wherever the site is served.
 */
export function pageUrl(rel: string): string {
  return `/${rel.split(sep).join('/').replace(/(^|\/)index\.html$/, '$1')}`;
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The page as Pagefind should read it: NFC, with the alias field as the body's first child. */
export function prepareForIndex(html: string): { html: string; aliases: string[] } {
  const nfc = separateBlocks(html.normalize('NFC'));
  const aliases = pageAliases(indexedText(nfc), headingText(nfc));
  if (!aliases.length) return { html: nfc, aliases };
  const field = `<span data-pagefind-meta="aliases[data-a]" data-a="${escapeAttr(aliases.join(' '))}"></span>`;
  return { html: nfc.replace(/(<[a-z]+[^>]*\sdata-pagefind-body[^>]*>)/i, `$1${field}`), aliases };
}

export interface IndexStats {
  pages: number;
  searchable: number;
  aliasTokens: number;
  /** Pages handed over while the build rendered them, rather than read back from disk. */
  streamed: number;
  /** Time rendering waited for Pagefind to catch up, in ms. */
  waitedMs: number;
}

/** Pages sent to Pagefind and not yet answered; beyond this, rendering waits for the indexer. */
const IN_FLIGHT = 32;

/** One Pagefind index filled page by page, from rendered pages or from files, then written once. */
export class SearchIndexer implements PageSink {
  readonly #index: pagefind.PagefindIndex;
  readonly #base: string;
  readonly #pending = new Set<Promise<void>>();
  readonly #seen = new Set<string>();
  readonly #problems: string[] = [];
  #searchable = 0;
  #aliasTokens = 0;
  #streamed = 0;
  #waitedMs = 0;

  private constructor(index: pagefind.PagefindIndex, base: string) {
    this.#index = index;
    this.#base = base.endsWith('/') ? base : `${base}/`;
  }

  static async open(base = '/'): Promise<SearchIndexer> {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
    if (!index) throw new Error(`Không tạo được chỉ mục tìm kiếm (Pagefind): ${errors.join('; ')}`);
    return new SearchIndexer(index, base);
  }

  /** A page as the build rendered it; `pathname` carries the base path, which the index leaves out. */
  async page(pathname: string, html: string): Promise<void> {
    const path = pathname.startsWith(this.#base) ? pathname.slice(this.#base.length - 1) : pathname;
    this.#streamed++;
    await this.#add(path, html, path);
  }

  async #add(url: string, raw: string, where: string): Promise<void> {
    if (this.#seen.has(url)) return;
    this.#seen.add(url);
    if (!/<html[^>]*\slang="vi"/.test(raw)) this.#problems.push(`${where}: thiếu lang="vi" trên <html> (every page must declare lang="vi")`);
    if (!isSearchable(raw)) return;
    this.#searchable++;
    const { html, aliases } = prepareForIndex(raw);
    this.#aliasTokens += aliases.length;
    const sent: Promise<void> = this.#index
      .addHTMLFile({ url, content: html })
      .then((added) => {
        if (added.errors.length) this.#problems.push(`${where}: ${added.errors.join('; ')}`);
      })
      .finally(() => this.#pending.delete(sent));
    this.#pending.add(sent);
    if (this.#pending.size >= IN_FLIGHT) {
      const t = performance.now();
      await Promise.race(this.#pending);
      this.#waitedMs += performance.now() - t;
    }
  }

  /**
   * Adds every page of `dir` the build did not hand over (all of them when nothing was streamed),
   * checks that each streamed page is a file of `dir`, writes `dir/pagefind`. Throws on any problem.
   */
  async finish(dir: string): Promise<IndexStats> {
    const files = await htmlFiles(dir);
    const urls = new Set<string>();
    try {
      await Promise.all(this.#pending);
      for (const file of files) {
        const rel = relative(dir, file);
        const url = pageUrl(rel);
        urls.add(url);
        if (!this.#seen.has(url)) await this.#add(url, await readFile(file, 'utf8'), rel);
      }
      await Promise.all(this.#pending);
      for (const url of this.#seen) if (!urls.has(url)) this.#problems.push(`${url}: trang đã lập chỉ mục nhưng không có tệp (indexed a page that was not written)`);
      const written = await this.#index.writeFiles({ outputPath: join(dir, 'pagefind') });
      if (written.errors.length) this.#problems.push(...written.errors);
      // The search page talks to pagefind.js itself; Pagefind's ready-made interfaces go unused.
      for (const f of UNUSED_UI) await rm(join(dir, 'pagefind', f), { force: true });
    } finally {
      await pagefind.close();
    }
    const entry = JSON.parse(await readFile(join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const indexed = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
    if (indexed !== this.#searchable) {
      this.#problems.push(`chỉ mục có ${indexed} trang, nhưng có ${this.#searchable} trang cần tìm được (indexed ${indexed} pages, expected ${this.#searchable})`);
    }
    if (this.#problems.length) throw new Error(`Lập chỉ mục tìm kiếm thất bại (search indexing failed):\n- ${this.#problems.join('\n- ')}`);
    return { pages: files.length, searchable: this.#searchable, aliasTokens: this.#aliasTokens, streamed: this.#streamed, waitedMs: Math.round(this.#waitedMs) };
  }
}

/** Indexes every searchable page under `dir` into `dir/pagefind`, reading the files. Throws on any problem. */
export async function buildSearchIndex(dir: string): Promise<IndexStats> {
  return (await SearchIndexer.open()).finish(dir);
}

/** Pages handed to the indexing thread and not yet taken; beyond this, rendering waits. */
const QUEUED = 64;

/**
 * The build's side of src/integrations/search-worker.ts: hands each rendered page to the indexing
 * thread and returns at once, waiting only when that thread falls `QUEUED` pages behind.
 */
class IndexThread implements PageSink {
  readonly #worker: Worker;
  #queued = 0;
  #waitedMs = 0;
  #wake: (() => void)[] = [];
  #finished?: { resolve: (s: IndexStats) => void; reject: (e: Error) => void };
  #failure?: Error;

  constructor(base: string) {
    this.#worker = new Worker(new URL('./search-worker.ts', import.meta.url), { workerData: { base } });
    this.#worker.on('message', (m: { type: 'done' } | { type: 'finished'; stats: IndexStats } | { type: 'failed'; message: string }) => {
      if (m.type === 'done') {
        this.#queued--;
        this.#wake.shift()?.();
      } else if (m.type === 'finished') this.#finished?.resolve(m.stats);
      else this.#fail(new Error(m.message));
    });
    this.#worker.on('error', (e) => this.#fail(e instanceof Error ? e : new Error(String(e))));
    // A build that fails before its end must still exit: the thread holds the process open only
    // while the build waits for it.
    this.#worker.unref();
  }

  #fail(e: Error): void {
    this.#failure ??= e;
    this.#finished?.reject(e);
    for (const wake of this.#wake.splice(0)) wake();
  }

  async page(pathname: string, html: string): Promise<void> {
    if (this.#failure) throw this.#failure;
    this.#worker.postMessage({ type: 'page', pathname, html });
    if (++this.#queued >= QUEUED) {
      const t = performance.now();
      this.#worker.ref();
      await new Promise<void>((resolve) => this.#wake.push(resolve));
      this.#worker.unref();
      this.#waitedMs += performance.now() - t;
    }
  }

  async finish(dir: string): Promise<IndexStats> {
    try {
      if (this.#failure) throw this.#failure;
      this.#worker.ref();
      const stats = await new Promise<IndexStats>((resolve, reject) => {
        this.#finished = { resolve, reject };
        this.#worker.postMessage({ type: 'finish', dir });
      });
      return { ...stats, waitedMs: stats.waitedMs + Math.round(this.#waitedMs) };
    } finally {
      await this.#worker.terminate();
    }
  }
}

export function searchIndex(): AstroIntegration {
  let base = '/';
  let indexer: IndexThread | undefined;
  return {
    name: 'search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:start': () => {
        indexer = new IndexThread(base);
        // Each page the build renders comes here (src/middleware.ts) while the next one renders.
        lend(PAGE_SINK, indexer);
      },
      'astro:build:done': async ({ dir, logger }) => {
        lend(PAGE_SINK, undefined);
        const stats = await (indexer ?? new IndexThread(base)).finish(fileURLToPath(dir));
        indexer = undefined;
        logger.info(`${stats.searchable}/${stats.pages} trang vào chỉ mục tìm kiếm (${stats.streamed} khi dựng trang, chờ ${(stats.waitedMs / 1000).toFixed(1)} s), ${stats.aliasTokens} từ đồng nghĩa`);
      },
    },
  };
}
