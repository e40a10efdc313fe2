/** Compiles one article for the site: document links resolved to pages, components rendered. */
import type { Corpus, Entry } from '../validate/engine.ts';
import { resolveDocLinks, type ArticleMention } from '../validate/references.ts';
import { renderBody, type RenderContext, type RenderedBody } from '../mdx/render.ts';
import { ROUTES, withBase } from './paths.ts';

export interface RenderedArticle extends RenderedBody {
  mentions: ArticleMention[];
}

export function renderArticle(
  entry: Entry<unknown>,
  collection: 'documents' | 'conferences',
  corpus: Corpus,
  base: string,
  mentions: ArticleMention[],
  chart?: RenderContext['chart'],
): RenderedArticle {
  const documentIds = new Set(corpus.documents.map((d) => d.id));
  const documentHref = (id: string) => (documentIds.has(id) ? withBase(base, ROUTES.document(id)) : undefined);
  // The engine's tree is shared by every build step: render a copy.
  const tree = structuredClone(entry.tree);
  resolveDocLinks(tree, documentHref, collection === 'documents' ? entry.id : undefined);
  return { ...renderBody(tree, { documentHref, chart }), mentions };
}
