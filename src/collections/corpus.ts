/**
 * Content-layer loaders over the validation engine. One engine run serves all five
 * collections; any error fails the build with the same report `npm run check` prints.
 * Article bodies are compiled here to static HTML (no MDX module per article).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { PATHS, validateProject, type ValidationResult } from '../checks/engine.ts';
import type { ConferenceData } from '../schemas/conference.ts';
import { formatReport } from '../checks/report.ts';
import { createArticleRenderer, mentionLists } from '../articles/article.ts';
import { isPublic, today } from '../domain/publishing.ts';
import { sourceDigest } from './source-digest.ts';
import { articleCharts } from '../articles/chart-html.ts';
import { brokenArticles, type BrokenArticle } from './preview.ts';
import { TextMemo } from '../core/memo.ts';

type CollectionName = 'documents' | 'conferences' | 'units' | 'indicators' | 'observations';

interface LoaderState {
  memo?: { root: string; version: number; result: ValidationResult };
  /** Bumped when an editor saves a file in preview: the next reader validates again. */
  version: number;
  /** The preview's file watchers that already have the listener bumping `version`. */
  watchers: WeakSet<object>;
  /** Preview only: what articles' unchanged text gave the last validation (src/core/memo.ts). */
  textMemo?: TextMemo;
}

/**
 * The validation and its version, kept on the global object: in preview the loaders run in the
 * server's own module graph while pages (the findings page, the banner) import this module again
 * through Vite's, and a module-level variable would give pages a second, never refreshed copy.
 */
const STATE = Symbol.for('portal.loader-state');
const state: LoaderState = ((globalThis as Record<symbol, LoaderState | undefined>)[STATE] ??= { version: 0, watchers: new WeakSet() });

/**
 * Where `npm run build` leaves the validation it has just run, so the loaders (loaded apart from
 * the build script, but in the same process) do not run it again.
 */
export const SHARED_VALIDATION = Symbol.for('portal.validation');

/** Collections filled from the current validation, in a build (see `release`). */
const filled = new Set<CollectionName>();

/**
 * In a build, once all five collections hold their entries, the validation (every article's
 * parsed tree, every row) is no longer needed: pages read the data store. Letting it go keeps
 * the national-scale build's peak memory down.
 */
function release(collection: CollectionName): void {
  filled.add(collection);
  if (filled.size < 5) return;
  filled.clear();
  state.memo = undefined;
  delete (globalThis as Record<symbol, unknown>)[SHARED_VALIDATION];
}

/** One validation per content version: the five loaders share it. */
function validated(root: string): ValidationResult {
  const shared = (globalThis as Record<symbol, { root: string; result: ValidationResult } | undefined>)[SHARED_VALIDATION];
  if (!state.memo && shared?.root === root) state.memo = { root, version: state.version, result: shared.result };
  if (!state.memo || state.memo.root !== root || state.memo.version !== state.version)
    state.memo = { root, version: state.version, result: validateProject(root, state.textMemo) };
  return state.memo.result;
}

class ContentValidationError extends Error {
  constructor(report: string) {
    super(`Nội dung có lỗi, không thể xuất bản (content has errors, nothing is published):\n${report}`);
    this.name = 'ContentValidationError';
  }
}

