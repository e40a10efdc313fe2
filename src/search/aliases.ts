/**
 * The sparse alias field of a page: only the spellings Pagefind cannot match on its own.
 * A full folded copy of the text doubles the index and shows up in excerpts; this adds a few
 * percent (measured in the search tests' report).
 */
import { findMentions } from '../docnumber/mentions.ts';
import { searchAliases } from '../docnumber/parse.ts';
import { canonicalWord, dFold, prepText, words } from './normalize.ts';
import { properName } from '../domain/unit-labels.ts';
import { nameAliases } from './tiers.ts';

/**
 * The alias of one word, or '' when Pagefind matches it as it is. Vietnamese has a few thousand
 * syllables, so thousands of pages ask about the same words: remember the answers (bounded, for
 * corpora full of numbers and names).
 */
const known = new Map<string, string>();
function wordAlias(w: string): string {
  let alias = known.get(w);
  if (alias === undefined) {
    const c = canonicalWord(w);
    alias = w.includes('đ') ? dFold(c) : c !== w ? c : '';
    if (known.size > 200_000) known.clear();
    known.set(w, alias);
  }
  return alias;
}

/** Alias tokens for the words of `text`: đ folded to d, canonical tone placement and i/y. */
export function wordAliases(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of new Set(words(prepText(text)))) {
    const alias = wordAlias(w);
    if (alias) out.add(alias);
  }
  return out;
}

/**
 * Joined tokens for the document numbers in `text` (`34-KL/TW` → `34kltw`, `kl34`, `34kl`), the
 * forms `rewriteQuery` turns a typed number into. Tokens with spaces or punctuation are left out:
 * Pagefind would split them into the short parts that make `34` hit `340`.
 */
export function numberAliases(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of findMentions(text)) {
    if (!m.parsed) continue;
    for (const a of searchAliases(m.parsed)) if (/^[a-z0-9]+$/.test(a)) out.add(a);
  }
  return out;
}

/**
 * Every alias of a page, sorted, for one `data-pagefind-meta` field. Number aliases come from the
 * heading only (a document page's own number): a report citing 34-KL/TW is still found by the
 * number as printed, which Pagefind indexes itself, but `kl 34` should lead to the document. The
 * heading, when it is a name (a few words), also gives its joined token (src/search/tiers.ts),
 * with and without a leading word for a unit's kind.
 */
export function pageAliases(text: string, heading = ''): string[] {
  const nfc = text.normalize('NFC');
  const h = heading.normalize('NFC');
  // A unit is also named without the word for its kind: `An Hòa` for Phường An Hòa.
  return [...new Set([...wordAliases(nfc), ...numberAliases(h), ...nameAliases(h), ...nameAliases(properName(h))])].sort();
}
