/**
 * The lists of documents by kind, year and issuing body: every document on exactly one page of
 * each of its lists, newest first, pages chained by rel prev/next; and an index that gives each
 * list's way in without repeating the lists, checked on the sample site and on a copy with
 * enough documents of one kind to need three pages.
 */
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { validateProject, type Entry } from '../../src/checks/engine.ts';
import { DOCUMENT_LISTS, PAGE_SIZE, uniqueSlugs, yearKey } from '../../src/site/model/archive.ts';
import type { DocumentData } from '../../src/schemas/document.ts';
import { compareNewestFirst } from '../../src/core/partial-date.ts';
import { SITE_FIXTURE, buildSite, copyProject, readPage } from '../site.ts';

type Doc = Entry<DocumentData>;

/** Ids of the documents listed on a built page, in order. */
function listed(html: string): string[] {
  const lists = html.match(/<ul class="doc-list">[\s\S]*?<\/ul>/g) ?? [];
  return lists.flatMap((ul) => [...ul.matchAll(/href="\/van-ban\/([a-z0-9-]+)\/"/g)].map((m) => m[1]!));
}

interface ListPage {
  route: string;
  html: string;
  ids: string[];
}

/** Every page of the list starting at `route`, following rel="next" from page 1. */
function walk(dist: string, route: string): ListPage[] {
  const pages: ListPage[] = [];
  for (let r: string | undefined = route; r;) {
    const html = readPage(dist, `${r}index.html`);
    pages.push({ route: r, html, ids: listed(html) });
    r = html.match(/<a href="\/([^"]*)" rel="next">/)?.[1];
    if (pages.length > 1000) throw new Error(`no end to the pages of ${route}`);
  }
  return pages;
}

/** The groups of documents by kind, year and issuer, with the route each list starts at. */
function groups(docs: Doc[]): { route: string; ids: string[] }[] {
  const by = (key: (d: Doc) => string, route: (k: string) => string) => {
    const m = new Map<string, string[]>();
    for (const d of docs) m.set(key(d), [...(m.get(key(d)) ?? []), d.id]);
    return [...m].map(([k, ids]) => ({ route: route(k), ids }));
  };
  const slugs = uniqueSlugs(docs.map((d) => d.data.issuer));
  return [
    ...by((d) => d.data.kind, DOCUMENT_LISTS.kind),
    ...by((d) => yearKey(d.data.issued), DOCUMENT_LISTS.year),
    ...by((d) => slugs.get(d.data.issuer)!, DOCUMENT_LISTS.issuer),
  ];
}

/** Each list holds exactly its documents, each once, newest first, in pages of PAGE_SIZE. */
function expectLists(dist: string, docs: Doc[]): void {
  const issued = new Map(docs.map((d) => [d.id, d.data.issued]));
  for (const g of groups(docs)) {
    const pages = walk(dist, g.route);
    const ids = pages.flatMap((p) => p.ids);
    expect(ids.length, g.route).toBe(g.ids.length);
    expect([...ids].sort(), g.route).toEqual([...g.ids].sort());
    const dates = ids.map((id) => issued.get(id)!);
    // Newest first, undated documents last.
    expect(dates, g.route).toEqual([...dates].sort(compareNewestFirst));
    expect(
      pages.map((p) => p.ids.length),
      g.route,
    ).toEqual(pages.map((_, i) => Math.min(PAGE_SIZE, g.ids.length - i * PAGE_SIZE)));
    expect(
      pages.map((p) => p.route),
      g.route,
    ).toEqual(pages.map((_, i) => (i === 0 ? g.route : `${g.route}trang/${i + 1}/`)));
    expect(existsSync(join(dist, g.route, 'trang/1')), g.route).toBe(false);
  }
}

describe('document lists of the sample site', () => {
  const dist = inject('dist');
  const docs = validateProject(SITE_FIXTURE).corpus.documents;

  it('every document is on exactly one page of its kind list, its year list and its issuer list, newest first', () => {
    expect(docs.length).toBeGreaterThan(0);
    expectLists(dist, docs);
  });

  it('van-ban/ links to every kind, year and issuer list, and names each document at most once', () => {
    const index = readPage(dist, 'van-ban/index.html');
    for (const g of groups(docs)) expect(index).toContain(`href="/${g.route}"`);
    const ids = listed(index);
    expect(ids.length).toBe(new Set(ids).size);
    expect(index).toContain('href="/dia-phuong/"');
    expect(index).not.toContain('<details');
  });

  it('a list page has a breadcrumb, its own <h1>, title and description, and no pager when one page is enough', () => {
    const page = readPage(dist, 'van-ban/co-quan/bo-chinh-tri/index.html');
    expect(page).toMatch(
      /<nav class="breadcrumb" aria-label="Vị trí"[^>]*><ol><li><a href="\/">Trang chủ<\/a><\/li><li><a href="\/van-ban\/">Văn bản<\/a><\/li><li aria-current="page">Văn bản của Bộ Chính trị<\/li>/,
    );
    expect(page).toContain('<h1>Văn bản của Bộ Chính trị</h1>');
    expect(page).toMatch(/<title>Văn bản của Bộ Chính trị \|/);
    expect(page).toContain('<meta name="description" content="Danh sách 1 văn bản do Bộ Chính trị ban hành, mới nhất trước.">');
    expect(page).not.toContain('aria-label="Phân trang"');
  });
});

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
