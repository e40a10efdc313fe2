import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  hasOtherSpelling,
  isClosed,
  isMarked,
  nameAliases,
  nameToken,
  planQuery,
  rankTiers,
  ySpelling,
  type Pass,
} from '../src/search/tiers.ts';
import { pageAliases } from '../src/search/aliases.ts';
import { serial, tieredSearch } from '../src/search/passes.ts';

describe('isMarked', () => {
  it('is true for a tone, a vowel with a hat or horn, or đ, false for plain letters and digits', () => {
    expect(['tính', 'dân', 'bộ', 'đang', 'ơn', 'ăn', 'ĐANG', 'hoà'.normalize('NFD')].every(isMarked)).toBe(true);
    expect(['tinh', 'dan', 'chi', '2021', 'KL'].some(isMarked)).toBe(false);
  });
});

describe('nameToken', () => {
  it('joins a name of a few words in canonical spelling, without a trailing qualifier', () => {
    expect(nameToken('Phường An Hoà')).toBe('phườnganhòa');
    expect(nameToken('Huyện Ba Tri (đến 30/6/2025)')).toBe('huyệnbatri');
    expect(nameToken('Xã An Hòa, Tỉnh Nghệ An')).toBe('xãanhòa');
  });
  it('gives nothing for one word or a title longer than a name', () => {
    expect(nameToken('Huế')).toBe('');
    expect(nameToken('Bến Tre sơ kết mô hình kiêm nhiệm: 1.017 trường hợp')).toBe('');
  });
  it('nameAliases adds the d spelling of a name with đ', () => {
    expect(nameAliases('Đảng ủy xã')).toEqual(['đảngủyxã', 'dảngủyxã']);
    expect(nameAliases('Phường An Hòa')).toEqual(['phườnganhòa']);
  });
  it("a page's aliases carry its name token", () => {
    expect(pageAliases('Phường An Hoà thuộc thành phố', 'Phường An Hoà')).toEqual(expect.arrayContaining(['phườnganhòa', 'anhòa']));
    expect(pageAliases('', 'Xã Hòa Thuận (Tây Lĩnh)')).toEqual(expect.arrayContaining(['xãhòathuận', 'hòathuận']));
  });
});

const keys = (q: string) => planQuery(q)!.passes.map((p) => `${p.key}|${p.term}|${p.exact ? 'exact' : 'folded'}`);

