/**
 * Link gate: every internal link and fragment resolves to a file of the build, assets included.
 * It reports how many links it checked and fails when that is implausibly few, so a checker that
 * scanned nothing cannot pass.
 */
import { attributes, fileFor, readPages, readText } from '../lib/dist.ts';
import type { GateContext, GateResult } from './types.ts';

export function linksGate({ dist, base }: GateContext, minLinksPerPage = 5): GateResult {
  const pages = readPages(dist);
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
    for (const a of attributes(html, ['href', 'src', 'srcset'])) {
      const values = a.name === 'srcset' ? a.value.split(',').map((s) => s.trim().split(/\s+/)[0]!) : [a.value];
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
  const minimum = pages.length * minLinksPerPage;
  if (checked < minimum)
    failures.push(
      `chỉ kiểm tra được ${checked} liên kết, cần ít nhất ${minimum} (only ${checked} links checked: the checker saw too little)`,
    );
  return { gate: 'links', ok: failures.length === 0, checked: `${pages.length} trang, ${checked} liên kết`, failures };
}
