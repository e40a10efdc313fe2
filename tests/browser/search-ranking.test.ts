/**
 * Ranking with the real Pagefind index and pagefind.js in Chromium, on decoy pages: the exact
 * spelling a reader typed ranks above its diacritic-folded neighbours (đảng/đang, hòa/hoa),
 * and the folded spellings still find the page.
 */
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { rewriteQuery } from '../../src/search/query.ts';
import { PAGEFIND_OPTIONS } from '../../src/search/facets.ts';
import { openSearchHarness, type SearchHarness } from './search-harness.ts';

// A folder of its own per run: two runs in one checkout never write into each other's index.
const DIR = mkdtempSync(join(tmpdir(), 'search-ranking-'));
const page = (title: string, text: string) =>
  `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>${text}</p></main></body></html>`;
const PAGES: Record<string, string> = {
  'dang-uy/index.html': page('Đảng ủy xã họp thường kỳ', 'Đảng ủy xã bàn công tác kiêm nhiệm chức danh ở ấp.'),
  'dang-lam/index.html': page('Công trình đang làm', 'Ủy ban xã cho biết công trình đang làm, chưa xong.'),
  'hoa-giai/index.html': page('Tổ hòa giải ở cơ sở', 'Tổ hòa giải hoạt động đều, việc hòa giải được duy trì.'),
  'hoa-sen/index.html': page('Vườn hoa sen', 'Người dân trồng hoa sen và hoa cúc quanh hồ.'),
  'ty-le/index.html': page('Tỷ lệ đảng viên nữ', 'Tỷ lệ đảng viên nữ tăng so với năm trước.'),
};

let harness: SearchHarness;
let tab: Page;

beforeAll(async () => {
  harness = await openSearchHarness(DIR, PAGES);
  tab = harness.tab;
}, 120_000);

afterAll(() => harness?.close());

async function ranked(query: string): Promise<string[]> {
  // A string, not a function: the test runner would rewrite a function's import() for Node.
  const script = `(async () => {
    if (!window.pf) { window.pf = await import('/pagefind/pagefind.js'); await window.pf.options(${JSON.stringify(PAGEFIND_OPTIONS)}); }
    const r = await window.pf.search(${JSON.stringify(rewriteQuery(query))});
    return Promise.all(r.results.map(async (x) => (await x.data()).url));
  })()`;
  return (await tab.evaluate(script)) as string[];
}

describe('search ranking on decoy pages', () => {
  it('"đảng ủy" ranks the page about the Party committee above the page where work is "đang" done', async () => {
    expect((await ranked('đảng ủy'))[0]).toBe('/dang-uy/');
  });
  it('"dang uy" without diacritics still finds the Party committee page', async () => {
    expect(await ranked('dang uy')).toContain('/dang-uy/');
  });
  it('"hòa" ranks the page with hòa above the page with hoa', async () => {
    const r = await ranked('hòa');
    expect(r[0]).toBe('/hoa-giai/');
    expect(r).toContain('/hoa-sen/');
  });
  it('"hoa" ranks the page with hoa above the page with hòa', async () => {
    expect((await ranked('hoa'))[0]).toBe('/hoa-sen/');
  });
  it('"hoà" in the old tone placement ranks the page with hòa first', async () => {
    expect((await ranked('hoà'))[0]).toBe('/hoa-giai/');
  });
  it('"tỉ lệ" finds the page that writes "tỷ lệ"', async () => {
    expect((await ranked('tỉ lệ'))[0]).toBe('/ty-le/');
  });
});