describe('planQuery', () => {
  it('is null for a blank query', () => expect(planQuery('  ')).toBeNull());
  it('a word typed with marks: the results folded, the exact order, and the word whole when other words begin with it', () => {
    expect(keys('Bố')).toEqual(['all|bố|folded', 'ordered|bố|exact', 'word:bố|"bố"|exact']);
    // No syllable begins with tính: the exact-diacritic search is the exact tier.
    expect(keys('Tính')).toEqual(['all|tính|folded', 'ordered|tính|exact']);
    expect(planQuery('tính')!.exactFrom).toBe('ordered');
  });
  it('isClosed: a syllable ending in ch, nh, ng, m, p or t', () => {
    expect(['tính', 'kiêm', 'nhiệm', 'cấp', 'đảng', 'việt', 'sách'].every(isClosed)).toBe(true);
    expect(['bố', 'dân', 'các', 'ủy', 'hòa'].some(isClosed)).toBe(false);
  });
  it('a query without marks keeps one folded search, and phrase and name passes when it has several words', () => {
    expect(keys('tinh')).toEqual(['all|tinh|folded']);
    expect(keys('phuong an hoa')).toEqual(['all|phuong an hoa|folded', 'phrase|"phuong an hoa"|folded', 'name|"phuonganhoa"|folded']);
  });
  it('a mixed query asks for the marked words only, in canonical spelling', () => {
    const plan = planQuery('Phường An Hoà')!;
    expect(plan.term).toBe('phường an hòa');
    expect(plan.marked).toEqual(['phường', 'hòa']);
    expect(keys('Phường An Hoà')).toEqual([
      'all|phường an hòa|folded',
      'word:phường|"phường"|exact',
      'word:hòa|"hòa"|exact',
      'phrase|"phường an hòa"|folded',
      'name|"phườnganhòa"|folded',
    ]);
  });
  it("i for final y and one tone placement before the exact search, in Pagefind's folded order", () => {
    expect(planQuery('tỷ lệ')!.marked).toEqual(['tỉ', 'lệ']);
    expect(keys('tỷ lệ')[1]).toBe('word:tỉ|"tỉ"|exact');
    expect(keys('hoà')).toEqual(['all|hòa|folded', 'word:hòa|"hòa"|exact']);
  });
  it('a phrase with a final i is also searched as pages writing y spell it', () => {
    expect(keys('tỉ lệ').filter((k) => k.startsWith('phrase'))).toEqual(['phrase|"tỉ lệ"|folded', 'phrase-y|"tỷ lệ"|folded']);
    expect(
      rankTiers(
        planQuery('tỉ lệ')!,
        found({ all: ['a', 'b', 'c'], 'word:tỉ': ['a', 'b', 'c'], 'word:lệ': ['a', 'b', 'c'], 'phrase-y': ['c'] }),
      ),
    ).toEqual(['c', 'a', 'b']);
    expect(ySpelling('kĩ')).toBe('kỹ');
    expect(ySpelling('thi')).toBe('thi');
  });
  it('hasOtherSpelling: a tone on oa/oe/uy, or a final i after one consonant', () => {
    expect(['hòa', 'khỏe', 'thủy', 'tỉ', 'kĩ', 'lí', 'hi'].map(hasOtherSpelling)).toEqual([true, true, true, true, true, true, true]);
    expect(['hoàng', 'quý', 'tính', 'bộ', 'ý', 'thi', 'hoa'].map(hasOtherSpelling)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
  it('a document number is one token, one search', () => {
    expect(keys('34 KL TW')).toEqual(['all|34kltw|folded']);
  });
  it('no name pass past six words', () => {
    expect(keys('một hai ba bốn năm sáu bảy').some((k) => k.startsWith('name'))).toBe(false);
  });
});

const found = (m: Record<string, string[]>) => new Map(Object.entries(m)) as Map<Pass['key'], string[]>;

describe('rankTiers', () => {
  it("puts pages holding the marked word before folded matches, whatever Pagefind's order", () => {
    const plan = planQuery('bố')!;
    expect(
      rankTiers(plan, found({ all: ['bo1', 'bon', 'bố1', 'bố2'], ordered: ['bố2', 'bon', 'bố1'], 'word:bố': ['bố1', 'bố2'] })),
    ).toEqual(['bố2', 'bố1', 'bo1', 'bon']);
    expect(rankTiers(planQuery('tính')!, found({ all: ['tinh1', 'tính1', 'tính2'], ordered: ['tính2', 'tính1'] }))).toEqual([
      'tính2',
      'tính1',
      'tinh1',
    ]);
  });
  it('requires every marked word for the exact tier', () => {
    const plan = planQuery('đảng ủy')!;
    expect(rankTiers(plan, found({ all: ['a', 'b', 'c'], 'word:đảng': ['b', 'c'], 'word:ủy': ['a', 'c'] }))).toEqual(['c', 'a', 'b']);
  });
  it('ranks the name, then the phrase, then scattered words, within the exact tier', () => {
    const plan = planQuery('Phường An Hòa')!;
    const r = rankTiers(
      plan,
      found({
        all: ['xa', 'tin', 'folded', 'phuong'],
        'word:phường': ['xa', 'tin', 'phuong'],
        'word:hòa': ['xa', 'tin', 'phuong'],
        phrase: ['tin', 'phuong', 'folded'],
        name: ['phuong'],
      }),
    );
    expect(r).toEqual(['phuong', 'tin', 'xa', 'folded']);
  });
  it("keeps Pagefind's order for a query without marks and without phrase or name matches", () => {
    expect(rankTiers(planQuery('tinh')!, found({ all: ['c', 'a', 'b'] }))).toEqual(['c', 'a', 'b']);
  });
  it("returns the first search's results, each once, exact tier first (property)", () => {
    const id = fc.constantFrom<string>('a', 'b', 'c', 'd', 'e', 'f');
    fc.assert(
      fc.property(fc.uniqueArray(id), fc.array(id), fc.array(id), fc.array(id), fc.array(id), (all, word, phrase, name, ordered) => {
        const plan = planQuery('bí thư chi bộ')!;
        const r = rankTiers({ ...plan, marked: ['bí'] }, found({ all, 'word:bí': word, phrase, name, ordered }));
        expect([...r].sort()).toEqual([...all].sort());
        const firstFolded = r.findIndex((x) => !word.includes(x));
        if (firstFolded >= 0) expect(r.slice(firstFolded).every((x) => !word.includes(x))).toBe(true);
      }),
    );
  });
});

describe('serial and tieredSearch', () => {
  /** A Pagefind whose searches take a while, recording the option each one ran under. */
  function fakePagefind(pages: Record<string, string[]>) {
    let exact = false;
    const log: string[] = [];
    const pf = {
      options: async (o: Record<string, unknown>) => {
        if (typeof o.exactDiacritics === 'boolean') exact = o.exactDiacritics;
      },
      init: async () => {},
      filters: async () => ({}),
      search: async (term: string | null) => {
        await new Promise((r) => setTimeout(r, 1));
        const key = `${exact ? 'exact' : 'folded'} ${term}`;
        log.push(key);
        return { results: (pages[key] ?? []).map((id) => ({ id, data: async () => ({ url: `/${id}/`, excerpt: '', meta: {} }) })) };
      },
    };
    return { pf, log };
  }

  it('runs each search under its own exactDiacritics, one after another, even when called together', async () => {
    const { pf, log } = fakePagefind({});
    const search = serial(pf);
    await Promise.all([search('a', true), search('b', false), search('c', true)]);
    expect(log).toEqual(['exact a', 'folded b', 'exact c']);
  });

  it("returns the first search's results in tiers, and nothing once stale", async () => {
    const { pf } = fakePagefind({
      'folded tính': ['tinh1', 'tính1', 'tính2'],
      'exact tính': ['tính2', 'tính1'],
      'exact "tính"': ['tính1', 'tính2'],
    });
    const plan = planQuery('tính')!;
    expect((await tieredSearch(serial(pf), plan))!.map((r) => r.id)).toEqual(['tính2', 'tính1', 'tinh1']);
    expect(await tieredSearch(serial(pf), plan, {}, () => true)).toBeNull();
  });
});

describe('planQuery on any input (property)', () => {
  it('never throws; the first pass is the folded query, each marked word has its mark and is searched', () => {
    const letters = fc.constantFrom(
      ...'aăâbcdđeêghiklmnoôơpqrstuưvxyAĐ áàảãạấầẩẫậếềểễệốồổỗộớờởỡợứừửữựíìỉĩịýỳỷỹỵ0123456789-/,."\u0301\u0300'.split(''),
    );
    fc.assert(
      fc.property(
        fc.array(letters, { maxLength: 40 }).map((a) => a.join('')),
        (input) => {
          const plan = planQuery(input);
          if (!plan) return;
          expect(plan.passes[0]!.key).toBe('all');
          expect(plan.passes[0]!.exact).toBe(false);
          for (const w of plan.marked) expect(isMarked(w)).toBe(true);
          if (plan.exactFrom === 'words') for (const w of plan.marked) expect(plan.passes.some((p) => p.key === `word:${w}`)).toBe(true);
          if (plan.exactFrom === 'ordered') expect(plan.passes.some((p) => p.key === 'ordered')).toBe(true);
        },
      ),
    );
  });
});
