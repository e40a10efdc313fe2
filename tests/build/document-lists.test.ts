/**
 * The lists of documents by kind, year and issuing body: every document on exactly one page of
 * each of its lists, newest first, pages chained by rel prev/next; and an index that gives each
 * list's way in without repeating the lists, checked on a copy of the fixture site with enough
 * documents of one kind to need three pages (the fixture site itself: tests/document-lists-site.test.ts).
 */
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateProject } from '../../src/checks/engine.ts';
import { buildSite, copyProject, readPage } from '../site.ts';
import { expectLists, listed, walk, type Doc } from '../document-lists.ts';
import { PAGE_SIZE } from '../../src/site/model/archive.ts';

const GENERATED = 45;

function addDocument(root: string, id: string, fields: Record<string, string>): void {
  const fm = Object.entries({ unit: 'ben-tre', ...fields })
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n');
  writeFileSync(join(root, 'content/documents', `${id}.mdx`), `---\n${fm}\n---\n\nVăn bản thử nghiệm.\n`);
}

/** `2023-01-01` plus `days`, as an ISO date. */
const dayOf2023 = (days: number) => new Date(Date.UTC(2023, 0, 1 + days)).toISOString().slice(0, 10);

describe(`a copy of the project with ${GENERATED} more documents of one kind`, () => {
  let root = '';
  let dist = '';
  let docs: Doc[] = [];
  beforeAll(() => {
    root = copyProject();
    for (let i = 1; i <= GENERATED; i++) {
      addDocument(root, `chi-thi-thu-${i}`, {
        number: `"${100 + i}-CT/TU"`,
        kind: 'chi-thi',
        issuer: 'Tỉnh ủy Bến Tre',
        issued: dayOf2023(i * 3),
        title: `"Chỉ thị thử số ${i}"`,
      });
    }
    // Two bodies whose names give the same slug: sorted by name, the first keeps it.
    addDocument(root, 'thong-bao-thu-1', {
      number: '"1-TB/ĐU"',
      kind: 'thong-bao',
      issuer: 'Đảng ủy Khối thử',
      issued: '2023-02-02',
      title: '"Thông báo thử số 1"',
    });
    addDocument(root, 'thong-bao-thu-2', {
      number: '"2-TB/ĐU"',
      kind: 'thong-bao',
      issuer: 'Đảng uỷ Khối thử',
      issued: '2023-02-03',
      title: '"Thông báo thử số 2"',
    });
    const result = validateProject(root);
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
    docs = result.corpus.documents;
    dist = buildSite({ name: 'document-lists', root });
  }, 600_000);
  afterAll(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it(`the kind list has ${Math.ceil(GENERATED / PAGE_SIZE)} pages chained by rel prev/next, each document on exactly one`, () => {
    const pages = walk(dist, 'van-ban/loai/chi-thi/');
    expect(pages.map((p) => p.ids.length)).toEqual([20, 20, 5]);
    expect(new Set(pages.flatMap((p) => p.ids)).size).toBe(GENERATED);
    expect(pages[0]!.ids[0]).toBe(`chi-thi-thu-${GENERATED}`);
    expect(pages[0]!.html).not.toContain('rel="prev"');
    expect(pages[2]!.html).not.toContain('rel="next"');
    const second = pages[1]!.html;
    expect(second).toContain('<a href="/van-ban/loai/chi-thi/" rel="prev">');
    expect(second).toContain('<a href="/van-ban/loai/chi-thi/trang/3/" rel="next">');
    expect(second).toContain('<span aria-current="page">Trang 2</span>');
    expect(second).toMatch(/<title>Chỉ thị — trang 2\/3 \|/);
    expect(second).toContain('<h1>Chỉ thị — trang 2/3</h1>');
    expect(second).toContain('<meta name="description" content="Trang 2/3 của danh sách 45 chỉ thị, mới nhất trước.">');
    expect(second).toContain('<li><a href="/van-ban/loai/chi-thi/">Chỉ thị</a></li><li aria-current="page">Trang 2</li>');
    expect(existsSync(join(dist, 'van-ban/loai/chi-thi/trang/4'))).toBe(false);
  });

  it('every document is on exactly one page of each of its lists; same-slug bodies get -2 by sorted name', () => {
    expectLists(dist, docs);
    expect(listed(readPage(dist, 'van-ban/co-quan/dang-uy-khoi-thu/index.html'))).toEqual(['thong-bao-thu-2']);
    expect(listed(readPage(dist, 'van-ban/co-quan/dang-uy-khoi-thu-2/index.html'))).toEqual(['thong-bao-thu-1']);
  });

  it('van-ban/ shows the 5 newest of the kind and a link to all of them, not the whole list', () => {
    const index = readPage(dist, 'van-ban/index.html');
    const ids = listed(index);
    expect(ids.filter((id) => id.startsWith('chi-thi-thu-'))).toEqual([45, 44, 43, 42, 41].map((i) => `chi-thi-thu-${i}`));
    expect(ids.length).toBeLessThan(docs.length);
    expect(index).toContain('<a href="/van-ban/loai/chi-thi/">Xem tất cả 45 chỉ thị</a>');
    expect(index).toContain('href="/van-ban/nam/2023/"');
  });
});
