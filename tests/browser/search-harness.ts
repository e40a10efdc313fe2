/**
 * A folder of pages indexed with the build's own indexer (Pagefind's Node API), served, and one
 * browser tab open on a harness page that loads no script of its own: for tests that search
 * hand-written pages in Chromium without building a site.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { buildSearchIndex } from '../../src/build/search-index.ts';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { serveDist, type RunningServer } from '../../scripts/lib/static-server.ts';

export interface SearchHarness {
  tab: Page;
  close(): Promise<void>;
}

/** Writes `pages` (path under `dir` → HTML), indexes them, serves `dir` and opens a tab on it. */
export async function openSearchHarness(dir: string, pages: Record<string, string>): Promise<SearchHarness> {
  rmSync(dir, { recursive: true, force: true });
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), html);
  }
  // The harness page is not searchable (no data-pagefind-body) and loads no script of its own.
  writeFileSync(
    join(dir, 'index.html'),
    '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Thử</title></head><body><p>Thử</p></body></html>',
  );
  await buildSearchIndex(dir);
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  server = await serveDist(dir);
  browser = await launchBrowser();
  const tab = await browser.newPage();
  await tab.goto(server.url);
  return {
    tab,
    async close() {
      await browser?.close();
      await server?.close();
      browser = server = undefined;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