export function corpusLoader(collection: CollectionName): Loader {
  return {
    name: `corpus-${collection}`,
    async load(context) {
      const { watcher } = context;
      const root = fileURLToPath(context.config.root).replace(/\/$/, '');
      if (watcher) state.textMemo ??= new TextMemo();
      fill(context, root);
      // Preview: any saved file under content/ or data/ can change every collection (a CSV row
      // is referenced by reports), so every loader refills from one new validation.
      watcher?.add([`${root}/content`, `${root}/data`]);
      const touches = (path: string) => path.startsWith(`${root}/content`) || path.startsWith(`${root}/data`);
      // One listener per watcher bumps the version, registered before the loaders' own: the five
      // loaders then refill from one new validation per saved file, however close two saves are.
      if (watcher && !state.watchers.has(watcher)) {
        state.watchers.add(watcher);
        watcher.on('all', (_event, path) => {
          if (touches(path)) state.version++;
        });
      }
      watcher?.on('all', (_event, path) => {
        if (!touches(path)) return;
        fill(context, root);
      });
    },
  };

  function fill({ store, config, generateDigest, watcher, logger }: LoaderContext, root: string): void {
    const preview = watcher !== undefined || process.env.PREVIEW_DRAFTS === '1';
    const { corpus, issues, mentions } = validated(root);
    const errors = issues.filter((i) => i.severity === 'error');
    // In preview the site keeps running and the errors page (kiem-tra) lists them; a build stops.
    if (errors.length > 0 && watcher === undefined) throw new ContentValidationError(formatReport(errors, { files: 0, ms: 0 }));
    if (errors.length > 0) logger.warn(`${errors.length} lỗi nội dung: xem trang /kiem-tra/ (content errors: see /kiem-tra/)`);
    const kept = new Set<string>();
    let rendered = 0;
    if (collection === 'documents' || collection === 'conferences') {
      // One day for the whole build, even one that runs past midnight.
      const now = today();
      const context = contextDigest(root, corpus, config.base, preview, now);
      // <Chart> may only draw figures the public site publishes (drafts only in preview).
      const confById = new Map(corpus.conferences.map((c) => [c.id, c]));
      const publicConference = (id: string) => preview || isPublic(confById.get(id)!.data, now);
      const render = createArticleRenderer(corpus, config.base, articleCharts(corpus, config.base, publicConference));
      for (const entry of corpus[collection]) {
        if (collection === 'conferences' && !preview && !isPublic(entry.data as ConferenceData, now)) continue;
        if (collection === 'documents' && !preview && (entry.data as { draft?: boolean }).draft) continue;
        kept.add(entry.id);
        const articleMentions = mentions.get(`${collection}/${entry.id}`) ?? [];
        // An article is compiled again only when it, or what its page shows of others, changed.
        const digest = generateDigest(`${context}\n${JSON.stringify(entry.data)}\n${JSON.stringify(articleMentions)}\n${entry.body}`);
        // The compiled HTML is kept beside the data store, not in it: the store becomes a module
        // that the build bundles, and megabytes of HTML there cost more time than reading a file.
        const htmlFile = fileURLToPath(new URL(`articles/${collection}/${digest}.html`, config.cacheDir));
        if (store.get(entry.id)?.digest === digest && existsSync(htmlFile)) continue;
        const html = render(entry, collection, articleMentions);
        rendered++;
        mkdirSync(dirname(htmlFile), { recursive: true });
        writeFileSync(htmlFile, html.html);
        // The store ignores a set whose digest it already holds: drop the stale entry first.
        store.delete(entry.id);
        store.set({
          id: entry.id,
          data: { ...entry.data, file: entry.file, htmlFile, ...mentionLists(html.mentions) },
          filePath: entry.file,
          digest,
        });
      }
    } else {
      for (const { row, data } of corpus[collection]) {
        kept.add(data.id);
        const record = { ...data, row } as Record<string, unknown>;
        const digest = generateDigest(JSON.stringify(record));
        if (store.get(data.id)?.digest !== digest) store.set({ id: data.id, data: record, digest });
      }
    }
    for (const id of store.keys()) if (!kept.has(id)) store.delete(id);
    logger.info(`${collection}: ${store.keys().length}${rendered ? `, ${rendered} bài biên dịch lại (recompiled)` : ''}`);
    if (watcher === undefined) release(collection);
  }
}

/**
 * What every compiled article depends on besides its own file: the front matter of every
 * document and report (its links, `<DocRef>` and charts show them), the tables its charts draw
 * (by content, not size or date: a file restored from an archive keeps its date), which reports
 * are public on the build's day (a `<Chart>` draws only their figures, so a scheduled report
 * that becomes public changes it), the base path, preview mode, and all the code and
 * configuration (src/collections/source-digest.ts): a changed module must not serve cached HTML.
 */
function contextDigest(root: string, corpus: ValidationResult['corpus'], base: string, preview: boolean, now: string): string {
  const hash = createHash('sha256');
  hash.update(`${base}|${preview}|${sourceDigest(root)}\n`);
  for (const d of corpus.documents) hash.update(`d${JSON.stringify([d.id, d.data])}\n`);
  for (const c of corpus.conferences) hash.update(`c${JSON.stringify([c.id, c.data, preview || isPublic(c.data, now)])}\n`);
  hash.update(tablesDigest(root, corpus));
  return hash.digest('hex');
}

/** Per validation: both article collections need it, and at national scale the tables are large. */
const tables = new WeakMap<object, string>();
function tablesDigest(root: string, corpus: ValidationResult['corpus']): string {
  let digest = tables.get(corpus);
  if (digest === undefined) {
    const hash = createHash('sha256');
    for (const rel of [PATHS.units, PATHS.indicators, PATHS.observations]) {
      const file = join(root, rel);
      hash.update(`${rel}|${existsSync(file) ? createHash('sha256').update(readFileSync(file)).digest('hex') : '-'}\n`);
    }
    tables.set(corpus, (digest = hash.digest('hex')));
  }
  return digest;
}

/**
 * The validation the loaders hold (in preview: the latest, run again only when an editor saves a
 * file), for the preview's findings page and banner: a request does not validate the project again.
 */
export function latestValidation(root: string): ValidationResult {
  return validated(root);
}

/** Preview: the articles whose errors keep them off the site, each at the address it would have. */
export function latestBroken(root: string, base: string): BrokenArticle[] {
  const { issues, corpus } = validated(root);
  return brokenArticles(
    issues,
    { documents: new Set(corpus.documents.map((d) => d.id)), conferences: new Set(corpus.conferences.map((c) => c.id)) },
    base,
  );
}
