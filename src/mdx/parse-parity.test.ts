/**
 * The fast parser's tree is used only where it reads a body as the reference parser does
 * (src/mdx/parse.ts): every construct the contract allows or forbids, and the sample articles,
 * give the same tree either way (positions included, attributes' own positions aside).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import { parseTree } from './parse.ts';

const reference = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/** Trees as comparable JSON: keys sorted, positions as line/column, `data` and attribute positions left out. */
function plain(n: unknown, parent = ''): unknown {
  if (Array.isArray(n)) return n.map((x) => plain(x, parent));
  if (!n || typeof n !== 'object') return n;
  const o = n as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(o).sort()) {
    if (k === 'data') continue;
    if (k === 'position') {
      if (o.type === 'mdxJsxAttribute' || o.type === 'mdxJsxExpressionAttribute' || parent === 'value') continue;
      const p = o.position as { start: { line: number; column: number }; end: { line: number; column: number } } | undefined;
      out.position = p && [p.start.line, p.start.column, p.end.line, p.end.column];
      continue;
    }
    out[k] = plain(o[k], k);
  }
  return out;
}

const SNIPPETS: Record<string, string> = {
  headings: '# Tiêu đề một\n\n## Tiêu đề hai ##\n\nTiêu đề kiểu gạch\n=================\n',
  emphasis: 'Đoạn *nghiêng*, **đậm**, ~~gạch~~ và `mã`.\n',
  lists: '- một\n- hai\n  - hai a\n\n1. thứ nhất\n2. thứ hai\n\n- [ ] việc chưa làm\n- [x] việc đã làm\n',
  table: '| Đơn vị | Tỉ lệ |\n| :--- | ---: |\n| Xã A | 17,07% |\n| Xã `B\\|C` | 1.017 |\n',
  quote: '> Trích dẫn\n> hai dòng\n',
  code: '```\nmã\n```\n\n    thụt lề\n',
  breaks: 'dòng một  \ndòng hai\\\ndòng ba\n\n---\n',
  links:
    'Xem [trang](https://example.org "tiêu đề"), <https://example.org>, https://example.org/a và www.example.org.\n\n[tham chiếu][r]\n\n[r]: https://example.org/r\n',
  image: '![Ảnh hội nghị](./anh/hoi-nghi.jpg)\n',
  entities: 'A &amp; B &nbsp; C \\{ D \\} E\n',
  footnote: 'Câu có chú thích[^1].\n\n[^1]: Chú thích.\n',
  'callout block': '<Callout type="note" title="Lưu ý">\n\nĐoạn trong khung.\n\n</Callout>\n',
  'callout on one line': '<Callout type="note">Ghi chú của biên tập viên.</Callout>\n',
  'chart flow': '<Chart observations="a b" type="ratio-bars" title="Tỉ lệ" />\n',
  'docref inline': 'Thực hiện <DocRef id="34-kl-tw-2018">Kết luận 34</DocRef> của Bộ Chính trị.\n',
  'docref self-closing': 'Theo <DocRef id="34-kl-tw-2018" /> và các văn bản khác.\n',
  'inline html': 'Diện tích 5 km<sup>2</sup>, xuống dòng<br />tiếp.\n',
  'forbidden esm': 'import x from "y"\n\nexport const a = 1\n\nĐoạn.\n',
  'forbidden expressions': 'Giá trị {1 + 1} trong câu.\n\n{a}\n',
  'forbidden attributes': '<Chart observations={ids} {...rest} onClick="x" />\n',
  'forbidden elements': '<script>alert(1)</script>\n\n<iframe src="x" />\n\n<>mảnh</>\n',
  'unknown component': '<Bang du="lieu" />\n\nCâu có <Span>chữ</Span>.\n',
  'syntax error': 'Câu có <Callout type="note">không đóng.\n',
  'unclosed brace': 'Dấu { không đóng\n',
  nested: '<Callout type="warning">\n\n- một\n- <DocRef id="x" />\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n</Callout>\n',
};

describe('parseTree (fast parser where it agrees, reference parser otherwise)', () => {
  for (const [name, body] of Object.entries(SNIPPETS)) {
    it(`reads "${name}" as the reference parser does`, () => {
      let expected: unknown;
      try {
        expected = plain(reference.runSync(reference.parse(body)));
      } catch (e) {
        expected = `error: ${(e as Error).message}`;
      }
      let actual: unknown;
      try {
        actual = plain(parseTree(body));
      } catch (e) {
        actual = `error: ${(e as Error).message}`;
      }
      expect(actual).toEqual(expected);
    });
  }

  it('reads every article of the test fixtures as the reference parser does', () => {
    const root = join(import.meta.dirname, '../..');
    const files = ['tests/fixtures'].flatMap((d) =>
      (readdirSync(join(root, d), { recursive: true }) as string[]).filter((f) => f.endsWith('.mdx')).map((f) => join(root, d, f)),
    );
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const body = readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
      let expected: unknown;
      try {
        expected = plain(reference.runSync(reference.parse(body)));
      } catch {
        continue;
      }
      expect(plain(parseTree(body)), file).toEqual(expected);
    }
  });
});
