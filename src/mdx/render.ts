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
  /** Ids the page holds besides PAGE_IDS (the entry's own), which the body must not take. */
  reservedIds?: readonly string[];
}

export interface RenderedBody {
  html: string;
  headings: { depth: number; slug: string; text: string }[];
}

/**
 * Ids the article pages give their own parts (layout, sections, tools): a heading or a chart in
 * the body never takes one. `so-lieu-<figure>` and `bieu-do-<chart>` are families of them.
 */
const PAGE_IDS = [
  'noi-dung',
  'noi-dung-tom-tat',
  'so-lieu',
  'van-ban-lien-quan',
  'quan-he',
  'hoi-nghi-lien-quan',
  'chuoi-van-ban',
  'tin-lien-quan',
  'trich-dan',
  'chia-se',
  'dia-chi-trang',
  'y-kien-ban-doc',
  'lich-su',
];
const PAGE_ID_FAMILIES = /^(?:so-lieu|bieu-do)-/;

/** Heading ids: ASCII, from the Vietnamese text (đ → d), unique within the page. */
function headingSlug(text: string, seen: Map<string, number>): string {
  let base = suggestSlug(text) || 'muc';
  if (PAGE_ID_FAMILIES.test(base)) base = `muc-${base}`;
  let n = seen.get(base) ?? 0;
  // `## A`, `## A`, `## A 1`: the third must not take the second's `a-1`.
  while (seen.has(n === 0 ? base : `${base}-${n}`)) n++;
  const id = n === 0 ? base : `${base}-${n}`;
  seen.set(base, n + 1);
  seen.set(id, Math.max(seen.get(id) ?? 0, 1));
  return id;
}

/**
 * Renames the ids of a rendered chart that the page already uses (the same `<Chart>` twice),
 * and every reference to them inside the chart (`aria-labelledby`, `href="#…"`, `url(#…)`).
 */
function uniqueIds(html: string, seen: Map<string, number>): string {
  const renames = new Map<string, string>();
  for (const m of html.matchAll(/\bid="([^"]+)"/g)) {
    const id = m[1]!;
    if (renames.has(id)) continue;
    if (!seen.has(id)) {
      seen.set(id, 1);
      continue;
    }
    let n = seen.get(id)!;
    while (seen.has(`${id}-${n}`)) n++;
    seen.set(id, n + 1);
    seen.set(`${id}-${n}`, 1);
    renames.set(id, `${id}-${n}`);
  }
  if (renames.size === 0) return html;
  const rename = (id: string) => renames.get(id) ?? id;
  return html
    .replace(/\b(id|for)="([^"]+)"/g, (_, a: string, id: string) => `${a}="${rename(id)}"`)
    .replace(
      /\b(aria-labelledby|aria-describedby|aria-controls)="([^"]+)"/g,
      (_, a: string, ids: string) => `${a}="${ids.split(' ').map(rename).join(' ')}"`,
    )
    .replace(/(href="#|url\(#)([^")]+)/g, (_, p: string, id: string) => `${p}${rename(id)}`);
}

function attrs(node: MdxJsxFlowElement | MdxJsxTextElement): Record<string, string> {
  const out: Record<string, string> = {};
  for (const a of node.attributes)
    if (a.type === 'mdxJsxAttribute' && typeof a.value === 'string') out[a.name] = a.value;
    else if (a.type === 'mdxJsxAttribute' && a.value === null) out[a.name] = '';
  return out;
}

function el(tagName: string, properties: Properties, children: ElementContent[]): Element {
  return { type: 'element', tagName, properties, children };
}

const CALLOUT_LABEL: Record<string, string> = { note: 'Ghi chú', warning: 'Lưu ý', quote: 'Trích dẫn' };

export function renderBody(tree: Root, ctx: RenderContext = {}): RenderedBody {
  const headings: RenderedBody['headings'] = [];
  const seen = new Map<string, number>([...PAGE_IDS, ...(ctx.reservedIds ?? [])].map((id) => [id, 1]));
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
        // A raw node (typed by mdast-util-to-hast): the chart's own SVG, written as is (its ids kept unique).
        return { type: 'raw', value: uniqueIds(ctx.chart?.(a) ?? '', seen) };
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
