/**
 * The one module that reads the content collections, into the site model (src/site/model/site-model.ts):
 * pages import from here; everything derived is computed once per build.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { getCollection } from 'astro:content';
import type { Unit } from '../../schemas/unit.ts';
import type { Indicator } from '../../schemas/indicator.ts';
import { lastChanged } from './history.ts';
import { sourceDigest } from '../../collections/source-digest.ts';
import { siteModel, type Site } from './site-model.ts';
import { portal } from '../../../portal.config.ts';
import { readable, readsDigest, valueDigest } from './reads.ts';
import { readsSink } from '../../collections/build-sinks.ts';

export type { ConferenceEntry, DocumentEntry, Figure, Site } from './site-model.ts';
export { keyed } from './site-model.ts';
import { pageKey } from './site-model.ts';

/**
 * What an article's own page shows beyond the site's data: its compiled body, by content (an
 * edit elsewhere may compile it again to the same HTML), and its last change.
 */
function articleKey(entry: { data: { htmlFile?: string; file: string } }): string[] {
  const html = entry.data.htmlFile ? createHash('sha256').update(readFileSync(entry.data.htmlFile)).digest('base64') : '';
  return [html, lastChanged(entry.data.file) ?? ''];
}

/** The paths of every document's own page, each keyed on the site's structure and its own body. */
export async function documentPaths() {
  const s = await site();
  return s.documents.map((doc) => ({ params: { id: doc.id }, props: { doc }, cacheKey: pageKey(s, { doc }, ...articleKey(doc)) }));
}

/** The paths of every report's own page, each keyed on the site's structure and its own body. */
export async function conferencePaths() {
  const s = await site();
  return s.conferences.map((conf) => ({ params: { id: conf.id }, props: { conf }, cacheKey: pageKey(s, { conf }, ...articleKey(conf)) }));
}

/** The code and the portal's configuration: what every page depends on whatever it reads. */
function codeDigest(): string {
  // Astro compares each page's own module graph, but not what its code reads at render time
  // (the compiled bodies, the data store): all of the code goes in the key, as in the loader's.
  // The build runs from the project root.
  return createHash('sha256')
    .update(`${sourceDigest(process.cwd())}\n${JSON.stringify(portal)}`)
    .digest('hex');
}

let cached: Promise<Site> | undefined;

export function site(): Promise<Site> {
  // In preview, content changes while the server runs: derive again on every request.
  if (import.meta.env.DEV) return load().then(readable);
  cached ??= load().then((s) => {
    // The build's record of what each page reads of the model (src/build/page-reads.ts) gets a
    // way to digest those reads in this model.
    const sink = readsSink();
    const digests = new Map<string, string>();
    if (sink) sink.digestOf = (reads) => readsDigest(s, reads, digests);
    return s;
  });
  // A page sees the model through a view that notes what it reads (src/site/model/reads.ts).
  return cached.then(readable);
}

/** The article's compiled HTML, written by the loader beside the data store. */
export function articleHtml(entry: { data: { htmlFile?: string } }): string {
  return entry.data.htmlFile ? readFileSync(entry.data.htmlFile, 'utf8') : '';
}

/** Preview: the model of the store as a request last saw it, and the entries' digests it came from. */
let previewModel: { key: string; site: Site } | undefined;

async function load(): Promise<Site> {
  const collections = {
    documents: await getCollection('documents'),
    conferences: await getCollection('conferences'),
    units: await getCollection('units'),
    indicators: await getCollection('indicators'),
    observations: await getCollection('observations'),
  };
  // Preview: the loaders give every entry the digest of all it holds (src/collections/corpus.ts),
  // so the model is derived again only when an entry was added, changed or removed.
  const entries = Object.values(collections).flat();
  const key =
    import.meta.env.DEV && entries.every((e) => e.digest)
      ? entries.map((e) => `${e.collection}/${e.id}:${e.digest}`).join('\n')
      : undefined;
  if (key !== undefined && previewModel?.key === key) return previewModel.site;
  const { documents, conferences } = collections;
  const units: Unit[] = collections.units.map((u) => u.data);
  const indicators: Indicator[] = collections.indicators.map((i) => i.data);
  const rows = collections.observations.map((o) => o.data);
  const s = siteModel({ documents, conferences, units, indicators, rows, structureKey: '' });
  // The key of built pages' cache (pageKey): a preview renders every request and keeps none.
  if (!import.meta.env.DEV) {
    s.codeKey = codeDigest();
    // Every entry and row by content, as a page's reads and props are (the compiled bodies left out).
    s.structureKey = valueDigest([s.codeKey, s.documents, s.conferences, units, indicators, rows]);
  }
  if (key !== undefined) previewModel = { key, site: s };
  return s;
}
