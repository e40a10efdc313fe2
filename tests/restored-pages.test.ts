/**
 * The hook on Astro's incremental cache (src/build/restored-pages.ts): with the Astro this project
 * installs, a page the cache copies into `dist/` is reported as it is copied, with its path under
 * `dist/` and where it now is; nothing is reported once the listener is taken back, nor for a page
 * the cache does not hold. An Astro that copies pages some other way fails the first assertion.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { offRestoredPages, onRestoredPages } from '../src/build/restored-pages.ts';

interface Cache {
  restoreOutputFile(settings: unknown, outputFile: string, destination: URL): Promise<boolean>;
}

async function astroCache(): Promise<new (...args: string[]) => Cache> {
  const url = new URL('dist/core/build/incremental.js', pathToFileURL(createRequire(import.meta.url).resolve('astro/package.json')));
  return ((await import(url.href)) as { IncrementalBuildCache: new (...args: string[]) => Cache }).IncrementalBuildCache;
}

describe('pages the incremental build copies', () => {
  afterEach(() => offRestoredPages());

  it('are reported as Astro copies them, with their path under dist/ and their new place', async () => {
    const seen: [string, string][] = [];
    expect(await onRestoredPages((outputFile, file) => void seen.push([outputFile, file]))).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'chep-'));
    const cacheDir = pathToFileURL(`${dir}/cache/`);
    mkdirSync(join(dir, 'cache/dist/van-ban/a'), { recursive: true });
    writeFileSync(join(dir, 'cache/dist/van-ban/a/index.html'), '<!DOCTYPE html><html lang="vi"></html>');
    const Cache = await astroCache();
    const cache = new Cache('cau-hinh', 'khoa', 'khoa-so');
    const settings = { config: { cacheDir } };
    const out = join(dir, 'dist/van-ban/a/index.html');
    expect(await cache.restoreOutputFile(settings, 'van-ban/a/index.html', pathToFileURL(out))).toBe(true);
    expect(readFileSync(out, 'utf8')).toContain('lang="vi"');
    expect(seen).toEqual([['van-ban/a/index.html', out]]);
    // A page the cache does not hold is not copied, and not reported.
    expect(await cache.restoreOutputFile(settings, 'khong-co/index.html', pathToFileURL(join(dir, 'dist/khong-co/index.html')))).toBe(
      false,
    );
    // Taken back: Astro still copies, nobody hears of it.
    offRestoredPages();
    expect(await cache.restoreOutputFile(settings, 'van-ban/a/index.html', pathToFileURL(join(dir, 'dist/b.html')))).toBe(true);
    expect(seen).toHaveLength(1);
  });
});
