/**
 * Ranking in tiers: what a reader typed decides which pages come first, whatever Pagefind's term
 * frequencies say. Pure functions, shared by the search page (src/search/ui.ts) and the relevance
 * tests, which run the same passes against a real index.
 *
 * Pagefind folds tone marks: `tính` also finds every `tỉnh` page, and a page saying `tỉnh` twenty
 * times outranks one saying `tính` once. A Vietnamese word typed with its marks means that word
 * (tính/tỉnh, bộ/bố, trí/trì, cấp/cập, dân/dẫn are different words), so the results are sorted by:
 *
 * 1. exact: the page holds every word typed with marks as that very word (after NFC, one tone
 *    placement, i for final y; the alias field carries the canonical spelling of the page's own
 *    words), a word typed without marks matching every spelling, as today;
 * 2. name: the page's own name (its heading) is what was typed;
 * 3. phrase: the words typed together stand together on the page;
 * 4. Pagefind's own order (its exact-diacritic search for a query typed wholly with marks, so a
 *    page saying `tính` three times comes before one saying it once among `tỉnh`; its folded
 *    order when a word has another spelling, see `hasOtherSpelling`).
 *
 * Each tier is one more search over chunks the first search already loaded: no byte more for the
 * reader, some time of WebAssembly (about twice the first search's, see the README's benchmark
 * section). Whole words come from quoted searches (Pagefind's
 * exact search looks a word up whole; unquoted, `bố` would also take `bốn`).
 */
import { foldDiacritics } from '../core/fold.ts';
import { canonicalWord, dFold, prepText, words } from './normalize.ts';
import { numberToken } from './query.ts';

/** One search to run: `term` as Pagefind takes it, with `exactDiacritics` on or off. */
export interface Pass {
  /** What the pass decides: see `rankTiers`. */
  key: 'all' | 'ordered' | 'phrase' | 'phrase-y' | 'name' | `word:${string}`;
  term: string;
  exact: boolean;
}

export interface QueryPlan {
  /** The query as sent for the results themselves (folded matching, every spelling). */
  term: string;
  /** Canonical words typed with marks (each must be on the page as such for the first tier). */
  marked: string[];
  /** Where the exact tier comes from: one search per marked word, or the exact-diacritic search. */
  exactFrom: 'words' | 'ordered' | 'none';
  passes: Pass[];
}

/** True when the word carries any mark Vietnamese writes: a tone, â ă ê ô ơ ư, or đ. */
export function isMarked(word: string): boolean {
  return foldDiacritics(word) !== word.normalize('NFC').toLowerCase();
}

/**
 * Whether pages may write the canonical word another way: hòa/hoà, thủy/thuỷ (a tone on the first
 * of oa, oe, uy that old spelling puts on the second), kĩ/kỹ, tỉ/tỷ (a final i after one consonant).
 * Pagefind's exact-diacritic search matches such pages only through the alias field, not their
 * text, so its order would put them last.
 */
export function hasOtherSpelling(word: string): boolean {
  const d = word.normalize('NFD');
  return (
    /(?:o[\u0300\u0301\u0303\u0309\u0323][ae]|(?:^|[^q])u[\u0300\u0301\u0303\u0309\u0323]y)$/u.test(d) ||
    /^[hklmst]i[\u0300\u0301\u0303\u0309\u0323]?$/u.test(d)
  );
}

/**
 * Whether no other syllable begins with this one: it ends in ch, nh, ng, m, p or t. Pagefind
 * matches a typed word as the beginning of a word (bố finds bốn); for a closed syllable that can
 * only be the word itself, so its exact-diacritic search needs no whole-word search beside it.
 */
export function isClosed(word: string): boolean {
  return /(?:ch|nh|ng|m|p|t)$/.test(foldDiacritics(word));
}

/** `tỉ` → `tỷ`, `kĩ` → `kỹ`: the other spelling of a final i after one consonant; the word itself otherwise. */
export function ySpelling(word: string): string {
  return word
    .normalize('NFD')
    .replace(/^([hklmst])i([\u0300\u0301\u0303\u0309\u0323]?)$/u, '$1y$2')
    .normalize('NFC');
}

/** Names longer than this are titles, not names: no joined token for them. */
const NAME_WORDS = 6;

/**
 * The name of a page as one token (`Phường An Hòa` → `phườnganhòa`), so a query that is the whole
 * name finds the page named so, not pages where the words only stand together. A qualifier in
 * parentheses or after a comma is not part of the name (`Huyện Ba Tri (đến 30/6/2025)`,
 * `Xã An Hòa, Tỉnh Nghệ An`). '' when the name is one word (the word itself does that) or longer
 * than a name.
 */
