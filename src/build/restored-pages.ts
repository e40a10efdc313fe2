/**
 * Pages an incremental build copies from its cache, as it copies them. Astro 7 renders a page
 * whose key is unchanged no more: it copies the last build's file into `dist/`
 * (`IncrementalBuildCache.restoreOutputFile`), in the build's order of pages, and tells no
 * integration. Those files are final, so the search index can take them then, while the build goes
 * on, rather than read them all back once it is done (at 1,000 articles: 4,933 of 4,943 pages
 * after an article's edit). Nothing else changes: the copy is Astro's, the bytes those it copied.
 *
 * Astro exports no such hook, so this wraps the one method of its cache class that copies a page.
 * When the installed Astro has no such method, `onRestoredPages` returns false and the index reads
 * the copied pages from `dist/` at the end, as before; tests/restored-pages.test.ts fails then.
 */
import { realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** `outputFile`: the page's path under `dist/` (`van-ban/x/index.html`); `file`: where it now is. */
export type RestoredListener = (outputFile: string, file: string) => Promise<void> | void;

type Restore = (settings: unknown, outputFile: string, destination: URL) => Promise<boolean>;
export interface CacheClass {
  prototype: { restoreOutputFile?: Restore } & Record<string, unknown>;
}

const WRAPPED = Symbol.for('portal.restored-pages');

/** Astro's incremental build cache, the very class its build uses (src/build/page-reads.ts wraps it too). */
export async function cacheClass(): Promise<CacheClass | undefined> {
  try {
    // The very module Astro's build loaded: the same file, by its real path.
    const astroPackage = realpathSync(createRequire(import.meta.url).resolve('astro/package.json'));
    const url = new URL('dist/core/build/incremental.js', pathToFileURL(astroPackage));
    const mod = (await import(url.href)) as { IncrementalBuildCache?: CacheClass };
    return mod.IncrementalBuildCache;
  } catch {
    return undefined;
  }
}

let listener: RestoredListener | undefined;

/**
 * Calls `on` for each page the build copies from its cache from now until `offRestoredPages`.
 * False when this Astro copies pages some other way (the listener is then never called).
 */
export async function onRestoredPages(on: RestoredListener): Promise<boolean> {
  const cls = await cacheClass();
  const proto = cls?.prototype as (CacheClass['prototype'] & { [WRAPPED]?: true }) | undefined;
  const original = proto?.restoreOutputFile;
  if (!proto || typeof original !== 'function') return false;
  if (!proto[WRAPPED]) {
    proto.restoreOutputFile = async function restoreOutputFile(this: unknown, settings, outputFile, destination) {
      const restored = await original.call(this, settings, outputFile, destination);
      // Awaited: a listener that falls behind holds the build back, as a slow rendered page does.
      if (restored) await listener?.(decodeURI(outputFile), fileURLToPath(destination));
      return restored;
    };
    proto[WRAPPED] = true;
  }
  listener = on;
  return true;
}

export function offRestoredPages(): void {
  listener = undefined;
}
