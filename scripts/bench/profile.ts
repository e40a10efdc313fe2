/**
 * Summarises V8 .cpuprofile files (one per thread): self time by function and by package or
 * project folder, so a profile of `astro build` says where the time goes in a few lines; and each
 * thread's sampled and idle time, since idle time is summed across threads.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  totalMs: number;
  /** One entry per thread (the build's, and the search indexer's): sampled and idle time. */
  threads: { file: string; totalMs: number; idleMs: number }[];
  byFunction: { name: string; ms: number }[];
  byModule: { module: string; ms: number }[];
}

/** `…/node_modules/@astrojs/mdx/…` → `@astrojs/mdx`; `…/src/lib/x.ts` → `src/lib/x.ts`. */
function moduleOf(url: string): string {
  if (!url) return '(native, gc, idle)';
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = url.slice(nm + 13).split('/');
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  // Astro's prerender chunks are named after the module they mostly hold: units_x1Yz.mjs → units.
  const chunk = /\.prerender\/(?:chunks\/)?([^/]+?)(?:[_.][\w-]{8})?\.mjs$/.exec(url);
  if (chunk) return `prerender chunk ${chunk[1]}`;
  const src = url.search(/\/(src|scripts)\//);
  return src >= 0 ? url.slice(src + 1) : url.replace(/^file:\/\//, '');
}

export function summariseProfiles(dir: string, top = 15): ProfileSummary {
  const fn = new Map<string, number>();
  const mod = new Map<string, number>();
  let total = 0;
  const threads: ProfileSummary['threads'] = [];
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.cpuprofile'))
    .sort()) {
    const p = JSON.parse(readFileSync(join(dir, name), 'utf8')) as Profile;
    const byId = new Map(p.nodes.map((n) => [n.id, n]));
    const thread = { file: name, totalMs: 0, idleMs: 0 };
    threads.push(thread);
    p.samples.forEach((id, i) => {
      const ms = (p.timeDeltas[i] ?? 0) / 1000;
      const f = byId.get(id)!.callFrame;
      thread.totalMs += ms;
      if (f.functionName === '(idle)') thread.idleMs += ms;
      const key = `${f.functionName || '(anonymous)'} ${moduleOf(f.url)}:${f.lineNumber + 1}`;
      fn.set(key, (fn.get(key) ?? 0) + ms);
      mod.set(moduleOf(f.url), (mod.get(moduleOf(f.url)) ?? 0) + ms);
      total += ms;
    });
  }
  const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top);
  for (const t of threads) ((t.totalMs = Math.round(t.totalMs)), (t.idleMs = Math.round(t.idleMs)));
  return {
    totalMs: Math.round(total),
    threads,
    byFunction: sorted(fn).map(([name, ms]) => ({ name, ms: Math.round(ms) })),
    byModule: sorted(mod).map(([module, ms]) => ({ module, ms: Math.round(ms) })),
  };
}
