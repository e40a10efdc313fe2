// @ts-check
import { defineConfig } from 'astro/config';
import { closeSync, existsSync, openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import sitemap from '@astrojs/sitemap';
import { searchIndex } from './src/build/search-index.ts';
import { hostHeaders } from './src/build/host-headers.ts';
import { buildFiles } from './src/build/build-files.ts';
import { pageReads } from './src/build/page-reads.ts';
import { editorAdmin } from './src/build/editor-admin.ts';
import { portal } from './portal.config.ts';
import { assertPortal } from './src/schemas/portal.ts';

// A wrong site address or base path would break every link: stop here, naming the line.
assertPortal(portal, readFileSync(new URL('./portal.config.ts', import.meta.url), 'utf8'), process.env);

const outDir = process.env.OUT_DIR ?? './dist';

/**
 * Whether a built page may be listed: the sitemap runs after the pages are written, so read them.
 * @param {string} page
 */
function indexable(page) {
  const path = decodeURIComponent(new URL(page).pathname).slice(portal.base.length).replace(/\/$/, '');
  if (path === '404') return false;
  const file = [join(outDir, path, 'index.html'), join(outDir, `${path}.html`)].find((f) => existsSync(f));
  return !file || !/<meta name="robots" content="noindex/.test(head(file));
}

/**
 * The start of a page, where its <head> is: reading thousands of whole pages took seconds.
 * @param {string} file
 */
function head(file) {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(8192);
    return buf.toString('utf8', 0, readSync(fd, buf, 0, buf.length, 0));
  } finally {
    closeSync(fd);
  }
}

export default defineConfig({
  // Tests and parallel builds write elsewhere; the default is dist/.
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  site: portal.site,
  base: portal.base,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    inlineStylesheets: 'never',
    // Four pages at a time: one page renders while others are written to disk. One at a time, the
    // build's thread waited on the disk half of its route generation (CPU profile, 1,000 articles);
    // cold builds there took 40.1–49.0 s against 48.3–63.2 s, five alternating runs each. Pages
    // then finish in no fixed order: the search index numbers them by address (compact-index.ts).
    concurrency: 4,
  },
  // Pages are static HTML; the only script on the site is the search page's.
  scopedStyleStrategy: 'class',
  devToolbar: { enabled: false },
  // A page whose cacheKey (src/site/model/query.ts: pageKey) and code are unchanged is copied from the
  // previous build instead of rendered: editing one article renders one article's page.
  experimental: { incrementalBuild: true },
  // Test builds and the Node download are not sources: the preview server need not watch them.
  vite: { server: { watch: { ignored: ['**/.cache/**', '**/dist/**', '**/.tools/**'] } } },
  // Pages marked noindex (404, search) stay out of the sitemap as they stay out of search engines.
  // The web editor comes last: it is written after the sitemap and the search index, which never see it.
  integrations: [
    buildFiles(),
    pageReads(),
    sitemap({ filter: indexable }),
    searchIndex(),
    hostHeaders(),
    editorAdmin({
      // EDITOR=1 turns it on for one build, like SITE_URL and BASE_PATH override the config.
      enabled: process.env.EDITOR === '1' || (portal.editor?.enabled ?? false),
      title: `Biên tập — ${portal.name}`,
      siteUrl: portal.site,
      backend: { repo: portal.editor?.repo ?? '', branch: portal.editor?.branch ?? 'main', authUrl: portal.editor?.authUrl || undefined },
    }),
  ],
});
