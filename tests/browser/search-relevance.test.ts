/**
 * Relevance on a corpus written for it: tone-minimal pairs (tỉnh/tính, bộ/bố, trí/trì, cấp/cập,
 * dân/dẫn/dần), đ/d, old and new tone placement, names (Phường An Hòa beside Xã An Hòa) and phrases
 * (bí thư chi bộ, nhất thể hóa). The pages are indexed with Pagefind's Node API (the build's own
 * SearchIndexer, aliases included) and searched with pagefind.js in Chromium, pass by pass as
 * src/search/tiers.ts plans them; the order is that module's `rankTiers`.
 *
 * Each expectation is written by hand from the tier rule: `first` are the pages that must fill the
 * top of the results, tier by tier (any order inside a tier), `then` pages that must follow them.
 */
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { BLOCK_MARK, blockExcerpt } from '../../src/search/html-text.ts';
import { PAGEFIND_OPTIONS } from '../../src/search/facets.ts';
import { planQuery, rankTiers, type Pass } from '../../src/search/tiers.ts';
import { openSearchHarness, type SearchHarness } from './search-harness.ts';

// A folder of its own per run: two runs in one checkout never write into each other's index.
const DIR = mkdtempSync(join(tmpdir(), 'search-relevance-'));
const page = (title: string, text: string) =>
  `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>${text}</p></main></body></html>`;

/** id → [title, text]. Each id's page is /id/. */
const CORPUS: Record<string, [string, string]> = {
  'tinh-nhieu': [
    'Tỉnh ủy Bến Tre họp phiên thường kỳ',
    'Tỉnh ủy Bến Tre họp; tỉnh giao chỉ tiêu cho các huyện của tỉnh, tỉnh theo dõi việc thực hiện ở từng tỉnh lân cận.',
  ],
  'tinh-mot': ['Phụ cấp kiêm nhiệm', 'Cách tính phụ cấp kiêm nhiệm theo lương cơ sở.'],
  'tinh-hai': ['Bảng tính số liệu', 'Số liệu được tính lại; tính đến cuối năm.'],
  'bo-nhieu': ['Bộ máy chi bộ', 'Bộ máy của chi bộ gọn; bộ phận văn phòng và bộ phận tổ chức hợp nhất.'],
  'bo-tri': ['Bố trí cán bộ', 'Xã bố trí cán bộ kiêm nhiệm chức danh.'],
  bon: ['Bốn chi bộ ấp', 'Xã có bốn chi bộ ấp sinh hoạt đều.'],
  'chu-tri': ['Chủ trì hội nghị', 'Bí thư chủ trì hội nghị sơ kết.'],
  'cap-xa': ['Cấp xã và cấp huyện', 'Cán bộ cấp xã, cấp huyện và cấp tỉnh.'],
  'cap-nhat': ['Cập nhật số liệu', 'Văn phòng cập nhật số liệu hằng tháng.'],
  'huong-dan': ['Hướng dẫn kiêm nhiệm', 'Văn bản hướng dẫn; dẫn chứng cụ thể.'],
  'nguoi-dan': ['Ý kiến người dân', 'Người dân góp ý.'],
  'giam-dan': ['Chi phí giảm dần', 'Chi phí giảm dần qua các năm.'],
  'phuong-an-hoa-hue': ['Phường An Hòa', 'Phường An Hòa thuộc thành phố Huế, ven sông Hương.'],
  'phuong-an-hoa-cu': ['Phường An Hoà', 'Phường An Hoà thuộc thành phố Rạch Giá.'],
  'xa-an-hoa': ['Xã An Hòa, Tỉnh Nghệ An', 'Xã An Hòa được lập từ xã An Hòa cũ và một phần phường lân cận; An Hòa có nhiều hộ trồng lúa.'],
  'tin-an-hoa': ['Hội nghị cán bộ ở cơ sở', 'Hội nghị tổ chức tại Phường An Hòa, có đại diện các xã.'],
  'bt-lien': ['Bí thư chi bộ kiêm trưởng ấp', 'Mô hình bí thư chi bộ kiêm trưởng ấp được nhân rộng.'],
  'bt-roi': ['Thư mời họp chi hội', 'Bí quyết của bộ phận văn thư: chi tiết từng việc.'],
  'nth-lien': ['Nhất thể hoá chức danh', 'Mô hình nhất thể hoá được duy trì.'],
  'nth-roi': ['Thể lệ hội thi', 'Giải nhất thuộc về đội văn hóa; thể lệ do ban tổ chức ban hành.'],
  'dang-uy': ['Đảng ủy xã họp', 'Đảng ủy xã bàn công tác kiêm nhiệm.'],
  'dang-lam': ['Công trình đang làm', 'Ủy ban xã cho biết công trình đang làm.'],
  'ty-le': ['Tỷ lệ đảng viên nữ', 'Tỷ lệ đảng viên nữ tăng.'],
  'ti-le': ['Nữ trong ban chấp hành', 'Ban chấp hành đạt tỉ lệ nữ cao nhất.'],
  'ti-rai': ['Số liệu về nữ', 'Lệ thường có ít nữ; một phần mười tỉ.'],
};

