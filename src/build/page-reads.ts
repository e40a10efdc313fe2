/**
 * Rebuilds render again only the pages that show what changed. A page's key (src/site/model/
 * site-model.ts `pageKey`) holds a digest of the whole site's data; the build replaces it with the
 * digest of what the page read of the site model when it was last rendered
 * (src/site/model/reads.ts), as that reads now. So a report's new title renders its page, the
 * lists and localities that show it and the pages whose related reading names it, not all pages.
 *
 * Astro 7 decides with `IncrementalBuildCache.canSkip` and keeps a page's key with `record`: both
 * are wrapped for the build, as src/build/restored-pages.ts wraps its copy. A page with no reads on
 * record (a first build, a page that reads nothing through the middleware) keeps the key as it
 * stands, and renders on any change as before. What each page read goes to
 * `<cacheDir>/page-reads.json` once the build is done; deleting the cache deletes it too.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lend, READS_SINK, type ReadsSink } from '../collections/build-sinks.ts';
import { READS_KEY } from '../site/model/site-model.ts';
import { cacheClass } from './restored-pages.ts';

/** The file's shape: each read once, each page its reads by number. */
interface ReadsFile {
  reads: string[];
  pages: Record<string, number[]>;
}

export function readPageReads(file: string): Map<string, string[]> {
  if (!existsSync(file)) return new Map();
  try {
    const { reads, pages } = JSON.parse(readFileSync(file, 'utf8')) as ReadsFile;
    return new Map(Object.entries(pages).map(([page, ns]) => [page, ns.map((n) => reads[n]!)]));
  } catch {
    // An unreadable record is no record: every page keeps its whole key.
    return new Map();
  }
}

export function writePageReads(file: string, pages: Map<string, string[]>): void {
  const numbers = new Map<string, number>();
  const out: ReadsFile = { reads: [], pages: {} };
  for (const [page, reads] of [...pages].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    out.pages[page] = reads.map((r) => numbers.get(r) ?? (numbers.set(r, out.reads.push(r) - 1), out.reads.length - 1));
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.tmp`, JSON.stringify(out));
  renameSync(`${file}.tmp`, file);
}

/**
 * The key Astro compares for a page: the whole site's digest replaced by that of `reads`, or the
 * key as it stands when it is not such a key or nothing digests reads.
 */
export function keyWithReads(cacheKey: string, reads: Iterable<string> | undefined, digestOf: ReadsSink['digestOf']): string {
  const [mark, , ...rest] = cacheKey.split('|');
  if (mark !== READS_KEY || !reads || !digestOf) return cacheKey;
  return [READS_KEY, `reads:${digestOf(reads)}`, ...rest].join('|');
}

/** Astro names a page by its route, without the base path; the middleware, with it. */
const withBase = (base: string, pathname: string) => `${base.replace(/\/$/, '')}${pathname}`;

interface Run {
  previous: Map<string, string[]>;
  rendered: Map<string, string[]>;
  /** Pages this build copies from the last one. */
  copied: Set<string>;
  next: Map<string, string[]>;
  sink: ReadsSink;
  base: string;
}

let run: Run | undefined;
const WRAPPED = Symbol.for('portal.page-reads');

type CanSkip = (component: string, pathname: string, dependencyHash: string, cacheKey: string, ...more: unknown[]) => boolean;
type Record_ = (component: string, dependencyHash: string, pathname: string, cacheKey: string, ...more: unknown[]) => void;

async function wrapCache(): Promise<boolean> {
  const proto = (await cacheClass())?.prototype as (Record<string, unknown> & { [WRAPPED]?: true }) | undefined;
  const canSkip = proto?.canSkip as CanSkip | undefined;
  const record = proto?.record as Record_ | undefined;
  if (!proto || typeof canSkip !== 'function' || typeof record !== 'function') return false;
  if (proto[WRAPPED]) return true;
  proto.canSkip = function (
    this: unknown,
    component: string,
    pathname: string,
    dependencyHash: string,
    cacheKey: string,
    ...more: unknown[]
  ) {
    const page = run ? withBase(run.base, pathname) : pathname;
    const reads = run?.previous.get(page);
    const skip = canSkip.call(this, component, pathname, dependencyHash, keyWithReads(cacheKey, reads, run?.sink.digestOf), ...more);
    if (skip) run?.copied.add(page);
    return skip;
  } satisfies CanSkip;
  proto.record = function (
    this: unknown,
    component: string,
    dependencyHash: string,
    pathname: string,
    cacheKey: string,
    ...more: unknown[]
  ) {
    let key = cacheKey;
    if (run) {
      const page = withBase(run.base, pathname);
      // Copied from the last build: what it read then. Rendered in this one: what it read now.
      const reads = run.copied.has(page) ? run.previous.get(page) : run.rendered.get(page);
      key = keyWithReads(cacheKey, reads, run.sink.digestOf);
      if (reads && key !== cacheKey) run.next.set(page, reads);
    }
    return record.call(this, component, dependencyHash, pathname, key, ...more);
  } satisfies Record_;
  proto[WRAPPED] = true;
  return true;
}

export function pageReads(): AstroIntegration {
  let file = '';
  let base = '/';
  return {
    name: 'page-reads',
    hooks: {
      'astro:config:done': ({ config }) => {
        file = fileURLToPath(new URL('page-reads.json', config.cacheDir));
        base = config.base;
      },
      'astro:build:start': async ({ logger }) => {
        const rendered = new Map<string, string[]>();
        const sink: ReadsSink = { read: (pathname, reads) => rendered.set(pathname, [...reads].sort()) };
        if (!(await wrapCache())) {
          logger.warn(
            'Astro này quyết định dùng lại trang theo cách khác: mọi thay đổi dữ liệu dựng lại mọi trang (this Astro decides page reuse another way: any data change renders every page)',
          );
          return;
        }
        run = { previous: readPageReads(file), rendered, copied: new Set(), next: new Map(), sink, base };
        lend(READS_SINK, sink);
      },
      'astro:build:done': () => {
        lend(READS_SINK, undefined);
        if (run) writePageReads(file, run.next);
        run = undefined;
      },
    },
  };
}