export function nameToken(name: string): string {
  const ws = words(prepText(name.split(',')[0]!.replace(/\s*\([^()]*\)\s*$/, ''))).map(canonicalWord);
  return ws.length >= 2 && ws.length <= NAME_WORDS ? ws.join('') : '';
}

/** The alias tokens of a page's name: the joined name and, when it has đ, its d spelling. */
export function nameAliases(name: string): string[] {
  const t = nameToken(name);
  if (!t) return [];
  const d = dFold(t);
  return d === t ? [t] : [t, d];
}

/**
 * The searches for what the reader typed, the first being the results themselves; null for a
 * blank query. A document number is one token, searched as such (its own tiers are its aliases).
 */
export function planQuery(input: string): QueryPlan | null {
  const q = prepText(input).trim();
  if (!q) return null;
  const token = numberToken(q);
  if (token) return { term: token, marked: [], exactFrom: 'none', passes: [{ key: 'all', term: token, exact: false }] };
  const ws = words(q).map(canonicalWord);
  if (!ws.length) return null;
  const term = ws.join(' ');
  const marked = [...new Set(ws.filter(isMarked))];
  // Pagefind's exact-diacritic order inside the exact tier, when every word is typed with marks
  // and written one way only.
  const ordered = marked.length > 0 && ws.every(isMarked) && !marked.some(hasOtherSpelling);
  // Its results are the exact tier when every word is closed (kiêm nhiệm, tỉnh): the searches
  // word by word cost most on words found on most pages, where Pagefind's whole-word search is slow.
  const exactFrom = !marked.length ? 'none' : ordered && marked.every(isClosed) ? 'ordered' : 'words';
  const passes: Pass[] = [{ key: 'all', term, exact: false }];
  if (ordered) passes.push({ key: 'ordered', term, exact: true });
  if (exactFrom === 'words') for (const w of marked) passes.push({ key: `word:${w}`, term: `"${w}"`, exact: true });
  // Folded: the exact tier already asks for the marks, and an exact phrase would miss a page
  // writing one of its words in another spelling (hoá for hóa), which only the alias field holds.
  if (ws.length >= 2) {
    passes.push({ key: 'phrase', term: `"${term}"`, exact: false });
    // The phrase as pages writing y spell it (tỷ lệ): folded, tone placement does not matter, but
    // y is not i, and the alias field holding tỉ does not stand next to lệ.
    const y = ws.map(ySpelling).join(' ');
    if (y !== term) passes.push({ key: 'phrase-y', term: `"${y}"`, exact: false });
    if (ws.length <= NAME_WORDS) passes.push({ key: 'name', term: `"${ws.join('')}"`, exact: false });
  }
  return { term, marked, exactFrom, passes };
}

/**
 * The results of the first pass (`all`), in tiers: `found` holds the ids each pass returned, in
 * Pagefind's order. Ids of other passes that `all` did not return are not added.
 */
export function rankTiers(plan: QueryPlan, found: ReadonlyMap<Pass['key'], readonly string[]>): string[] {
  const all = found.get('all') ?? [];
  let exact: Set<string> | undefined;
  if (plan.exactFrom === 'ordered') exact = new Set(found.get('ordered') ?? []);
  else if (plan.exactFrom === 'words') {
    for (const w of plan.marked) {
      const has = new Set(found.get(`word:${w}`) ?? []);
      exact = new Set([...(exact ?? has)].filter((id) => has.has(id)));
    }
  }
  const name = new Set(found.get('name') ?? []);
  const phrase = new Set([...(found.get('phrase') ?? []), ...(found.get('phrase-y') ?? [])]);
  const orderedList = found.get('ordered') ?? [];
  const ordered = new Map(orderedList.map((id, i) => [id, i]));
  const pos = new Map(all.map((id, i) => [id, i]));
  const key = (id: string): number[] => {
    const inExact = !exact || exact.has(id);
    return [
      inExact ? 0 : 1,
      name.has(id) ? 0 : 1,
      phrase.has(id) ? 0 : 1,
      // Pagefind's exact-diacritic order first within the exact tier, its folded order elsewhere.
      inExact && ordered.has(id) ? ordered.get(id)! : orderedList.length + pos.get(id)!,
    ];
  };
  const keys = new Map(all.map((id) => [id, key(id)]));
  return [...all].sort((a, b) => {
    const ka = keys.get(a)!;
    const kb = keys.get(b)!;
    for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i]! - kb[i]!;
    return 0;
  });
}
