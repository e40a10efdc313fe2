/**
 * Builds the site search index with Pagefind's Node API while the build renders: each page is
 * handed over as it is rendered (src/middleware.ts), or as the build copies it from its last run
 * (restored-pages.ts), to a thread of its own (index-thread.ts, search-worker.ts) that readies it
 * and sends it to Pagefind, so indexing takes the second core. Pages neither handed over are read
 * from disk at the end, and the index is written once, its pages numbered by address
 * (compact-index.ts), so a rebuild, or a build that renders pages in another order, writes the
 * same files as a clean build. Every page is made NFC, its
 * blocks kept apart by a space, and given its sparse alias field (src/search/aliases.ts) in the
 * copy Pagefind reads; the published HTML is untouched. Any indexing error, a page without lang="vi", or a page count that differs from the
 * number of searchable pages fails the build.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { pageAliases } from '../search/aliases.ts';
import { headingText, indexedText, isSearchable, searchedPart, separateBlocks, slimForIndex } from '../search/html-text.ts';
import { PAGE_SINK, lend, type PageSink } from '../collections/build-sinks.ts';
import { compactIndex } from './compact-index.ts';
import { IndexThread, type IndexStats } from './index-thread.ts';
import { offRestoredPages, onRestoredPages } from './restored-pages.ts';

export type { IndexStats };

const UNUSED_UI = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
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
  return `/${rel
    .split(sep)
    .join('/')
    .replace(/(^|\/)index\.html$/, '$1')}`;
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * Pagefind's index chunks hold at least this many word positions each (its own default, 20,000,
 * made a first query load two chunks of some 26 KB gzip at 1,000 articles). A query loads the
 * chunks holding its words, so smaller chunks cost it less; the metadata every query loads lists
 * each chunk, so much smaller ones cost that more (measured with `npm run bench -- --search-only`).
 */
const INDEX_CHUNK_SIZE = 5000;

/**
 * `id` attributes inside the body element: Pagefind records each as an anchor, in the page's
 * result record (its fragment), for sub-results the search page does not show.
 */
function dropAnchors(body: string): string {
  return body.replace(/(<[a-zA-Z][a-zA-Z0-9-]*\b[^>]*?)\sid="[^"]*"/g, '$1');
}

/**
 * The page as Pagefind should read it: only what it reads (`searchedPart`, `slimForIndex`), NFC,
 * no anchors, with the alias field as the body's first child.
 */
export function prepareForIndex(html: string): { html: string; aliases: string[] } {
  const part = searchedPart(html).normalize('NFC');
  const at = part.search(/<body>/);
  const nfc = separateBlocks(slimForIndex(at < 0 ? part : `${part.slice(0, at)}${dropAnchors(part.slice(at))}`));
  const aliases = pageAliases(indexedText(nfc), headingText(nfc));
  if (!aliases.length) return { html: nfc, aliases };
  const field = `<span data-pagefind-meta="aliases[data-a]" data-a="${escapeAttr(aliases.join(' '))}"></span>`;
  return { html: nfc.replace(/(<[a-z]+[^>]*\sdata-pagefind-body[^>]*>)/i, `$1${field}`), aliases };
}

/**
 * Pagefind's script as every search downloads it, minified: Pagefind ships it with its names
 * whole (13.4 KB gzip, 11 KB minified). The build's own minifier (Vite's), with its defaults.
 */
async function minifyScript(file: string): Promise<void> {
  const { minify } = await import('vite');
  const out = await minify('pagefind.js', await readFile(file, 'utf8'), { module: true, compress: true, mangle: true });
  if (out.errors.length) throw new Error(`Không thu gọn được ${file}: ${out.errors.map((e) => e.message).join('; ')}`);
  await writeFile(file, out.code);
}

/** Pages sent to Pagefind and not yet answered; beyond this, rendering waits for the indexer. */
const IN_FLIGHT = 32;

/** One Pagefind index filled page by page, from rendered pages or from files, then written once. */
export class SearchIndexer implements PageSink {
  #index: pagefind.PagefindIndex;
  readonly #base: string;
  readonly #pending = new Set<Promise<void>>();
  readonly #seen = new Set<string>();
  /** Searchable pages in the order they went to Pagefind. */
  readonly #sent: string[] = [];
  readonly #problems: string[] = [];
  #searchable = 0;
  #aliasTokens = 0;
  #streamed = 0;
  #restored = 0;
  #waitedMs = 0;
  #waiting = 0;
  #waitingSince = 0;

  private constructor(index: pagefind.PagefindIndex, base: string) {
    this.#index = index;
    this.#base = base.endsWith('/') ? base : `${base}/`;
  }

