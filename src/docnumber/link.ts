/**
 * mdast transform: turns every resolved document mention in text into a link to the document's
 * page, and reports every mention (resolved or not) with its line and column in the source.
 */
import type { Link, Parent, PhrasingContent, Root, RootContent, Text } from 'mdast';
import { findMentions, type Mention } from './mentions.ts';
import { resolveMention, type Registry, type RegistryDoc, type Resolution, type ResolveContext } from './resolve.ts';
import { remember } from '../core/memo.ts';

export interface LinkOptions {
  registry: Registry;
  ctx: ResolveContext;
  href: (doc: RegistryDoc) => string;
  /**
   * The text the tree was parsed from. Optional; with it, columns stay exact where the text
   * node's value drops characters of the source (indentation, `> `, escapes, entities).
   */
  source?: string;
}

export interface LinkedMention {
  raw: string;
  /** 1-based, like unist positions. */
  line: number;
  column: number;
  resolution: Resolution;
  mention: Mention;
}

/** Nodes whose text is not prose, or is already a link. */
const SKIP = new Set([
  'link',
  'linkReference',
  'code',
  'inlineCode',
  'html',
  'definition',
  'yaml',
  'toml',
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxTextExpression',
  'math',
  'inlineMath',
]);

interface Point {
  line: number;
  column: number;
}

/** Position of `value[offset]` counted in the value itself (exact when the value is the source). */
function pointInValue(node: Text, offset: number): Point {
  const start = node.position!.start;
  const before = node.value.slice(0, offset);
  const nl = before.lastIndexOf('\n');
  if (nl < 0) return { line: start.line, column: start.column + offset };
  return { line: start.line + before.split('\n').length - 1, column: offset - nl };
}

/** Position of `value[offset]` found by aligning the value with its source slice. */
function pointInSource(node: Text, offset: number, source: string): Point | null {
  const { start, end } = node.position!;
  if (start.offset === undefined || end.offset === undefined) return null;
  const slice = source.slice(start.offset, end.offset);
  let j = 0;
  for (let i = 0; i <= offset && i < node.value.length; i++) {
    const k = slice.indexOf(node.value[i]!, j);
    if (k < 0) return null;
    if (i === offset) j = k;
    else j = k + 1;
  }
  const before = slice.slice(0, j);
  const nl = before.lastIndexOf('\n');
  if (nl < 0) return { line: start.line, column: start.column + j };
  return { line: start.line + before.split('\n').length - 1, column: j - nl };
}

function locate(node: Text, offset: number, source?: string): Point {
  if (!node.position) return { line: 0, column: 0 };
  return (source && pointInSource(node, offset, source)) || pointInValue(node, offset);
}

function linkNode(doc: RegistryDoc, raw: string, url: string): Link {
  return {
    type: 'link',
    url,
    title: `${doc.number} — ${doc.title}`,
    data: { hProperties: { className: ['doc-ref'] } } as Link['data'],
    children: [{ type: 'text', value: raw }],
  };
}

function splitText(node: Text, opts: LinkOptions, report: LinkedMention[]): PhrasingContent[] {
  const mentions = remember('mentions', node.value, () => findMentions(node.value));
  if (!mentions.length) return [node];
  const out: PhrasingContent[] = [];
  let last = 0;
  for (const mention of mentions) {
    const resolution = resolveMention(mention, opts.registry, opts.ctx);
    report.push({ raw: mention.raw, ...locate(node, mention.start, opts.source), resolution, mention });
    if (resolution.status !== 'resolved') continue;
    if (mention.start > last) out.push({ type: 'text', value: node.value.slice(last, mention.start) });
    out.push(linkNode(resolution.doc, mention.raw, opts.href(resolution.doc)));
    last = mention.end;
  }
  if (last === 0) return [node];
  if (last < node.value.length) out.push({ type: 'text', value: node.value.slice(last) });
  return out;
}

function walk(parent: Parent, opts: LinkOptions, report: LinkedMention[]): void {
  const children = parent.children as RootContent[];
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    if (SKIP.has(child.type)) continue;
    if (child.type === 'text') {
      const parts = splitText(child, opts, report);
      if (parts.length !== 1 || parts[0] !== child) {
        children.splice(i, 1, ...(parts as RootContent[]));
        i += parts.length - 1;
      }
    } else if ('children' in child) {
      walk(child as Parent, opts, report);
    }
  }
}

/**
 * Replaces each resolved mention in `tree`'s text (not in links or code; headings included) by a
 * `doc-ref` link, in place, and returns every mention found with its position and resolution.
 */
export function linkMentions(tree: Root, opts: LinkOptions): { mentions: LinkedMention[] } {
  const mentions: LinkedMention[] = [];
  walk(tree, opts, mentions);
  return { mentions };
}
