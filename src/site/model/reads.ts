/**
 * What a page reads of the site model, so a rebuild renders again only the pages that show what
 * changed. While a page renders (src/middleware.ts runs it inside `recordReads`), the model it gets
 * from `site()` is a view that notes each read: a list (`conferences`) or an accessor with its
 * arguments (`conferencesOfUnit("xa-b")`). The next build re-reads each noted item from the new
 * model and digests what it gives (`readsDigest`): a page whose reads give the same is copied from
 * the last build (src/build/page-reads.ts). What the model derives once for every page is one of
 * its accessors (`related()`), so each page that uses it reads it.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';

const pageReads = new AsyncLocalStorage<Set<string>>();

/** Runs `render` noting what it reads of the model; gives its result and the reads. */
export async function recordReads<T>(render: () => Promise<T>): Promise<{ result: T; reads: Set<string> }> {
  const reads = new Set<string>();
  const result = await pageReads.run(reads, render);
  return { result, reads };
}

const views = new WeakMap<object, object>();

/** The model as a page sees it: outside `recordReads`, the model itself. */
export function readable<S extends object>(s: S): S {
  let view = views.get(s) as S | undefined;
  if (!view) {
    view = new Proxy(s, {
      get(target, key, receiver) {
        const value = Reflect.get(target, key, receiver);
        const reads = pageReads.getStore();
        if (!reads || typeof key !== 'string' || !(key in target)) return value;
        if (typeof value !== 'function') {
          reads.add(key);
          return value;
        }
        return (...args: unknown[]) => {
          reads.add(`${key}(${JSON.stringify(args).slice(1, -1)})`);
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    });
    views.set(s, view);
  }
  return view;
}

const READ = /^(\w+)(?:\((.*)\))?$/s;

/** Digests of the model's objects, each worked out once per build: pages share most of them. */
const digests = new WeakMap<object, string>();

/**
 * A digest of `value`'s content, as its JSON would give it (sets and maps by what they hold).
 * An article's compiled body (`htmlFile`, named by its digest) and its entry's digest are left
 * out: only the article's own page shows the body, and its key holds it (src/site/model/query.ts
 * `articleKey`). The model is not changed while a build reads it, so each object's digest is kept.
 */
export function valueDigest(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    return typeof value === 'function' || value === undefined ? 'undefined' : JSON.stringify(value);
  }
  // A date, or anything else that says how it is written as JSON.
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return JSON.stringify(value);
  const kept = digests.get(value);
  if (kept !== undefined) return kept;
  const hash = createHash('sha256');
  if (Array.isArray(value) || value instanceof Set || value instanceof Map) {
    hash.update('[');
    for (const item of value) hash.update(`${valueDigest(item)},`);
  } else {
    const entry = 'collection' in value;
    hash.update('{');
    for (const [key, item] of Object.entries(value)) {
      if (key === 'htmlFile' || (entry && key === 'digest') || item === undefined || typeof item === 'function') continue;
      hash.update(`${JSON.stringify(key)}:${valueDigest(item)},`);
    }
  }
  const digest = hash.digest('base64');
  digests.set(value, digest);
  return digest;
}

/**
 * One digest of what `reads` give in model `s`: equal for two models exactly when every read
 * gives the same. `cache` keeps each read's digest for the rest of a build.
 */
export function readsDigest(s: object, reads: Iterable<string>, cache: Map<string, string>): string {
  const hash = createHash('sha256');
  for (const read of [...reads].sort()) {
    let digest = cache.get(read);
    if (digest === undefined) {
      const m = READ.exec(read);
      const member = m ? (s as unknown as Record<string, unknown>)[m[1]!] : undefined;
      const value =
        m?.[2] !== undefined && typeof member === 'function'
          ? (member as (...a: unknown[]) => unknown).apply(s, JSON.parse(`[${m[2]}]`) as unknown[])
          : member;
      // A read the model no longer has gives its own mark, never the digest of another value.
      digest = m && m[1]! in s ? valueDigest(value) : 'missing';
      cache.set(read, digest);
    }
    hash.update(`${read}\u0000${digest}\n`);
  }
  return hash.digest('base64');
}
