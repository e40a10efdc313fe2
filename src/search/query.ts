/**
 * What the reader typed → what is sent to Pagefind. Runs in the browser; must stay small.
 */
import { parseDocNumber } from '../docnumber/parse.ts';
import { fold } from '../docnumber/normalize.ts';
import { canonicalWord, prepText, words } from './normalize.ts';

/**
 * `rewriteQuery('Đảng uỷ')` → `'đảng ủy'`; `rewriteQuery('34 KL TW')` → `'34kltw'`; `''` for blank input.
 *
 * Only the canonical spelling is sent, never variants side by side: Pagefind requires every word
 * of the query, so `tỷ tỉ` would miss a page that has only one of them. The alias field carries
 * the canonical and the d-folded spellings, so a reader typing đ or d, old or new tone placement,
 * y or i meets the same token. đ itself stays: the page's own đ is the exact match and ranks first.
 */
export function rewriteQuery(input: string): string {
  const q = prepText(input).trim();
  if (!q) return '';
  const token = numberToken(q);
  if (token) return token;
  return words(q).map(canonicalWord).join(' ');
}

/**
 * The joined token of a number-shaped query: `34 KL TW` → `34kltw`, `kl 34` → `kl34`. The serial
 * keeps its printed zeros (`02-NQ/TU` → `02nqtu`), the very token Pagefind makes of the printed
 * number, so the document whose title carries it ranks first; `2-NQ/TU` meets the `2nqtu` alias.
 */
export function numberToken(query: string): string | null {
  const p = parseDocNumber(query);
  if (!p) return null;
  if (!p.complete) return `${fold(p.type)}${p.serial}`;
  return `${p.serial}${p.year ?? ''}${fold(p.type)}${fold(p.issuer).replace(/-/g, '')}`;
}
