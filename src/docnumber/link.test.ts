import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import type { Link, Paragraph, Root } from 'mdast';
import { linkMentions } from './link.ts';
import { createRegistry } from './resolve.ts';
import { BEN_TRE, DOCS } from '../../tests/docnumber-fixtures.ts';

const SOURCE = [
  '# Sơ kết Kết luận 34-KL/TW', // 1
  '', // 2
  'Hội nghị sơ kết theo Kết luận số 34-KL/TW và Nghị quyết số', // 3
  '02-NQ/TU ngày 12/4/2016 của Tỉnh ủy, đạt 16/17 xã.', // 4
  '', // 5
  '> Trích: thực hiện Nghị quyết', // 6
  '> số 18, 19-NQ/TW.', // 7
  '', // 8
  'Đã có [Nghị quyết 02-NQ/TU](/van-ban/x) và `34-KL/TW` trong mã.', // 9
  '', // 10
  '<Callout>Đề án 01-ĐA/TU</Callout>', // 11
  '', // 12
  'Quyết định số 32-QĐ/TU chưa có trong sổ.', // 13
  '',
].join('\n');

const href = (doc: { id: string }) => `/van-ban/${doc.id}/`;

function run(source = SOURCE, withSource = true) {
  const tree = unified().use(remarkParse).use(remarkMdx).parse(source) as Root;
  const result = linkMentions(tree, { registry: createRegistry(DOCS), ctx: BEN_TRE, href, ...(withSource ? { source } : {}) });
  return { tree, ...result };
}

function links(node: unknown, out: Link[] = []): Link[] {
  const n = node as { type: string; children?: unknown[] };
  if (n.type === 'link') out.push(n as Link);
  for (const c of n.children ?? []) links(c, out);
  return out;
}

const text = (node: unknown): string => {
  const n = node as { value?: string; children?: unknown[] };
  return n.value ?? (n.children ?? []).map(text).join('');
};

describe('linkMentions', () => {
  it('linkMentions reports every mention with its line and column', () => {
    const { mentions } = run();
    expect(mentions.map((m) => [m.raw, m.line, m.column, m.resolution.status])).toEqual([
      ['34-KL/TW', 1, 19, 'resolved'],
      ['34-KL/TW', 3, 34, 'resolved'],
      ['02-NQ/TU', 4, 1, 'resolved'],
      ['18', 7, 6, 'resolved'],
      ['19-NQ/TW', 7, 10, 'unresolved'],
      ['01-ĐA/TU', 11, 16, 'resolved'],
      ['32-QĐ/TU', 13, 15, 'unresolved'],
    ]);
  });

  it('linkMentions reports positions that point at the raw text in the source', () => {
    const lines = SOURCE.split('\n');
    for (const m of run().mentions) {
      expect(lines[m.line - 1]!.slice(m.column - 1, m.column - 1 + m.raw.length)).toBe(m.raw);
    }
  });

  it('linkMentions counts lines inside a multi-line text node even without the source', () => {
    const { mentions } = run(SOURCE, false);
    expect(mentions.find((m) => m.raw === '02-NQ/TU')).toMatchObject({ line: 4, column: 1 });
  });

  it('linkMentions uses the source to count the "> " the blockquote value drops', () => {
    const find = (withSource: boolean) => run(SOURCE, withSource).mentions.find((m) => m.raw === '19-NQ/TW');
    expect(find(true)).toMatchObject({ line: 7, column: 10 });
    expect(find(false)).toMatchObject({ line: 7, column: 8 }); // the value alone cannot know
  });

  it('linkMentions replaces resolved mentions with doc-ref links and keeps the surrounding text', () => {
    const { tree } = run();
    const made = links(tree).filter((l) => l.url !== '/van-ban/x');
    expect(made.map((l) => [text(l), l.url])).toEqual([
      ['34-KL/TW', '/van-ban/34-kl-tw-2018/'],
      ['34-KL/TW', '/van-ban/34-kl-tw-2018/'],
      ['02-NQ/TU', '/van-ban/02-nq-tu-2016-ben-tre/'],
      ['18', '/van-ban/18-nq-tw-2017/'],
      ['01-ĐA/TU', '/van-ban/01-da-tu-2012/'],
    ]);
    expect(made[2]).toMatchObject({
      type: 'link',
      title: '02-NQ/TU — Về xây dựng Đảng',
      data: { hProperties: { className: ['doc-ref'] } },
      children: [{ type: 'text', value: '02-NQ/TU' }],
    });
    const paragraph = tree.children[1] as Paragraph;
    expect(text(paragraph)).toBe(SOURCE.split('\n').slice(2, 4).join('\n'));
    expect(paragraph.children.map((c) => c.type)).toEqual(['text', 'link', 'text', 'link', 'text']);
  });

  it('linkMentions links in headings but not inside existing links or code', () => {
    const { tree } = run();
    expect(links(tree.children[0]).length).toBe(1);
    const p9 = tree.children[3] as Paragraph;
    expect(links(p9).map((l) => l.url)).toEqual(['/van-ban/x']);
    expect(p9.children.some((c) => c.type === 'inlineCode' && c.value === '34-KL/TW')).toBe(true);
  });

  it('linkMentions leaves a tree without mentions untouched', () => {
    const source = 'Đạt 16/17 xã, 1.017 trường hợp, 17,07%.\n';
    const { tree, mentions } = run(source);
    expect(mentions).toEqual([]);
    expect(links(tree)).toEqual([]);
    expect(text(tree)).toBe(source.trim());
  });
});
