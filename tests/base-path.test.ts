/**
 * The site under a sub-path (`/portal/`): every internal link and asset carries the base
 * path and resolves to a file of the build. Feeds and the sitemap give absolute addresses
 * under the base as well.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { BASE_PATH as BASE } from './global-setup.ts';
import { listFiles, readPage } from './site.ts';

/** The fixture site built under BASE by the global setup. */
const dist = inject('distBase');

/** Every href, src and srcset URL of a page, with the attribute it came from. */
function urls(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/\s(href|src|srcset|action|poster|data)="([^"]*)"/g)) {
    if (m[1] === 'srcset')
      out.push(
        ...m[2]!
          .split(',')
          .map((s) => s.trim().split(/\s+/)[0]!)
          .filter(Boolean),
      );
    else out.push(m[2]!);
  }
  return out;
}

const external = (u: string) => /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(u);

/** The built file a path under the base points to, if any. */
function resolve(path: string): string | undefined {
  const rel = decodeURIComponent(path.slice(BASE.length).split(/[?#]/)[0]!);
  const candidates = rel === '' || rel.endsWith('/') ? [join(rel, 'index.html')] : [rel, join(rel, 'index.html')];
  return candidates.map((c) => join(dist, c)).find((f) => existsSync(f) && statSync(f).isFile());
}

describe(`the site built under ${BASE}`, () => {
  it('every internal href and src in every page starts with the base path and resolves to a built file', () => {
    const pages = listFiles(dist).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(20);
    const wrong: string[] = [];
    const broken: string[] = [];
    for (const p of pages) {
      for (const u of urls(readPage(dist, p))) {
        if (u.startsWith('#') || external(u)) continue;
        if (!u.startsWith(BASE)) wrong.push(`${p}: ${u}`);
        else if (!resolve(u)) broken.push(`${p}: ${u}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(broken).toEqual([]);
  });

  it('canonical links, feeds and the sitemap give absolute addresses under the base path', () => {
    const home = readPage(dist, 'index.html');
    expect(home).toContain('<link rel="canonical" href="https://example.org/portal/"');
    for (const feed of ['rss.xml', 'van-ban/rss.xml', 'hoi-nghi/rss.xml']) {
      const links = [...readPage(dist, feed).matchAll(/<link>([^<]+)<\/link>/g)].map((m) => m[1]!);
      expect(links.length, feed).toBeGreaterThan(1);
      for (const l of links) expect(l, feed).toMatch(/^https:\/\/example\.org\/portal\//);
    }
    const locs = [...readPage(dist, 'sitemap-0.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs.length).toBeGreaterThan(20);
    for (const l of locs) {
      expect(l).toMatch(/^https:\/\/example\.org\/portal\//);
      expect(resolve(new URL(l).pathname), l).toBeTruthy();
    }
  });
});
