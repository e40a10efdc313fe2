/**
 * Related reading (tin liên quan): for a report or a document, the few other pages that share
 * the most facts with it: documents named, locality (and the localities above and below it),
 * indicators counted, topics. Computed at build from the content itself, never from what
 * readers clicked: the site counts no readers. Pure and deterministic: same content, same list.
 */
import { reportDate } from '../../schemas/conference.ts';

export type RelatedKind = 'conference' | 'document';

/** What one page is about, reduced to facts that can be compared. */
export interface RelatedFacts {
  kind: RelatedKind;
  id: string;
  /**
   * Date that orders equals: newer first (held for reports, issued for documents). ISO strings
   * of any precision compare as text; an unknown date is '' and orders as the oldest.
   */
  date: string;
  /** Locality the page concerns. */
  unit: string;
  /** Documents the page is about or names (a document names itself). */
  documents: string[];
  /** Indicators of the figures the page gives (a document: of the reports that review it). */
  indicators: string[];
  /** Topics: indicator topics and document tags. */
  topics: string[];
}

export type RelatedReason = 'document' | 'unit' | 'unit-line' | 'indicator' | 'topic';

export interface RelatedMatch {
  facts: RelatedFacts;
  score: number;
  /** Why it is related, strongest first; the page may say so. */
  reasons: RelatedReason[];
}

/** Weights, declared as data: a shared document says more than a shared topic. */
const RELATED_WEIGHTS: Record<RelatedReason, number> = {
  document: 4,
  unit: 3,
  'unit-line': 2,
  indicator: 2,
  topic: 1,
};

/** How many related items a page shows. */
const RELATED_LIMIT = 5;

/** How many distinct values of `a` are in `b` (the lists hold no duplicates). */
const count = (a: string[], b: ReadonlySet<string>) => {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
};

/** The page's own facts as sets, made once per page rather than once per candidate. */
interface PageSets {
  documents: ReadonlySet<string>;
  indicators: ReadonlySet<string>;
  topics: ReadonlySet<string>;
}

const setsOf = (page: RelatedFacts): PageSets => ({
  documents: new Set(page.documents),
  indicators: new Set(page.indicators),
  topics: new Set(page.topics),
});

/**
 * Scores one candidate against the page. `line(unit)` gives a unit with every unit above it
 * up to (not including) the country: sharing only "Việt Nam" relates nothing.
 */
export function scoreRelated(
  page: RelatedFacts,
  other: RelatedFacts,
  line: (unit: string) => string[],
  sets: PageSets = setsOf(page),
): RelatedMatch {
  const reasons: [RelatedReason, number][] = [];
  const add = (reason: RelatedReason, n: number) => n > 0 && reasons.push([reason, n * RELATED_WEIGHTS[reason]]);
  add('document', count(other.documents, sets.documents));
  // The same locality, or one contains the other (a district and its province), in either direction.
  const u = unitScore(page, other, line);
  if (u) reasons.push([page.unit === other.unit ? 'unit' : 'unit-line', u]);
  add('indicator', count(other.indicators, sets.indicators));
  add('topic', count(other.topics, sets.topics));
  reasons.sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]));
  return { facts: other, score: reasons.reduce((s, [, w]) => s + w, 0), reasons: reasons.map(([r]) => r) };
}

/**
 * The page's related items: best score first, then newer, then by kind and id, so the order
 * never depends on the order of the input. Items in `exclude` (already listed elsewhere on the
 * page) and the page itself are left out.
 */
export function rankRelated(
  page: RelatedFacts,
  all: RelatedFacts[],
  line: (unit: string) => string[],
  opts: { limit?: number; exclude?: Iterable<string> } = {},
): RelatedMatch[] {
  const skip = new Set(opts.exclude ?? []);
  skip.add(relatedKey(page));
  const sets = setsOf(page);
  return all
    .filter((f) => !skip.has(relatedKey(f)))
    .map((f) => scoreRelated(page, f, line, sets))
    .filter((m) => m.score > 0)
    .sort(byRank)
    .slice(0, opts.limit ?? RELATED_LIMIT);
}

const byRank = (a: RelatedMatch, b: RelatedMatch) =>
  b.score - a.score ||
  b.facts.date.localeCompare(a.facts.date) ||
  a.facts.kind.localeCompare(b.facts.kind) ||
  a.facts.id.localeCompare(b.facts.id);

/**
 * The same ranking as `rankRelated`, without scoring every page against every other: pages that
 * share a document or a locality (or its line) are found through indexes, the documents shared
 * counted as they are found, and scored with plain arithmetic; the others can only share
 * indicators and topics, and score the same as every page with the same indicators and topics —
 * so pages are grouped by those, each group kept newest first, and each group gives at most
 * `limit` candidates. Only the best `limit` are kept while scoring, and only they get their
 * reasons. Exact, and tested against `rankRelated`.
 */
