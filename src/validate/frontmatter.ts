/**
 * Front matter with positions: every field can be traced back to its line, so an error in
 * `held:` names the line the editor wrote it on.
 */
import { isMap, isNode, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { makeIssue, type Issue } from '../core/issues.ts';

export interface FrontmatterResult {
  data: Record<string, unknown> | undefined;
  /** Maps a field path to its 1-based line in the file. */
  lineOf(path: PropertyKey[]): number;
  body: string;
  /** Line in the file where the body starts. */
  bodyLine: number;
  issues: Issue[];
}

const FENCE = /^---[ \t]*$/;

export function readFrontmatter(text: string, file: string): FrontmatterResult {
  const lines = text.split('\n');
  const none = (issue: Issue): FrontmatterResult => ({
    data: undefined,
    lineOf: () => 1,
    body: text,
    bodyLine: 1,
    issues: [issue],
  });
  if (!FENCE.test((lines[0] ?? '').replace(/\r$/, ''))) {
    return none(
      makeIssue('frontmatter-error', {
        file,
        line: 1,
        value: lines[0],
        expected: '---',
        message: { vi: 'Tệp phải bắt đầu bằng dòng ---', en: 'The file must start with a --- line' },
      }),
    );
  }
  const end = lines.findIndex((l, i) => i > 0 && FENCE.test(l.replace(/\r$/, '')));
  if (end < 0) {
    return none(
      makeIssue('frontmatter-error', {
        file,
        line: 1,
        expected: '---',
        message: { vi: 'Thiếu dòng --- đóng phần đầu', en: 'The closing --- line of the front matter is missing' },
      }),
    );
  }
  const yamlText = lines.slice(1, end).join('\n');
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const issues: Issue[] = doc.errors.map((e) =>
    makeIssue('frontmatter-error', {
      file,
      line: counter.linePos(e.pos[0]).line + 1,
      column: counter.linePos(e.pos[0]).col,
      value: e.message.split('\n')[0],
    }),
  );
  const lineOf = (path: PropertyKey[]): number => nodeLine(doc, counter, path);
  const data = issues.length === 0 ? (doc.toJS() as unknown) : undefined;
  if (issues.length === 0 && (data === null || typeof data !== 'object' || Array.isArray(data))) {
    issues.push(
      makeIssue('frontmatter-error', {
        file,
        line: 2,
        message: { vi: 'Phần đầu phải gồm các dòng "tên: giá trị"', en: 'Front matter must be "name: value" lines' },
      }),
    );
  }
  return {
    data: issues.length === 0 ? (data as Record<string, unknown>) : undefined,
    lineOf,
    body: lines.slice(end + 1).join('\n'),
    bodyLine: end + 2,
    issues,
  };
}

/** Line of the deepest node on `path` that exists; key line for a missing field's parent. */
function nodeLine(doc: Document, counter: LineCounter, path: PropertyKey[]): number {
  for (let n = path.length; n >= 0; n--) {
    const sub = path.slice(0, n) as (string | number)[];
    const node = n === 0 ? doc.contents : doc.getIn(sub, true);
    if (isNode(node) && node.range) {
      // For a map entry, point at its key, which is on the line the editor reads as the field.
      if (n > 0) {
        const parent = n === 1 ? doc.contents : doc.getIn(sub.slice(0, -1), true);
        if (isMap(parent)) {
          const pair = parent.items.find((p) => isNode(p.key) && (p.key as { value?: unknown }).value === sub.at(-1));
          if (pair && isNode(pair.key) && pair.key.range) return counter.linePos(pair.key.range[0]).line + 1;
        }
        if (isSeq(parent)) return counter.linePos(node.range[0]).line + 1;
      }
      return counter.linePos(node.range[0]).line + 1;
    }
  }
  return 1;
}
