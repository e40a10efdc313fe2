import { describe, expect, it } from 'vitest';
import { createRelatedFinder, rankRelated, relatedIndex, scoreRelated, type RelatedFacts, type RelatedSource } from './related.ts';

const facts = (kind: RelatedFacts['kind'], id: string, over: Partial<RelatedFacts> = {}): RelatedFacts => ({
  kind,
  id,
  date: '2021-01-01',
  unit: 'x',
  documents: [],
  indicators: [],
  topics: [],
  ...over,
});

// tinh-a ⊃ huyen-a ⊃ xa-a; tinh-b apart; the country is never part of a line.
const parents: Record<string, string> = { 'xa-a': 'huyen-a', 'huyen-a': 'tinh-a' };
const line = (u: string) => {
  const out: string[] = [];
  for (let x: string | undefined = u; x; x = parents[x]) out.push(x);
  return out;
};

describe('scoreRelated', () => {
  it('scoreRelated(page, other, line) adds the weights of every shared fact and names them strongest first', () => {
    const page = facts('conference', 'p', { unit: 'huyen-a', documents: ['d1', 'd2'], indicators: ['i1'], topics: ['kiem-nhiem'] });
    const other = facts('conference', 'o', { unit: 'huyen-a', documents: ['d2'], indicators: ['i1'], topics: ['kiem-nhiem', 'dao-tao'] });
    const m = scoreRelated(page, other, line);
    expect(m.score).toBe(4 + 3 + 2 + 1);
    expect(m.reasons).toEqual(['document', 'unit', 'indicator', 'topic']);
  });

  it('scoreRelated(page, other, line) relates a locality to those above and below it, not to a sibling', () => {
    const page = facts('conference', 'p', { unit: 'huyen-a' });
    expect(scoreRelated(page, facts('document', 'up', { unit: 'tinh-a' }), line).reasons).toEqual(['unit-line']);
    expect(scoreRelated(page, facts('document', 'down', { unit: 'xa-a' }), line).reasons).toEqual(['unit-line']);
    expect(scoreRelated(page, facts('document', 'apart', { unit: 'tinh-b' }), line).score).toBe(0);
  });
});

describe('rankRelated', () => {
  const page = facts('conference', 'p', { unit: 'huyen-a', documents: ['d1'], topics: ['t'] });
  const all = [
    page,
    facts('conference', 'weak', { unit: 'tinh-b', topics: ['t'] }),
    facts('document', 'd1', { unit: 'tinh-b', documents: ['d1'] }),
    facts('conference', 'same-unit-old', { unit: 'huyen-a', date: '2019-01-01' }),
    facts('conference', 'same-unit-new', { unit: 'huyen-a', date: '2020-01-01' }),
    facts('conference', 'nothing', { unit: 'tinh-b' }),
  ];

  it('rankRelated(page, all, line) orders by score, then newest, leaves out the page and unrelated items', () => {
    expect(rankRelated(page, all, line).map((m) => m.facts.id)).toEqual(['d1', 'same-unit-new', 'same-unit-old', 'weak']);
  });

  it('rankRelated(page, all, line) gives the same list whatever the input order', () => {
    const a = rankRelated(page, all, line).map((m) => m.facts.id);
    const b = rankRelated(page, [...all].reverse(), line).map((m) => m.facts.id);
    expect(b).toEqual(a);
  });

  it('rankRelated(page, all, line, { exclude, limit }) skips what the page already lists and stops at the limit', () => {
    expect(rankRelated(page, all, line, { exclude: ['document:d1'], limit: 2 }).map((m) => m.facts.id)).toEqual([
      'same-unit-new',
      'same-unit-old',
    ]);
  });
});

describe('relatedIndex', () => {
  it('relatedIndex(site) gives a document the indicators and topics of the reports that review it', () => {
    const s: RelatedSource = {
      documents: [{ id: 'nq', data: { issued: '2020-01-01', unit: 'tinh-a', tags: ['kiem-nhiem'] } }],
      conferences: [{ id: 'hn', data: { held: '2021-09-23', unit: 'huyen-a', documents: ['nq'], cites: ['kl'] } }],
      figures: [{ conference: 'hn', indicator: 'ti-le', indicatorData: { topic: 'nhat-the-hoa' } }],
      units: [],
      ancestors: (u) => line(u).map((id) => ({ id, level: 'x' })),
    };
    const { facts: all } = relatedIndex(s);
    expect(all.find((f) => f.id === 'hn')).toMatchObject({ documents: ['kl', 'nq'], indicators: ['ti-le'], topics: ['nhat-the-hoa'] });
    expect(all.find((f) => f.id === 'nq')).toMatchObject({
      documents: ['nq'],
      indicators: ['ti-le'],
      topics: ['kiem-nhiem', 'nhat-the-hoa'],
    });
  });
});

describe('createRelatedFinder', () => {
  // Sparse: many pages relate to others only by topic or by the line of units. Dense: a national
  // corpus, where thousands of reports count the same few indicators.
  it.each([
    { name: 'sparse', documents: 400, indicators: 200, perPage: 1, dates: 14 },
    { name: 'dense', documents: 6, indicators: 7, perPage: 3, dates: 2 },
  ])(
    'createRelatedFinder(all, line)(page) ranks exactly as scoring every page against every other ($name)',
    ({ documents, indicators, perPage, dates }) => {
      // mulberry32: every bit varies (a float LCG here once lost its low bits and picked nothing).
      let seed = 7;
      const rnd = (n: number) => {
        seed = (seed + 0x6d2b79f5) | 0;
        let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
        t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
        return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
      };
      const pick = (pool: string[], max: number) =>
        [...new Set(Array.from({ length: rnd(max + 1) }, () => pool[rnd(pool.length)]!))].sort();
      // 12 provinces × 4 districts × 5 communes: a page rarely shares its own unit with another.
      const parent: Record<string, string> = {};
      const units: string[] = [];
      for (let p = 0; p < 12; p++) {
        units.push(`t${p}`);
        for (let d = 0; d < 4; d++) {
          parent[`t${p}h${d}`] = `t${p}`;
          units.push(`t${p}h${d}`);
          for (let x = 0; x < 5; x++) ((parent[`t${p}h${d}x${x}`] = `t${p}h${d}`), units.push(`t${p}h${d}x${x}`));
        }
      }
      const line = (u: string) => {
        const out: string[] = [];
        for (let x: string | undefined = u; x; x = parent[x]) out.push(x);
        return out;
      };
      const docs = Array.from({ length: documents }, (_, i) => `d${i}`);
      const inds = Array.from({ length: indicators }, (_, i) => `i${i}`);
      const all: RelatedFacts[] = Array.from({ length: 300 }, (_, i) => ({
        kind: i % 3 ? 'conference' : 'document',
        id: `p${i}`,
        date: `20${10 + rnd(dates)}-0${1 + rnd(9)}-1${rnd(10)}`,
        unit: units[rnd(units.length)]!,
        documents: pick(docs, perPage),
        indicators: pick(inds, perPage),
        topics: pick(['t1', 't2', 't3'], 3),
      }));
      const find = createRelatedFinder(all, line);
      for (const page of all) {
        for (const exclude of [[], [`conference:p${(Number(page.id.slice(1)) + 1) % 300}`]]) {
          const fast = find(page, { exclude }).map((m) => [m.facts.id, m.score]);
          const slow = rankRelated(page, all, line, { exclude }).map((m) => [m.facts.id, m.score]);
          expect(fast, page.id).toEqual(slow);
        }
      }
    },
  );
});