export function createRelatedFinder(all: RelatedFacts[], line: (unit: string) => string[]) {
  const keys = all.map(relatedKey);
  const push = (m: Map<string, number[]>, k: string, i: number) => (m.get(k) ?? m.set(k, []).get(k)!).push(i);
  const byDocument = new Map<string, number[]>();
  const byUnit = new Map<string, number[]>();
  const byAncestor = new Map<string, number[]>();
  /** Pages by the indicators and topics they have, with the groups each indicator or topic is in. */
  const groups = new Map<string, number[]>();
  const groupsOf = new Map<string, Set<number[]>>();
  all.forEach((f, i) => {
    for (const d of f.documents) push(byDocument, d, i);
    push(byUnit, f.unit, i);
    for (const u of line(f.unit)) if (u !== f.unit) push(byAncestor, u, i);
    if (f.indicators.length || f.topics.length) {
      const key = `${f.indicators.join('|')}\n${f.topics.join('|')}`;
      let g = groups.get(key);
      if (!g) {
        groups.set(key, (g = []));
        for (const k of [...f.indicators.map((x) => `i:${x}`), ...f.topics.map((t) => `t:${t}`)])
          (groupsOf.get(k) ?? groupsOf.set(k, new Set()).get(k)!).add(g);
      }
      g.push(i);
    }
  });
  const newestFirst = (a: number, b: number) =>
    all[b]!.date.localeCompare(all[a]!.date) || all[a]!.kind.localeCompare(all[b]!.kind) || all[a]!.id.localeCompare(all[b]!.id);
  // Each page's place in that order (the tie-break of `byRank`), so equal scores compare as integers.
  const order = new Int32Array(all.length);
  all
    .map((_, i) => i)
    .sort(newestFirst)
    .forEach((i, at) => (order[i] = at));
  for (const g of groups.values()) g.sort((a, b) => order[a]! - order[b]!);
  // Per-page scratch: which pages this call touched (by call number) and how many documents each shares.
  const stamp = new Int32Array(all.length);
  const sharedDocs = new Int32Array(all.length);
  let call = 0;

  return (page: RelatedFacts, opts: { limit?: number; exclude?: Iterable<string> } = {}): RelatedMatch[] => {
    const limit = opts.limit ?? RELATED_LIMIT;
    const skip = new Set(opts.exclude ?? []);
    skip.add(relatedKey(page));
    const sets = setsOf(page);
    const pageLine = line(page.unit);
    call++;
    const touched: number[] = [];
    const touch = (i: number) => {
      if (stamp[i] === call) return;
      stamp[i] = call;
      sharedDocs[i] = 0;
      touched.push(i);
    };
    for (const d of page.documents) for (const i of byDocument.get(d) ?? []) (touch(i), sharedDocs[i]!++);
    byUnit.get(page.unit)?.forEach(touch);
    // Units above the page's unit (when the page's unit has a line), and units below it.
    if (pageLine.length) for (const u of pageLine) if (u !== page.unit) byUnit.get(u)?.forEach(touch);
    byAncestor.get(page.unit)?.forEach(touch);

    // The best `limit` so far, best first: thousands of pages can share a national document, so
    // most are turned away by two integer comparisons, with nothing allocated.
    const bestAt: number[] = [];
    const bestScore: number[] = [];
    const before = (i: number, score: number, k: number) =>
      score > bestScore[k]! || (score === bestScore[k]! && order[i]! < order[bestAt[k]!]!);
    const offer = (i: number, score: number) => {
      if (score <= 0) return;
      let at = bestAt.length;
      if (at === limit && !before(i, score, at - 1)) return;
      if (skip.has(keys[i]!)) return;
      while (at > 0 && before(i, score, at - 1)) at--;
      bestAt.splice(at, 0, i);
      bestScore.splice(at, 0, score);
      if (bestAt.length > limit) (bestAt.pop(), bestScore.pop());
    };
    const sharedFacts = (f: RelatedFacts) =>
      RELATED_WEIGHTS.indicator * count(f.indicators, sets.indicators) + RELATED_WEIGHTS.topic * count(f.topics, sets.topics);
    for (const i of touched) {
      const f = all[i]!;
      offer(i, RELATED_WEIGHTS.document * sharedDocs[i]! + unitScore(page, f, line, pageLine) + sharedFacts(f));
    }
    const shared = new Set<number[]>();
    for (const k of [...page.indicators.map((x) => `i:${x}`), ...page.topics.map((t) => `t:${t}`)])
      groupsOf.get(k)?.forEach((g) => shared.add(g));
    for (const g of shared) {
      let taken = 0;
      for (const i of g) {
        if (taken >= limit) break;
        if (stamp[i] === call || skip.has(keys[i]!)) continue;
        stamp[i] = call;
        offer(i, sharedFacts(all[i]!));
        taken++;
      }
    }
    return bestAt.map((i) => scoreRelated(page, all[i]!, line, sets));
  };
}

