/** Compiles articles for the site: document links resolved to pages, components rendered. */
import type { Corpus, Entry } from '../checks/engine.ts';
import { resolveDocLinks, type ArticleMention } from '../checks/references.ts';
import { renderBody, type RenderContext, type RenderedBody } from '../mdx/render.ts';
import { ROUTES, withBase } from '../core/paths.ts';

export interface RenderedArticle extends RenderedBody {
  mentions: ArticleMention[];
}

/**
 * One renderer per build: what every article shares (the document registry, the charts) is
 * prepared once, not once per article.
 */
export function createArticleRenderer(corpus: Corpus, base: string, chartsFor?: (scope: string) => RenderContext['chart']) {
  const documentIds = new Set(corpus.documents.map((d) => d.id));
  const documentHref = (id: string) => (documentIds.has(id) ? withBase(base, ROUTES.document(id)) : undefined);
  return (entry: Entry<unknown>, collection: 'documents' | 'conferences', mentions: ArticleMention[]): RenderedArticle => {
    // The engine's tree is shared by every build step: render a copy.
    const tree = structuredClone(entry.tree);
    resolveDocLinks(tree, documentHref, collection === 'documents' ? entry.id : undefined);
    return { ...renderBody(tree, { documentHref, chart: chartsFor?.(entry.id) }), mentions };
  };
}

/**
 * What the loader keeps of an article's mentions: `cites`, the documents its text names (a
 * report's citations; a document's summary, written by an editor), and `named`, those named only
 * in an editor's note (`<Callout>`), which the page links but the article does not cite.
 */
export function mentionLists(mentions: readonly ArticleMention[]): { cites: string[]; named?: string[] } {
  const cites = new Set<string>();
  const noted = new Set<string>();
  for (const m of mentions) if (m.id) (m.commentary ? noted : cites).add(m.id);
  const named = [...noted].filter((id) => !cites.has(id));
  return { cites: [...cites], ...(named.length ? { named } : {}) };
}
