/**
 * The text promises on an article body as the reader gets it: after HTML entities and
 * backslash escapes are decoded (`a&#x202E;b`, `&shy;`, `e&#x301;`), and in component attributes
 * (`<Callout title="x&#x200B;y">`). What the raw file already shows is reported by checkText with
 * its exact column; this reports only what decoding brings in, at the node's line and column.
 */
import type { Root, Nodes } from 'mdast';
import { findForbidden } from '../core/forbidden-chars.ts';
import { walk } from '../mdx/parse.ts';
import { checkValue, isNfcFast } from './text.ts';
import type { Issue } from '../core/issues.ts';

function forbiddenSet(s: string): Set<number> {
  return new Set(findForbidden(s, { allowLayout: true }).map((f) => f.codePoint));
}

/** Findings in `decoded` that its source text `raw` does not show by itself. */
function decodedOnly(decoded: string, raw: string, where: { file: string; line: number; column?: number; field: string }): Issue[] {
  const found = checkValue(decoded, where);
  if (found.length === 0) return found;
  const rawForbidden = forbiddenSet(raw);
  const rawNfc = isNfcFast(raw);
  // Whether the source already shows every forbidden character the decoded text holds.
  const rawShowsAll = findForbidden(decoded, { allowLayout: true }).every((f) => rawForbidden.has(f.codePoint));
  return found.filter((i) => (i.code === 'text-not-nfc' ? rawNfc : !rawShowsAll));
}

export function checkBodyText(tree: Root, body: string, file: string, bodyLine: number): Issue[] {
  const issues: Issue[] = [];
  walk(tree, (node: Nodes) => {
    const pos = node.position;
    const raw = pos?.start.offset !== undefined && pos.end.offset !== undefined ? body.slice(pos.start.offset, pos.end.offset) : '';
    const where = (field: string) => ({ file, line: (pos?.start.line ?? 1) + bodyLine - 1, column: pos?.start.column, field });
    if (node.type === 'text') issues.push(...decodedOnly(node.value, raw, where('body')));
    if (node.type === 'image' && node.alt) issues.push(...decodedOnly(node.alt, raw, where('image.alt')));
    if ((node.type === 'image' || node.type === 'link' || node.type === 'definition') && node.title)
      issues.push(...decodedOnly(node.title, raw, where(`${node.type}.title`)));
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      // The tag alone: its children are text nodes of their own.
      const tag = raw.slice(0, raw.indexOf('>') + 1 || raw.length);
      for (const a of node.attributes)
        if (a.type === 'mdxJsxAttribute' && typeof a.value === 'string')
          issues.push(...decodedOnly(a.value, tag, where(`${node.name ?? ''}.${a.name}`)));
    }
  });
  return issues;
}
