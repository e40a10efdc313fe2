/** Budget gate: per page type, gzip bytes of HTML + CSS and bytes of JS, against budgets.json. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { attributes, fileFor, readPages, readText } from '../lib/dist.ts';
import type { GateContext, GateResult } from './types.ts';
import { codeSalt, openVerdicts, pagesChecked } from './verdicts.ts';

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

/** What the budget needs of a page's own bytes: their gzip size, and the style sheets and scripts it links. */
interface PageBytes {
  gz: number;
  /** `[tag, value]` of every href and src. */
  refs: [string, string][];
}

const isPageBytes = (v: unknown): v is PageBytes =>
  typeof v === 'object' && v !== null && typeof (v as PageBytes).gz === 'number' && Array.isArray((v as PageBytes).refs);

/** What a page's own measure depends on besides its bytes: this gate's code and the tag reader. */
const SALT = codeSalt(new URL(import.meta.url), new URL('../lib/dist.ts', import.meta.url));

/** Bytes of a page: its HTML and linked stylesheets gzipped; its scripts and their static imports. */
function pageWeight({ dist, base }: GateContext, path: string, own: PageBytes, known: Measured): { htmlCssGzip: number; js: number } {
  let gz = own.gz;
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
  for (const [tag, value] of own.refs) {
    if (/^[a-z]+:/i.test(value)) continue;
    const rel = fileFor(dist, new URL(value, `http://site${base}${path}`).pathname, base);
    if (!rel) continue;
    if (tag === 'link' && rel.endsWith('.css') && !seen.has(rel)) {
      seen.add(rel);
      let size = known.cssGzip.get(rel);
      if (size === undefined) known.cssGzip.set(rel, (size = gzipSync(readText(dist, rel)).length));
      gz += size;
    } else if (tag === 'script' && rel.endsWith('.js')) addJs(rel);
  }
  return { htmlCssGzip: gz, js };
}

/**
 * Weighs every page against its type's budget. A page's own gzip size and links are kept by its
 * bytes (with `cacheDir`); the style sheets and scripts it links are weighed in every run.
 */
export function budgetsGate(ctx: GateContext, budgets: Budgets): GateResult & { weights: PageWeight[] } {
  const failures: string[] = [];
  const weights: PageWeight[] = [];
  // Thousands of pages share a few style sheets and scripts: each is read and gzipped once.
  const known: Measured = { cssGzip: new Map(), js: new Map() };
  const measured = openVerdicts(ctx.cacheDir && join(ctx.cacheDir, 'budgets.json'), SALT, isPageBytes);
  for (const { path, html } of readPages(ctx.dist)) {
    const type = budgets.pageTypes.find((t) => new RegExp(t.match).test(path))!;
    const own = measured.of(html, () => ({
      gz: gzipSync(html).length,
      refs: attributes(html, ['href', 'src']).map((a): [string, string] => [a.tag, a.value]),
    }));
    const w = pageWeight(ctx, path, own, known);
    weights.push({ path, type: type.name, ...w });
    if (w.htmlCssGzip > type.htmlCssGzip) failures.push(`${path} (${type.name}): HTML+CSS ${w.htmlCssGzip} B gzip > ${type.htmlCssGzip} B`);
    if (w.js > type.js) failures.push(`${path} (${type.name}): JS ${w.js} B > ${type.js} B`);
  }
  const { reused } = measured.save();
  return {
    gate: 'budgets',
    ok: failures.length === 0 && weights.length > 0,
    checked: pagesChecked(weights.length, reused),
    failures,
    weights,
  };
}