  static async open(base = '/'): Promise<SearchIndexer> {
    // Read by the Pagefind process, started with this thread's environment on the first call.
    process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= String(INDEX_CHUNK_SIZE);
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
    if (!index) throw new Error(`Không tạo được chỉ mục tìm kiếm (Pagefind): ${errors.join('; ')}`);
    return new SearchIndexer(index, base);
  }

  /** A page as the build rendered it; `pathname` carries the base path, which the index leaves out. */
  async page(pathname: string, bytes: Uint8Array<ArrayBuffer>): Promise<void> {
    const path = pathname.startsWith(this.#base) ? pathname.slice(this.#base.length - 1) : pathname;
    this.#streamed++;
    await this.#add(path, new TextDecoder().decode(bytes), path);
  }

  /**
   * A page the build copied from its last run (`outputFile` under `dist/`, now at `file`), read
   * here at once: read later, its text could come after a page handed over since.
   */
  async restored(outputFile: string, file: string): Promise<void> {
    if (!outputFile.endsWith('.html')) return;
    this.#restored++;
    await this.#add(pageUrl(outputFile), readFileSync(file, 'utf8'), outputFile);
  }

  async #add(url: string, raw: string, where: string): Promise<void> {
    if (this.#seen.has(url)) return;
    this.#seen.add(url);
    if (!/<html[^>]*\slang="vi"/.test(raw))
      this.#problems.push(`${where}: thiếu lang="vi" trên <html> (every page must declare lang="vi")`);
    if (!isSearchable(raw)) return;
    this.#searchable++;
    this.#sent.push(url);
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
      // Pages come in several at a time: the time counted is the time anyone waited.
      if (this.#waiting++ === 0) this.#waitingSince = performance.now();
      await Promise.race(this.#pending);
      if (--this.#waiting === 0) this.#waitedMs += performance.now() - this.#waitingSince;
    }
  }

  /**
   * Adds every page of `dir` the build did not hand over (all of them when nothing was streamed),
   * checks that each streamed page is a file of `dir`, writes `dir/pagefind`. Throws on any problem.
   *
   * Pagefind numbers pages in the order they are added, and the numbers decide its files: the
   * same pages added in another order give another index. compact-index.ts numbers them again by
   * address, so pages go in as they come, rendered or copied, in any order. Only when it cannot
   * (a bundle of another shape) do pages go in one order whatever was rendered: `order` (the
   * build's own order of pages), then any other file by path; the index is then started again
   * from the files if the pages handed over came in another order.
   */
  async finish(dir: string, order: string[] = []): Promise<IndexStats> {
    const files = await htmlFiles(dir);
    const fileOf = new Map(files.map((file) => [pageUrl(relative(dir, file)), file]));
    const listed = order.map((name) => `/${name}`).filter((url) => fileOf.has(url));
    const listedSet = new Set(listed);
    const inOrder = [...listedSet];
    const rest = [...fileOf.keys()].filter((url) => !listedSet.has(url));
    const sequence = [...inOrder, ...rest.sort()];
    let restarted = false;
    let compactSkipped: string | undefined;
    let metaBytes: number | undefined;
    try {
      await Promise.all(this.#pending);
      const unwritten = [...this.#seen].filter((url) => !fileOf.has(url));
      const ordered = await this.#addInSequence(dir, sequence, fileOf, false);
      const done = await this.#write(dir);
      if (done && 'skipped' in done) {
        compactSkipped = done.skipped;
        if (!ordered) {
          restarted = true;
          await this.#restart();
          await this.#addInSequence(dir, sequence, fileOf, true);
          await this.#write(dir);
        }
      } else if (done) metaBytes = done.meta.reduce((n, m) => n + m.after, 0);
      // After any new start, which forgets what the first pass found.
      for (const url of unwritten)
        this.#problems.push(`${url}: trang đã lập chỉ mục nhưng không có tệp (indexed a page that was not written)`);
    } finally {
      await pagefind.close();
    }
    const entry = JSON.parse(await readFile(join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const indexed = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
    if (indexed !== this.#searchable) {
      this.#problems.push(
        `chỉ mục có ${indexed} trang, nhưng có ${this.#searchable} trang cần tìm được (indexed ${indexed} pages, expected ${this.#searchable})`,
      );
    }
    if (this.#problems.length) throw new Error(`Lập chỉ mục tìm kiếm thất bại (search indexing failed):\n- ${this.#problems.join('\n- ')}`);
    return {
      pages: files.length,
      searchable: this.#searchable,
      aliasTokens: this.#aliasTokens,
      streamed: this.#streamed,
      restored: this.#restored,
      waitedMs: Math.round(this.#waitedMs),
      restarted,
      ...(metaBytes === undefined ? {} : { metaBytes }),
      ...(compactSkipped === undefined ? {} : { compactSkipped }),
    };
  }

  /**
   * Writes `dir/pagefind` from the index as it stands, and compacts it (compact-index.ts).
   * Undefined when Pagefind could not write it (its errors are then among the problems).
   */
  async #write(dir: string): Promise<Awaited<ReturnType<typeof compactIndex>> | undefined> {
    await Promise.all(this.#pending);
    // Files of an earlier index would stay beside the new one's, under names no search asks for.
    await rm(join(dir, 'pagefind'), { recursive: true, force: true });
    const written = await this.#index.writeFiles({ outputPath: join(dir, 'pagefind') });
    if (written.errors.length) {
      this.#problems.push(...written.errors);
      return undefined;
    }
    // The search page talks to pagefind.js itself; Pagefind's ready-made interfaces go unused.
    for (const f of UNUSED_UI) await rm(join(dir, 'pagefind', f), { force: true });
    await minifyScript(join(dir, 'pagefind', 'pagefind.js'));
    return compactIndex(join(dir, 'pagefind'));
  }

  /**
   * Adds, in `sequence`, the pages not yet handed over. Returns whether the index holds every page
   * in `sequence`'s order: false when a searchable page that was not handed over comes before one
   * that was, or the handed-over pages went in another order. With `strict`, stops there.
   */
  async #addInSequence(dir: string, sequence: string[], fileOf: Map<string, string>, strict: boolean): Promise<boolean> {
    const sent = [...this.#sent];
    const sentSet = new Set(sent);
    let next = 0;
    let ordered = true;
    for (const url of sequence) {
      if (this.#seen.has(url)) {
        if (sent[next] === url) next++;
        else if (sentSet.has(url)) {
          ordered = false;
          if (strict) return false;
        }
        continue;
      }
      const file = fileOf.get(url)!;
      const raw = await readFile(file, 'utf8');
      if (next < sent.length && isSearchable(raw)) {
        ordered = false;
        if (strict) return false;
      }
      await this.#add(url, raw, relative(dir, file));
    }
    return ordered && next === sent.length;
  }

  /** Drops the index built so far and opens an empty one: every page is then read from its file. */
  async #restart(): Promise<void> {
    await Promise.all(this.#pending);
    await this.#index.deleteIndex();
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
    if (!index) throw new Error(`Không tạo được chỉ mục tìm kiếm (Pagefind): ${errors.join('; ')}`);
    this.#index = index;
    this.#seen.clear();
    this.#sent.length = 0;
    // Each page is read again: what it showed the first time would be counted twice.
    this.#problems.length = 0;
    this.#searchable = 0;
    this.#aliasTokens = 0;
  }
}

/** Indexes every searchable page under `dir` into `dir/pagefind`, reading the files. Throws on any problem. */
export async function buildSearchIndex(dir: string): Promise<IndexStats> {
  return (await SearchIndexer.open()).finish(dir);
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
      'astro:build:start': async ({ logger }) => {
        const thread = new IndexThread(base);
        indexer = thread;
        // Each page the build renders comes here (src/middleware.ts) while the next one renders,
        // and each page it copies from its last run as it copies it.
        lend(PAGE_SINK, thread);
        if (!(await onRestoredPages((outputFile, file) => thread.restored(outputFile, file))))
          logger.warn(
            'Astro này chép trang theo cách khác: trang chép lại được đọc sau khi dựng xong (this Astro copies pages another way: copied pages are read once the build is done)',
          );
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        lend(PAGE_SINK, undefined);
        offRestoredPages();
        const start = performance.now();
        // `pages` is in the order the build went through them, copied ones included: the order
        // of the index (see SearchIndexer.finish).
        const stats = await (indexer ?? new IndexThread(base)).finish(
          fileURLToPath(dir),
          pages.map((p) => p.pathname),
        );
        indexer = undefined;
        const again = stats.restarted ? ', lập lại theo thứ tự các trang (rebuilt in page order)' : '';
        const took = ((performance.now() - start) / 1000).toFixed(1);
        logger.info(
          `${stats.searchable}/${stats.pages} trang vào chỉ mục tìm kiếm (${stats.streamed} khi dựng trang, ${stats.restored} khi chép từ lần dựng trước, chờ ${(stats.waitedMs / 1000).toFixed(1)} s${again}), ${stats.aliasTokens} từ đồng nghĩa${stats.metaBytes === undefined ? '' : `, siêu dữ liệu ${(stats.metaBytes / 1024).toFixed(1)} KB gzip`}; hoàn tất chỉ mục sau khi dựng trang: ${took} s (index finished in ${took} s after the pages)`,
        );
        if (stats.compactSkipped)
          logger.warn(
            `Tên tệp chỉ mục giữ như Pagefind đặt, siêu dữ liệu lớn hơn (index file names left as Pagefind wrote them): ${stats.compactSkipped}`,
          );
      },
    },
  };
}
