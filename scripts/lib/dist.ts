/** Reading a built site: its HTML pages, their attributes, and where a URL lands on disk. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface Page {
  /** Path under dist, with `/`: `van-ban/34-kl-tw-2018/index.html`. */
  path: string;
  html: string;
}

export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p).split('\\').join('/'));
    }
  };
  walk(dir);
  return out;
}

export function readPages(dist: string): Page[] {
  return listFiles(dist)
    .filter((f) => f.endsWith('.html'))
    .map((path) => ({ path, html: readFileSync(join(dist, path), 'utf8') }));
}

export interface Tag {
  tag: string;
  attrs: Record<string, string>;
}

/** Start tags with their attributes (values decoded). Enough for checking generated HTML. */
export function tags(html: string): Tag[] {
  const out: Tag[] = [];
  const tagRe = /<([a-zA-Z][a-zA-Z0-9-]*)\b((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
  const attrRe = /([^\s=/"']+)(?:\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
  for (const t of html.matchAll(tagRe)) {
    const attrs: Record<string, string> = {};
    for (const a of t[2]!.matchAll(attrRe)) attrs[a[1]!.toLowerCase()] = decodeEntities(a[3] ?? a[4] ?? a[5] ?? '');
    out.push({ tag: t[1]!.toLowerCase(), attrs });
  }
  return out;
}

/** Every value of the named attributes, with the tag it sits on. */
export function attributes(html: string, names: string[]): { tag: string; name: string; value: string }[] {
  return tags(html).flatMap((t) =>
    Object.entries(t.attrs)
      .filter(([name]) => names.includes(name))
      .map(([name, value]) => ({ tag: t.tag, name, value })),
  );
}

function decodeEntities(s: string): string {
  return s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

/** The file a same-site URL path lands on, or undefined. */
export function fileFor(dist: string, urlPath: string, base: string): string | undefined {
  if (!urlPath.startsWith(base)) return undefined;
  let rel = decodeURIComponent(urlPath.slice(base.length));
  if (rel === '' || rel.endsWith('/')) rel += 'index.html';
  const full = join(dist, rel);
  if (existsSync(full) && statSync(full).isFile()) return rel;
  if (existsSync(join(full, 'index.html'))) return `${rel}/index.html`;
  return undefined;
}

export function readText(dist: string, rel: string): string {
  return readFileSync(join(dist, rel), 'utf8');
}
