/**
 * Link gate: every internal link and fragment resolves to a file of the build, assets included.
 * It reports how many links it checked and fails when that is implausibly few, so a checker that
 * scanned nothing cannot pass.
 */
import { join } from 'node:path';
import { attributes, fileFor, readPages, readText } from '../lib/dist.ts';
import type { GateContext, GateResult } from './types.ts';
import { codeSalt, openVerdicts, pagesChecked } from './verdicts.ts';

/** What a page's links depend on besides its bytes: this gate's code and the tag reader. */
const SALT = codeSalt(new URL(import.meta.url), new URL('../lib/dist.ts', import.meta.url));

const isLinks = (v: unknown): v is [string, string][] =>
  Array.isArray(v) && v.every((l) => Array.isArray(l) && l.length === 2 && l.every((x) => typeof x === 'string'));

/**
 * Checks every page's links against the files of this build. A page's links (not whether they
 * resolve: the files change) are kept by its bytes with `cacheDir`.
 */
export function linksGate({ dist, base, cacheDir }: GateContext, minLinksPerPage = 5): GateResult {
  const pages = readPages(dist);
  const linksOf = openVerdicts(cacheDir && join(cacheDir, 'links.json'), SALT, isLinks);
  const failures: string[] = [];
  const ids = new Map<string, Set<string>>();
  const idsOf = (rel: string) => {
    let set = ids.get(rel);
    if (!set) {
      const html = rel.endsWith('.html') ? readText(dist, rel) : '';
      set = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
      ids.set(rel, set);
    }
    return set;
  };
  let checked = 0;
  for (const { path, html } of pages) {
    const pageUrl = new URL(`http://site${base}${path.replace(/index\.html$/, '')}`);
    const links = linksOf.of(html, () => attributes(html, ['href', 'src', 'srcset']).map((a): [string, string] => [a.name, a.value]));
    for (const [name, raw] of links) {
      const values = name === 'srcset' ? raw.split(',').map((s) => s.trim().split(/\s+/)[0]!) : [raw];
      for (const value of values) {
        if (!value || /^(mailto:|tel:|data:)/i.test(value)) continue;
        if (/^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('//')) continue; // external
        checked++;
        const url = new URL(value, pageUrl);
        const target = url.pathname === pageUrl.pathname && value.startsWith('#') ? path : fileFor(dist, url.pathname, base);
        if (!target) {
          failures.push(`${path}: liên kết hỏng (broken link) ${value}`);
          continue;
        }
        const frag = decodeURIComponent(url.hash.slice(1));
        if (frag && target.endsWith('.html') && !idsOf(target).has(frag))
          failures.push(`${path}: không có đích #${frag} trong ${target} (missing fragment)`);
      }
    }
  }
  const { reused } = linksOf.save();
  const minimum = pages.length * minLinksPerPage;
  if (checked < minimum)
    failures.push(
      `chỉ kiểm tra được ${checked} liên kết, cần ít nhất ${minimum} (only ${checked} links checked: the checker saw too little)`,
    );
  return { gate: 'links', ok: failures.length === 0, checked: pagesChecked(pages.length, reused, `${checked} liên kết`), failures };
}
