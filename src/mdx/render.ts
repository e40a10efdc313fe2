/**
 * Renders a policy-checked article body (mdast) to static HTML at build time: the allowed
 * components become plain HTML, headings get stable ids, links to other documents are added
 * by the caller's transform first. No MDX module is bundled per article.
 */
import { toHast, type Handler, type State } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import type { Element, ElementContent, Properties } from 'hast';
import type { Root, Nodes, Heading } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { INLINE_HTML } from './components.ts';
import { suggestSlug } from '../core/slug.ts';
import { walk } from './parse.ts';

export interface RenderContext {
  /** HTML for `<Chart observations="…">`; the site's chart module supplies it. */
  chart?(attrs: Record<string, string>): string;
  /** URL of a document page by id, for `<DocRef id="…">`. */
  documentHref?(id: string): string | undefined;
}

export interface RenderedBody {
  html: string;
  headings: { depth: number; slug: string; text: string }[];
}

/** Heading ids: ASCII, from the Vietnamese text (đ → d), unique within the page. */
export function headingSlug(text: string, seen: Map<string, number>): string {
  const base = suggestSlug(text) || 'muc';
  const n = seen.get(base) ?? 0;
  seen.set(base, n + 1);
  return n === 0 ? base : `${base}-${n}`;
}

function attrs(node: MdxJsxFlowElement | MdxJsxTextElement): Record<string, string> {
  const out: Record<string, string> = {};
  for (const a of node.attributes) if (a.type === 'mdxJsxAttribute' && typeof a.value === 'string') out[a.name] = a.value;
    else if (a.type === 'mdxJsxAttribute' && a.value === null) out[a.name] = '';
  return out;
}

function el(tagName: string, properties: Properties, children: ElementContent[]): Element {
  return { type: 'element', tagName, properties, children };
}

const CALLOUT_LABEL: Record<string, string> = { note: 'Ghi chú', warning: 'Lưu ý', quote: 'Trích dẫn' };

export function renderBody(tree: Root, ctx: RenderContext = {}): RenderedBody {
  const headings: RenderedBody['headings'] = [];
  const seen = new Map<string, number>();
  walk(tree, (node: Nodes) => {
    if (node.type !== 'heading') return;
    const text = toString(node);
    const slug = headingSlug(text, seen);
    (node as Heading).data = { ...(node as Heading).data, hProperties: { id: slug } };
    headings.push({ depth: node.depth, slug, text });
  });

  const jsx: Handler = (state: State, node: MdxJsxFlowElement | MdxJsxTextElement) => {
    const a = attrs(node);
    const children = state.all(node) as ElementContent[];
    switch (node.name) {
      case 'Callout': {
        const type = a.type ?? 'note';
        const title = a.title ?? CALLOUT_LABEL[type] ?? 'Ghi chú';
        return el('aside', { className: ['callout', `callout-${type}`], role: 'note' }, [
          el('p', { className: ['callout-title'] }, [{ type: 'text', value: title }]),
          ...children,
        ]);
      }
      case 'Chart':
        return { type: 'raw', value: ctx.chart?.(a) ?? '' } as unknown as Element;
      case 'DocRef': {
        const href = a.id ? ctx.documentHref?.(a.id) : undefined;
        return href ? el('a', { href, className: ['doc-ref'] }, children) : el('span', {}, children);
      }
      default:
        if (node.name && INLINE_HTML.has(node.name)) return el(node.name, {}, children);
        return undefined;
    }
  };

  const hast = toHast(tree, {
    allowDangerousHtml: true,
    handlers: { mdxJsxFlowElement: jsx, mdxJsxTextElement: jsx } as Record<string, Handler>,
  });
  // `raw` nodes only come from our own chart renderer; editors' raw HTML is refused by the policy.
  const html = toHtml(hast, { allowDangerousHtml: true });
  return { html, headings };
}
