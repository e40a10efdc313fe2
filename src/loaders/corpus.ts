/**
 * Content-layer loaders over the validation engine. One engine run serves all five
 * collections; any error fails the build with the same report `npm run check` prints.
 * Article bodies are compiled here to static HTML (no MDX module per article).
 */
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { validateProject, type ValidationResult } from '../validate/engine.ts';
import { formatReport } from '../validate/report.ts';
import { renderArticle } from '../lib/article.ts';
import { isPublic } from '../lib/publishing.ts';
import { articleChart } from '../lib/chart-html.ts';

type CollectionName = 'documents' | 'conferences' | 'units' | 'indicators' | 'observations';

let memo: { root: string; version: number; result: ValidationResult } | undefined;
/** Bumped when an editor saves a file in preview: the next loader to run validates again. */
let version = 0;
let lastChange = '';

/** One validation per content version: the five loaders share it. */
function validated(root: string): ValidationResult {
  if (!memo || memo.root !== root || memo.version !== version) memo = { root, version, result: validateProject(root) };
  return memo.result;
}

export class ContentValidationError extends Error {
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
      fill(context, root);
      // Preview: any saved file under content/ or data/ can change every collection (a CSV row
      // is referenced by reports), so every loader refills from one new validation.
      watcher?.add([`${root}/content`, `${root}/data`]);
      watcher?.on('all', (_event, path) => {
        if (!path.startsWith(`${root}/content`) && !path.startsWith(`${root}/data`)) return;
        const key = `${path}:${Math.floor(Date.now() / 500)}`;
        if (key !== lastChange) (lastChange = key), version++;
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
    store.clear();
    if (collection === 'documents' || collection === 'conferences') {
      // <Chart> may only draw figures the public site publishes (drafts only in preview).
      const confById = new Map(corpus.conferences.map((c) => [c.id, c]));
      const publicConference = (id: string) => preview || isPublic(confById.get(id)!.data as { draft?: boolean; published: string });
      for (const entry of corpus[collection]) {
        if (collection === 'conferences' && !preview && !isPublic(entry.data as { draft?: boolean; published: string })) continue;
        const rendered = renderArticle(entry, collection, corpus, config.base, mentions.get(`${collection}/${entry.id}`) ?? [], articleChart(corpus, config.base, publicConference, entry.id));
        store.set({
          id: entry.id,
          data: { ...entry.data, file: entry.file },
          filePath: entry.file,
          digest: generateDigest(entry.body + JSON.stringify(entry.data)),
          rendered: { html: rendered.html, metadata: { headings: rendered.headings, mentions: rendered.mentions } },
        });
      }
    } else {
      for (const { row, data } of corpus[collection]) {
        store.set({ id: data.id, data: { ...data, row } as Record<string, unknown> });
      }
    }
    logger.info(`${collection}: ${store.keys().length}`);
  }
}
