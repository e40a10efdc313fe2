/**
 * Front matter with positions: every field can be traced back to its line, so an error in
 * `held:` names the line the editor wrote it on.
 */
import { isAlias, isMap, isNode, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document } from 'yaml';
import { makeIssue, type Issue } from '../core/issues.ts';
import { checkValue } from './text.ts';
import { fieldName } from './zod-issues.ts';

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
  const yamlLines = yamlText.split('\n');
  const issues: Issue[] = doc.errors.map((e) => {
    const where = { file, line: counter.linePos(e.pos[0]).line + 1, column: counter.linePos(e.pos[0]).col };
    // `title: *Hội* nghị`: YAML stumbles on what it took for an alias, anchor or tag.
    const special = /^\s*(?:-\s+)?(?:[^\s:#][^:#]*:\s+)?([*&!])\S*/.exec(yamlLines[where.line - 2] ?? '');
    if (special)
      return makeIssue('yaml-forbidden', {
        ...where,
        line: where.line,
        value: yamlLines[where.line - 2]!.trim(),
        expected: 'giá trị đặt trong ngoặc kép / a quoted value',
        message: {
          vi: `YAML đọc ${special[1]} ở đầu giá trị là ký hiệu của nó, không phải chữ: đặt cả giá trị trong ngoặc kép`,
          en: `YAML reads ${special[1]} at the start of a value as its own syntax, not text: put the whole value in quotes`,
        },
      });
    return makeIssue('frontmatter-error', { ...where, value: e.message.split('\n')[0] });
  });
  const lineOf = (path: PropertyKey[]): number => nodeLine(doc, counter, path);
  // Even when YAML stumbled elsewhere: every finding at once, one per line.
  for (const i of plainDataIssues(doc, counter, file, yamlText)) if (!issues.some((x) => x.line === i.line)) issues.push(i);
  let data: unknown;
  if (issues.length === 0) {
    try {
      data = doc.toJS({ maxAliasCount: 0 });
    } catch (e) {
      // plainDataIssues refuses what makes toJS throw; should the library find another way, a finding still.
      issues.push(makeIssue('frontmatter-error', { file, line: 2, value: (e as Error).message.split('\n')[0] }));
    }
  }
  if (issues.length === 0 && (data === null || typeof data !== 'object' || Array.isArray(data))) {
    issues.push(
      makeIssue('frontmatter-error', {
        file,
        line: 2,
        message: { vi: 'Phần đầu phải gồm các dòng "tên: giá trị"', en: 'Front matter must be "name: value" lines' },
      }),
    );
  }
  const readable = issues.length === 0;
  // Text findings leave the data readable: its other findings are reported in the same run.
  if (readable) issues.push(...decodedTextIssues(data as Record<string, unknown>, lineOf, file));
  return {
    data: readable ? (data as Record<string, unknown>) : undefined,
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

/**
 * Front matter is plain data. YAML's anchors, aliases, tags, merge keys and complex keys have no
 * use there, and an editor meets them by accident: `title: *Hội*` (Markdown emphasis) is an alias
 * to YAML. Each is refused at its line, with the fix: quote the value.
 */
function plainDataIssues(doc: Document, counter: LineCounter, file: string, yamlText: string): Issue[] {
  const issues: Issue[] = [];
  const at = (range: readonly number[] | null | undefined) => {
    const pos = counter.linePos(range?.[0] ?? 0);
    return { line: pos.line + 1, column: pos.col };
  };
  const source = (range: readonly number[] | null | undefined) => (range ? yamlText.slice(range[0], range[1]).split('\n')[0] : undefined);
  let field: string | undefined;
  const refuse = (range: readonly number[] | null | undefined, value: string | undefined, vi: string, en: string) =>
    issues.push(
      makeIssue('yaml-forbidden', {
        file,
        ...at(range),
        ...(field ? { field } : {}),
        value,
        expected: 'giá trị thường, đặt trong ngoặc kép nếu có ký tự đặc biệt / a plain value, quoted if it holds special characters',
        message: { vi, en },
      }),
    );
  visit(doc, {
    Pair(_, pair, path) {
      field = [...path.filter(isPair), pair].map((p) => (isScalar(p.key) ? String(p.key.value) || '""' : '?')).join('.');
      if (pair.key !== null && !isScalar(pair.key)) {
        // The key as written ("** ", "[a]", "{a: 1}"): the finding quotes what the editor typed.
        const range = isNode(pair.key) ? pair.key.range : undefined;
        refuse(
          range,
          source(range) || String(pair.key),
          'Tên trường phải là một từ, không phải danh sách hay nhóm',
          'A field name must be a word, not a list or a group',
        );
      } else if (isScalar(pair.key) && pair.key.value === '<<')
        refuse(pair.key.range, '<<', 'Không dùng khóa gộp << của YAML', 'No YAML merge keys (<<)');
    },
    Node(_, node, path) {
      field =
        path
          .filter(isPair)
          .map((p) => (isScalar(p.key) ? String(p.key.value) || '""' : '?'))
          .join('.') || undefined;
      if (isAlias(node)) {
        refuse(
          node.range,
          `*${node.source}`,
          `YAML đọc *${node.source} là bí danh (alias): đặt cả giá trị trong ngoặc kép, ví dụ "*${node.source}"`,
          `YAML reads *${node.source} as an alias: put the whole value in quotes, e.g. "*${node.source}"`,
        );
        return;
      }
      if (node.anchor)
        refuse(
          node.range,
          `&${node.anchor}`,
          `YAML đọc &${node.anchor} là neo (anchor): đặt cả giá trị trong ngoặc kép`,
          `YAML reads &${node.anchor} as an anchor: put the whole value in quotes`,
        );
      if (node.tag)
        refuse(
          node.range,
          source(node.range),
          `YAML đọc ${node.tag.replace('tag:yaml.org,2002:', '!!')} là thẻ kiểu (tag): đặt cả giá trị trong ngoặc kép`,
          `YAML reads ${node.tag.replace('tag:yaml.org,2002:', '!!')} as a type tag: put the whole value in quotes`,
        );
    },
  });
  return issues;
}

/**
 * Every string of the front matter as YAML decodes it (escapes such as `\u202E` included), with
 * its key path as the field: the raw-text check cannot see what an escape produces.
 */
function decodedTextIssues(data: Record<string, unknown>, lineOf: (path: PropertyKey[]) => number, file: string): Issue[] {
  const issues: Issue[] = [];
  const visitValue = (v: unknown, path: (string | number)[], depth: number): void => {
    if (depth > 64) return;
    if (typeof v === 'string') {
      issues.push(...checkValue(v, { file, line: lineOf(path), field: fieldName(path) }));
    } else if (Array.isArray(v)) {
      v.forEach((x, i) => visitValue(x, [...path, i], depth + 1));
    } else if (v && typeof v === 'object' && !(v instanceof Date)) {
      for (const [k, x] of Object.entries(v)) {
        issues.push(...checkValue(k, { file, line: lineOf([...path, k]), field: fieldName([...path, k]) }));
        visitValue(x, [...path, k], depth + 1);
      }
    }
  };
  visitValue(data, [], 0);
  return issues;
}
