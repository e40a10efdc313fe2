/**
 * What goes to Pagefind is only the part of each page it reads (src/search/html-text.ts,
 * searchedPart, then slimForIndex): the index written from those parts must be the index written
 * from the whole pages, byte for byte, on every searchable page of the fixture site.
 */
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import * as pagefind from 'pagefind';
import { isSearchable, searchedPart, slimForIndex } from '../src/search/html-text.ts';
import { pageUrl } from '../src/build/search-index.ts';

function files(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true }))
    if (e.isFile()) out.set(relative(dir, join(e.parentPath, e.name)), readFileSync(join(e.parentPath, e.name)));
  return out;
}

async function indexOf(pages: [string, string][]): Promise<Map<string, Buffer>> {
  const out = mkdtempSync(join(tmpdir(), 'pf-'));
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
  expect(errors).toEqual([]);
  for (const [url, content] of pages) expect((await index!.addHTMLFile({ url, content })).errors).toEqual([]);
  expect((await index!.writeFiles({ outputPath: out })).errors).toEqual([]);
  await index!.deleteIndex();
  return files(out);
}

describe.skipIf(process.env.NO_SITE_BUILD === '1')('the part of a page Pagefind reads', () => {
  it('gives the same index as the whole page, on every page of the fixture site', async () => {
    const dist = inject('dist');
    const pages = readdirSync(dist, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith('.html') && !e.parentPath.includes('pagefind'))
      .map((e) => join(e.parentPath, e.name))
      .sort()
      .map((f) => [pageUrl(relative(dist, f)), readFileSync(f, 'utf8')] as [string, string])
      .filter(([, html]) => isSearchable(html));
    expect(pages.length).toBeGreaterThan(40);
    const parts = pages.map(([url, html]) => [url, searchedPart(html)] as [string, string]);
    // Every page was cut down: the fallback (the whole page) would make this test prove nothing.
    expect(parts.filter(([, p], i) => p.length < pages[i]![1].length).length).toBe(pages.length);
    const slim = parts.map(([url, part]) => [url, slimForIndex(part)] as [string, string]);
    // Every part lost its head's links and metas, and most of them far more.
    expect(slim.filter(([, p], i) => p.length < parts[i]![1].length).length).toBe(pages.length);
    expect(slim.reduce((n, [, p]) => n + p.length, 0)).toBeLessThan(0.6 * parts.reduce((n, [, p]) => n + p.length, 0));
    try {
      const whole = await indexOf(pages);
      for (const cutDown of [parts, slim]) {
        const cut = await indexOf(cutDown);
        expect([...cut.keys()].sort()).toEqual([...whole.keys()].sort());
        for (const [name, bytes] of whole) expect(cut.get(name)!.equals(bytes), name).toBe(true);
      }
    } finally {
      await pagefind.close();
    }
  }, 120_000);
});
