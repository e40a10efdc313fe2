/** The real build: pages exist, are Vietnamese and NFC, links to documents are made at build. */
import { describe, expect, inject, it } from 'vitest';
import { listFiles, readPage } from './site.ts';

const dist = inject('dist');

describe('the built sample site', () => {
  const pages = listFiles(dist).filter((f) => f.endsWith('.html'));

  it('astro build publishes a page per document and per report', () => {
    expect(pages.filter((p) => /^van-ban\/[^/]+\/index\.html$/.test(p))).toHaveLength(12);
    expect(pages.filter((p) => /^hoi-nghi\/[^/]+\/index\.html$/.test(p))).toHaveLength(5);
  });

  it('every page is <html lang="vi"> and NFC', () => {
    for (const p of pages) {
      const html = readPage(dist, p);
      expect(html, p).toMatch(/^<!DOCTYPE html><html lang="vi"/);
      expect(html.normalize('NFC') === html, p).toBe(true);
    }
  });

  it('the document-number transform ran in the real build: mentions in report text link to the right 02-NQ/TU', () => {
    const benTre = readPage(dist, 'hoi-nghi/so-ket-kiem-nhiem-ben-tre-2021/index.html');
    expect(benTre).toMatch(/<a href="\/van-ban\/02-nq-tu-2016-ben-tre\/"[^>]*class="doc-ref">02-NQ\/TU<\/a>/);
    expect(benTre).toMatch(/<a href="\/van-ban\/34-kl-tw-2018\/"[^>]*class="doc-ref">34-KL\/TW<\/a>/);
    const north = readPage(dist, 'hoi-nghi/ban-chi-dao-to-chuc-co-so-dang-2021/index.html');
    expect(north).toMatch(/<a href="\/van-ban\/02-nq-tu-2021-unknown-tinh-mien-nui-phia-bac\/"[^>]*class="doc-ref">02-NQ\/TU<\/a>/);
  });

  it('a document does not link its own number to the page the reader is on', () => {
    const doc = readPage(dist, 'van-ban/34-kl-tw-2018/index.html');
    expect(doc).not.toMatch(/<a href="\/van-ban\/34-kl-tw-2018\/"[^>]*class="doc-ref"/);
    expect(doc).toMatch(/<a href="\/van-ban\/02-nq-tu-2016-ben-tre\/"[^>]*class="doc-ref">02-NQ\/TU<\/a>/);
  });

  it('a document page lists the reports that cite it (backlinks)', () => {
    const doc = readPage(dist, 'van-ban/34-kl-tw-2018/index.html');
    const section = doc.slice(doc.indexOf('id="hoi-nghi-lien-quan"'));
    expect(section).toContain('href="/hoi-nghi/so-ket-kiem-nhiem-ben-tre-2021/"');
  });

  it('a document page shows its chain both ways: 01-ĐA/TU above 96-KH/TU, and below 01-ĐA/TU the documents and the reports citing them', () => {
    const section = (html: string) => html.slice(html.indexOf('id="chuoi-van-ban"'), html.indexOf('id="quan-he"'));
    const kh96 = section(readPage(dist, 'van-ban/96-kh-tu-2013-tp-ben-tre/index.html'));
    expect(kh96.indexOf('href="/van-ban/01-da-tu-2012-ben-tre/"')).toBeGreaterThan(0);
    expect(kh96.indexOf('href="/van-ban/01-da-tu-2012-ben-tre/"')).toBeLessThan(kh96.indexOf('aria-current="page"'));
    const da01 = section(readPage(dist, 'van-ban/01-da-tu-2012-ben-tre/index.html'));
    const below = da01.slice(da01.indexOf('aria-current="page"'));
    expect(below).toContain('href="/van-ban/96-kh-tu-2013-tp-ben-tre/"');
    expect(below).toContain('href="/hoi-nghi/so-ket-de-an-01-tp-ben-tre-2018/"');
  });

  it('a flagged figure is shown as printed with the computed value beside it', () => {
    const page = readPage(dist, 'hoi-nghi/so-ket-de-an-01-tp-ben-tre-2018/index.html');
    expect(page).toContain('⚑ Nguồn in 38,6%, tính lại: 30,56%');
    expect(page).toContain('⚑ Nguồn in 38,65%, tính lại: 37,42%');
    expect(page).not.toContain('Nguồn in 17,07%, tính lại');
  });

  it('reading pages ship no script but JSON-LD', () => {
    for (const p of pages.filter((x) => !x.startsWith('tim-kiem/'))) {
      const scripts = readPage(dist, p).match(/<script\b[^>]*>/g) ?? [];
      expect(
        scripts.every((s) => s.includes('application/ld+json')),
        p,
      ).toBe(true);
    }
  });
});
