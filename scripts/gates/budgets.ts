/** Budget gate: per page type, gzip bytes of HTML + CSS and bytes of JS, against budgets.json. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { attributes, fileFor, readPages, readText } from '../lib/dist.ts';
import type { GateContext, GateResult } from './types.ts';

export interface Budgets {
  minLinksPerPage: number;
  pageTypes: { name: string; match: string; htmlCssGzip: number; js: number }[];
}

export function loadBudgets(root: string): Budgets {
  return JSON.parse(readFileSync(join(root, 'budgets.json'), 'utf8')) as Budgets;
}

export interface PageWeight {
  path: string;
  type: string;
  htmlCssGzip: number;
  js: number;
}

/** What one run has measured of the site's shared files, by path: a style sheet's gzip bytes, a script's text. */
interface Measured {
  cssGzip: Map<string, number>;
  js: Map<string, string>;
}

/** Bytes of a page: its HTML and linked stylesheets gzipped; its scripts and their static imports. */
function pageWeight({ dist, base }: GateContext, path: string, html: string, known: Measured): { htmlCssGzip: number; js: number } {
  let gz = gzipSync(html).length;
  const seen = new Set<string>();
  let js = 0;
  const addJs = (rel: string) => {
    if (seen.has(rel)) return;
    seen.add(rel);
    let code = known.js.get(rel);
    if (code === undefined) known.js.set(rel, (code = readText(dist, rel)));
    js += Buffer.byteLength(code);
    for (const m of code.matchAll(/(?:^|[;\s])import\s*(?:[^'"()]*?from\s*)?["']([^"']+\.js)["']/g)) {
      const next = fileFor(dist, new URL(m[1]!, `http://site${base}${rel}`).pathname, base);
      if (next) addJs(next);
    }
  };
  for (const a of attributes(html, ['href', 'src'])) {
    if (/^[a-z]+:/i.test(a.value)) continue;
    const rel = fileFor(dist, new URL(a.value, `http://site${base}${path}`).pathname, base);
    if (!rel) continue;
    if (a.tag === 'link' && rel.endsWith('.css') && !seen.has(rel)) {
      seen.add(rel);
      let size = known.cssGzip.get(rel);
      if (size === undefined) known.cssGzip.set(rel, (size = gzipSync(readText(dist, rel)).length));
      gz += size;
    } else if (a.tag === 'script' && rel.endsWith('.js')) addJs(rel);
  }
  return { htmlCssGzip: gz, js };
}

export function budgetsGate(ctx: GateContext, budgets: Budgets): GateResult & { weights: PageWeight[] } {
  const failures: string[] = [];
  const weights: PageWeight[] = [];
  // Thousands of pages share a few style sheets and scripts: each is read and gzipped once.
  const known: Measured = { cssGzip: new Map(), js: new Map() };
  for (const { path, html } of readPages(ctx.dist)) {
    const type = budgets.pageTypes.find((t) => new RegExp(t.match).test(path))!;
    const w = pageWeight(ctx, path, html, known);
    weights.push({ path, type: type.name, ...w });
    if (w.htmlCssGzip > type.htmlCssGzip) failures.push(`${path} (${type.name}): HTML+CSS ${w.htmlCssGzip} B gzip > ${type.htmlCssGzip} B`);
    if (w.js > type.js) failures.push(`${path} (${type.name}): JS ${w.js} B > ${type.js} B`);
  }
  return { gate: 'budgets', ok: failures.length === 0 && weights.length > 0, checked: `${weights.length} trang`, failures, weights };
}