interface Case {
  query: string;
  /** Tiers that must fill the top of the results, in this order; any order within a tier. */
  first: string[][];
  /** Pages that must come after them (the folded matches: nothing is lost). */
  then: string[];
}

/** Written by hand from the tier rule (see src/search/tiers.ts), not from what the code returns. */
const CASES: Case[] = [
  // Tone-minimal pairs: the word typed, whole, first; its folded neighbours after.
  { query: 'tính', first: [['tinh-mot', 'tinh-hai']], then: ['tinh-nhieu', 'cap-xa'] },
  { query: 'tỉnh', first: [['tinh-nhieu', 'cap-xa', 'xa-an-hoa']], then: ['tinh-mot', 'tinh-hai'] },
  { query: 'bố', first: [['bo-tri']], then: ['bo-nhieu', 'bon'] },
  { query: 'bộ', first: [['bo-nhieu', 'bo-tri', 'bon', 'cap-xa', 'tin-an-hoa', 'bt-lien', 'bt-roi']], then: [] },
  { query: 'trì', first: [['chu-tri']], then: ['bo-tri'] },
  { query: 'trí', first: [['bo-tri']], then: ['chu-tri'] },
  { query: 'cập', first: [['cap-nhat']], then: ['cap-xa', 'tinh-mot'] },
  { query: 'cấp', first: [['cap-xa', 'tinh-mot']], then: ['cap-nhat'] },
  { query: 'dân', first: [['nguoi-dan']], then: ['huong-dan', 'giam-dan'] },
  { query: 'dẫn', first: [['huong-dan']], then: ['nguoi-dan', 'giam-dan'] },
  { query: 'dần', first: [['giam-dan']], then: ['nguoi-dan', 'huong-dan'] },
  // đ is a mark: đảng ủy means the Party committee; typed without marks, every spelling.
  // A mixed query: the word typed with marks exactly, the word typed without them every spelling.
  { query: 'cấp tinh', first: [['cap-xa', 'tinh-mot']], then: [] },
  { query: 'đảng ủy', first: [['dang-uy']], then: ['dang-lam'] },
  // One tone placement and i for final y: the old spelling on the page is the same word.
  // The phrase written with y on one page, with i on another, before the words scattered.
  { query: 'tỉ lệ', first: [['ty-le', 'ti-le'], ['ti-rai']], then: [] },
  { query: 'hoà', first: [['phuong-an-hoa-hue', 'phuong-an-hoa-cu', 'xa-an-hoa', 'tin-an-hoa']], then: ['nth-lien', 'nth-roi'] },
  // Names: the unit's own page first (both communes of the name, one spelled the old way), then
  // the page where the name stands whole, then the words scattered.
  { query: 'Phường An Hòa', first: [['phuong-an-hoa-hue', 'phuong-an-hoa-cu'], ['tin-an-hoa'], ['xa-an-hoa']], then: [] },
  // Without the word for its kind, the name still leads to the units so named.
  { query: 'An Hòa', first: [['phuong-an-hoa-hue', 'phuong-an-hoa-cu', 'xa-an-hoa'], ['tin-an-hoa']], then: [] },
  { query: 'phuong an hoa', first: [['phuong-an-hoa-hue', 'phuong-an-hoa-cu'], ['tin-an-hoa'], ['xa-an-hoa']], then: [] },
  // Phrases: the words together before the words scattered.
  { query: 'bí thư chi bộ', first: [['bt-lien'], ['bt-roi']], then: [] },
  { query: 'nhất thể hóa', first: [['nth-lien'], ['nth-roi']], then: [] },
  { query: 'nhat the hoa', first: [['nth-lien'], ['nth-roi']], then: [] },
];

/** Queries without marks keep today's matching: every spelling found. */
const FOLDED: [string, string[]][] = [
  ['dang uy', ['dang-uy', 'dang-lam']],
  ['tinh', ['tinh-nhieu', 'tinh-mot', 'tinh-hai']],
  ['ty le', ['ty-le']],
];

let harness: SearchHarness;
let tab: Page;

