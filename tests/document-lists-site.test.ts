/**
 * The document lists of the fixture site, read from the build that every test of `npm test`
 * shares (a generated site of many documents is built in `npm run test:build`).
 */
import { describe, expect, inject, it } from 'vitest';
import { validateProject } from '../src/checks/engine.ts';
import { expectLists, groups, listed } from './document-lists.ts';
import { SITE_FIXTURE, readPage } from './site.ts';

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