/** The locality part of `scoreRelated`: same unit, or one contains the other. */
function unitScore(page: RelatedFacts, other: RelatedFacts, line: (unit: string) => string[], a = line(page.unit)): number {
  if (page.unit === other.unit) return RELATED_WEIGHTS.unit;
  const b = line(other.unit);
  return (a.includes(other.unit) && b.length > 0) || (b.includes(page.unit) && a.length > 0) ? RELATED_WEIGHTS['unit-line'] : 0;
}

/** `conference:so-ket-…` / `document:34-kl-tw-2018`: one key space for both collections. */
function relatedKey(f: { kind: RelatedKind; id: string }): string {
  return `${f.kind}:${f.id}`;
}

/** The slice of the site's derived data that related reading reads (see src/site/model/query.ts). */
export interface RelatedSource {
  documents: {
    id: string;
    data: { issued?: string; unit: string; implements?: string[]; supersedes?: string[]; tags?: string[]; cites?: string[] };
  }[];
  conferences: { id: string; data: { held?: string; published?: string; unit: string; documents?: string[]; cites?: string[] } }[];
  figures: { conference: string; indicator: string; indicatorData: { topic: string } }[];
  units: readonly { id: string; level: string; parent?: string }[];
  ancestors(unitId: string): { id: string; level: string }[];
}

export interface RelatedIndex {
  facts: RelatedFacts[];
  /**
   * Each unit with its parent and level, which `line` follows: with `facts`, all that ranking
   * reads of the site. A page's related reading is rendered again when these change, or when an
   * item it lists does (src/site/model/reads.ts digests this index as data: not its functions).
   */
  tree: [string, string, string][];
  line: (unit: string) => string[];
  find: ReturnType<typeof createRelatedFinder>;
}

const memo = new WeakMap<RelatedSource, RelatedIndex>();

/** Every page's facts, derived once per build from the site's data (the site model's `related()`). */
export function relatedIndex(s: RelatedSource): RelatedIndex {
  let index = memo.get(s);
  if (!index) memo.set(s, (index = deriveRelated(s)));
  return index;
}

function deriveRelated(s: RelatedSource): RelatedIndex {
  const mentions = (e: { data: { cites?: string[] } }) => e.data.cites ?? [];
  const figuresBy = new Map<string, { indicator: string; topic: string }[]>();
  for (const f of s.figures)
    figuresBy.set(f.conference, [...(figuresBy.get(f.conference) ?? []), { indicator: f.indicator, topic: f.indicatorData.topic }]);
  const conferences: RelatedFacts[] = s.conferences.map((c) => {
    const figs = figuresBy.get(c.id) ?? [];
    return {
      kind: 'conference',
      id: c.id,
      date: reportDate(c.data) ?? '',
      unit: c.data.unit,
      documents: uniq([...(c.data.documents ?? []), ...mentions(c)]),
      indicators: uniq(figs.map((f) => f.indicator)),
      topics: uniq(figs.map((f) => f.topic)),
    };
  });
  // A document has no figures of its own: it takes those of the reports that review it.
  const reviewedBy = new Map<string, RelatedFacts[]>();
  for (const c of conferences) for (const d of c.documents) reviewedBy.set(d, [...(reviewedBy.get(d) ?? []), c]);
  const documents: RelatedFacts[] = s.documents.map((d) => ({
    kind: 'document',
    id: d.id,
    date: d.data.issued ?? '',
    unit: d.data.unit,
    documents: uniq([d.id, ...(d.data.implements ?? []), ...(d.data.supersedes ?? []), ...mentions(d)]),
    indicators: uniq((reviewedBy.get(d.id) ?? []).flatMap((c) => c.indicators)),
    topics: uniq([...(d.data.tags ?? []), ...(reviewedBy.get(d.id) ?? []).flatMap((c) => c.topics)]),
  }));
  const lines = new Map<string, string[]>();
  const line = (unit: string) => {
    let l = lines.get(unit);
    if (!l)
      lines.set(
        unit,
        (l = s
          .ancestors(unit)
          .filter((u) => u.level !== 'quoc-gia')
          .map((u) => u.id)),
      );
    return l;
  };
  const facts = [...conferences, ...documents];
  const tree = s.units.map((u): [string, string, string] => [u.id, u.parent ?? '', u.level]);
  return { facts, tree, line, find: createRelatedFinder(facts, line) };
}

function uniq(xs: string[]): string[] {
  return [...new Set(xs)].sort();
}
