/**
 * Vietnamese spelling variants that the search index must treat as one word. Pure functions,
 * shared by the indexer (build time) and the search page (browser), so both sides agree.
 *
 * Pagefind already ignores tone marks when matching, but it keeps đ apart from d and has no
 * idea that tỷ and tỉ are the same word; those are what the alias field and the query rewrite fix.
 */
import { foldD, unifyD } from '../core/fold.ts';

/** The five tone marks as combining characters (NFD). */
const TONE = '[\u0300\u0301\u0303\u0309\u0323]';

/**
 * Old-style tone placement on an open oa/oe/uy ending (hoà, khoẻ, thuỷ) moved to the first
 * vowel (hòa, khỏe, thủy). `qu` is a consonant, so quý keeps its tone on y.
 */
const OLD_TONE_RE = new RegExp(`^(.*?)(?:(o)([ae])|((?:^|[^q])u)(y))(${TONE})$`, 'u');

/** kỹ/kĩ, lý/lí, tỷ/tỉ, mỹ/mĩ, sỹ/sĩ, hy/hi: one spelling, with i. */
const FINAL_Y_RE = new RegExp(`^([hklmst])y(${TONE}?)$`, 'u');

/** NFC, look-alikes of Đ (Ð eth, Ɖ), lowercase. */
export function prepText(s: string): string {
  return unifyD(s.normalize('NFC')).toLowerCase();
}

/**
 * The canonical spelling of one lowercase word: new tone placement, i for final y.
 * `canonicalWord('hoà')` → `'hòa'`, `canonicalWord('tỷ')` → `'tỉ'`, `canonicalWord('quý')` → `'quý'`.
 */
export function canonicalWord(word: string): string {
  let d = word.normalize('NFD');
  const t = OLD_TONE_RE.exec(d);
  if (t) {
    const [, pre, o, ae, u, y, tone] = t;
    d = o ? `${pre}${o}${tone}${ae}` : `${pre}${u}${tone}${y}`;
  }
  d = d.replace(FINAL_Y_RE, '$1i$2');
  return d.normalize('NFC');
}

/** Splits text into words: letters with their marks, and digits. */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
}

/** `dFold('đảng')` → `'dảng'`: only đ changes; Pagefind ignores the tone marks itself. */
export function dFold(word: string): string {
  return foldD(word);
}
