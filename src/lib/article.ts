/** Compiles one article for the site: document mentions linked, components rendered. */
import type { Corpus, Entry } from '../validate/engine.ts';
import { renderBody, type RenderedBody } from '../mdx/render.ts';
import { ROUTES, withBase } from './paths.ts';

export interface RenderedArticle extends RenderedBody {
  mentions: { raw: string; id?: string }[];
}

export function renderArticle(entry: Entry<unknown>, corpus: Corpus, base: string): RenderedArticle {
  const documentIds = new Set(corpus.documents.map((d) => d.id));
  const tree = structuredClone(entry.tree);
  const rendered = renderBody(tree, {
    documentHref: (id) => (documentIds.has(id) ? withBase(base, ROUTES.document(id)) : undefined),
  });
  return { ...rendered, mentions: [] };
}