beforeAll(async () => {
  const pages: Record<string, string> = Object.fromEntries(
    Object.entries(CORPUS).map(([id, [title, text]]) => [`${id}/index.html`, page(title, text)]),
  );
  // Several blocks, for excerpts: the match is in the first paragraph, a section follows.
  pages['trich-doan/index.html'] = page('Trích đoạn', 'Đoạn đầu nói về luân chuyển công chức.</p><h2>Lịch sử</h2><p>Đoạn sau.');
  harness = await openSearchHarness(DIR, pages);
  tab = harness.tab;
}, 120_000);

afterAll(() => harness?.close());

/** Runs the passes one after another (exactDiacritics is an option of the whole instance); ids → page ids. */
async function run(passes: Pass[]): Promise<Map<Pass['key'], string[]>> {
  // A string, not a function: the test runner would rewrite a function's import() for Node.
  const script = `(async () => {
    if (!window.pf) { window.pf = await import('/pagefind/pagefind.js'); await window.pf.options(${JSON.stringify(PAGEFIND_OPTIONS)}); }
    const out = [];
    for (const p of ${JSON.stringify(passes)}) {
      await window.pf.options({ exactDiacritics: p.exact });
      const r = await window.pf.search(p.term);
      out.push([p.key, await Promise.all(r.results.map(async (x) => (await x.data()).url.replace(/\\//g, '')))]);
    }
    await window.pf.options({ exactDiacritics: false });
    return out;
  })()`;
  return new Map((await tab.evaluate(script)) as [Pass['key'], string[]][]);
}

async function ranked(query: string): Promise<{ tiered: string[]; plain: string[] }> {
  const plan = planQuery(query)!;
  const found = await run(plan.passes);
  return { tiered: rankTiers(plan, found), plain: found.get('all') ?? [] };
}

/** Share of the top k results (k = the first tiers' size) that belong to those tiers. */
function precision(results: string[], c: Case): number {
  const want = new Set(c.first.flat());
  return results.slice(0, want.size).filter((id) => want.has(id)).length / want.size;
}

/** Whether the results hold the expected tiers in their order. */
function tiersHeld(results: string[], c: Case): boolean {
  let at = 0;
  for (const tier of c.first) {
    const got = new Set(results.slice(at, at + tier.length));
    if (!tier.every((id) => got.has(id))) return false;
    at += tier.length;
  }
  return true;
}

describe('search relevance on a corpus written for it', () => {
  const scores: { query: string; tiered: number; plain: number; plainHeld: boolean }[] = [];

  it.each(CASES)('"$query" ranks the expected tiers first', async (c) => {
    const { tiered, plain } = await ranked(c.query);
    scores.push({ query: c.query, tiered: precision(tiered, c), plain: precision(plain, c), plainHeld: tiersHeld(plain, c) });
    expect(tiersHeld(tiered, c)).toBe(true);
    let at = 0;
    for (const tier of c.first) {
      expect([...tiered.slice(at, at + tier.length)].sort(), `${c.query}: ${tiered.join(', ')}`).toEqual([...tier].sort());
      at += tier.length;
    }
    for (const id of c.then) expect(tiered.slice(at), `${c.query}: ${tiered.join(', ')}`).toContain(id);
  });

  it.each(FOLDED)('"%s", typed without marks, finds every spelling', async (query, ids) => {
    const { tiered } = await ranked(query);
    for (const id of ids) expect(tiered).toContain(id);
  });

  it("cuts the excerpt at the end of the block holding the match, not on the next section's first word", async () => {
    const raw = (await tab.evaluate(`(async () => {
      await window.pf.options({ exactDiacritics: false });
      const r = await window.pf.search('luân chuyển');
      return (await r.results[0].data()).excerpt;
    })()`)) as string;
    expect(raw).toContain('Lịch');
    expect(raw).toContain(BLOCK_MARK);
    expect(blockExcerpt(raw)).toBe('Đoạn đầu nói về <mark>luân</mark> <mark>chuyển</mark> công chức.');
  });

  it('reports precision of the first tiers, tiered and as Pagefind ranks alone', () => {
    const mean = (k: 'tiered' | 'plain') => scores.reduce((n, s) => n + s[k], 0) / scores.length;
    const plainHeld = scores.filter((s) => s.plainHeld).length;
    console.log(
      JSON.stringify({
        queries: scores.length,
        precision: { tiered: mean('tiered'), plain: mean('plain') },
        tiersHeld: { tiered: scores.length, plain: plainHeld },
        plainMissed: scores.filter((s) => !s.plainHeld).map((s) => s.query),
      }),
    );
    expect(scores.length).toBe(CASES.length);
    expect(mean('tiered')).toBe(1);
  });
});
