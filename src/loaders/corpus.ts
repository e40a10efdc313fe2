/**
 * Content-layer loaders over the validation engine. One engine run serves all five
 * collections; any error fails the build with the same report `npm run check` prints.
 * Article bodies are compiled here to static HTML (no MDX module per article).
 */
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { validateProject, type ValidationResult } from '../validate/engine.ts';
import { formatReport } from '../validate/report.ts';
import { renderArticle } from '../lib/article.ts';
import { isPublic } from '../lib/publishing.ts';

type CollectionName = 'documents' | 'conferences' | 'units' | 'indicators' | 'observations';

let memo: { root: string; at: number; result: ValidationResult } | undefined;

/** One validation per build: the five loaders run within moments of each other. */
function validated(root: string, fresh: boolean): ValidationResult {
  if (!memo || memo.root !== root || fresh || Date.now() - memo.at > 2000) {
    memo = { root, at: Date.now(), result: validateProject(root) };
  }
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
    async load({ store, config, generateDigest, watcher, logger }) {
      const root = fileURLToPath(config.root);
      const preview = watcher !== undefined || process.env.PREVIEW_DRAFTS === '1';
      const { corpus, issues, mentions } = validated(root, false);
      const errors = issues.filter((i) => i.severity === 'error');
      if (errors.length > 0) throw new ContentValidationError(formatReport(errors, { files: 0, ms: 0 }));
      store.clear();
      if (collection === 'documents' || collection === 'conferences') {
        for (const entry of corpus[collection]) {
          if (collection === 'conferences' && !preview && !isPublic(entry.data as { draft?: boolean; published: string })) continue;
          const rendered = renderArticle(entry, corpus, config.base, mentions.get(`${collection}/${entry.id}`) ?? []);
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
    },
  };
}
