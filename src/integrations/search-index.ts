/**
 * Builds the site search index at the end of the build with Pagefind's Node API. Every page is
 * made NFC and given its sparse alias field (src/search/aliases.ts) in the copy Pagefind reads;
 * the published HTML is untouched. Any indexing error, a page without lang="vi", or a page count
 * that differs from the number of searchable pages fails the build.
 */
import type { AstroIntegration } from 'astro';
import { readFile, readdir, rm } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { pageAliases } from '../search/aliases.ts';
import { headingText, indexedText, isSearchable } from '../search/html-text.ts';

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
  const nfc = html.normalize('NFC');
  const aliases = pageAliases(indexedText(nfc), headingText(nfc));
  if (!aliases.length) return { html: nfc, aliases };
  const field = `<span data-pagefind-meta="aliases[data-a]" data-a="${escapeAttr(aliases.join(' '))}"></span>`;
  return { html: nfc.replace(/(<[a-z]+[^>]*\sdata-pagefind-body[^>]*>)/i, `$1${field}`), aliases };
}

export interface IndexStats {
  pages: number;
  searchable: number;
  aliasTokens: number;
}

/** Indexes every searchable page under `dir` into `dir/pagefind`. Throws on any problem. */
export async function buildSearchIndex(dir: string): Promise<IndexStats> {
  const files = await htmlFiles(dir);
  const problems: string[] = [];
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (!index) throw new Error(`Không tạo được chỉ mục tìm kiếm (Pagefind): ${errors.join('; ')}`);
  let searchable = 0;
  let aliasTokens = 0;
  try {
    for (const file of files) {
      const rel = relative(dir, file);
      const raw = await readFile(file, 'utf8');
      if (!/<html[^>]*\slang="vi"/.test(raw)) problems.push(`${rel}: thiếu lang="vi" trên <html> (every page must declare lang="vi")`);
      if (!isSearchable(raw)) continue;
      searchable++;
      const { html, aliases } = prepareForIndex(raw);
      aliasTokens += aliases.length;
      const added = await index.addHTMLFile({ url: pageUrl(rel), content: html });
      if (added.errors.length) problems.push(`${rel}: ${added.errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath: join(dir, 'pagefind') });
    if (written.errors.length) problems.push(...written.errors);
    // The search page talks to pagefind.js itself; Pagefind's ready-made interfaces go unused.
    for (const f of UNUSED_UI) await rm(join(dir, 'pagefind', f), { force: true });
  } finally {
    await pagefind.close();
  }
  const entry = JSON.parse(await readFile(join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  const indexed = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
  if (indexed !== searchable) {
    problems.push(`chỉ mục có ${indexed} trang, nhưng có ${searchable} trang cần tìm được (indexed ${indexed} pages, expected ${searchable})`);
  }
  if (problems.length) throw new Error(`Lập chỉ mục tìm kiếm thất bại (search indexing failed):\n- ${problems.join('\n- ')}`);
  return { pages: files.length, searchable, aliasTokens };
}

export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const stats = await buildSearchIndex(fileURLToPath(dir));
        logger.info(`${stats.searchable}/${stats.pages} trang vào chỉ mục tìm kiếm, ${stats.aliasTokens} từ đồng nghĩa`);
      },
    },
  };
}
