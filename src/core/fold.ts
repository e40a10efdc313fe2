/**
 * The one fold of Vietnamese text to plain letters, for slugs, document-number keys and search.
 * Every replacement here is one UTF-16 unit for one, so offsets into the text survive it.
 */

/** Look-alikes people type for Đ/đ: Ð (Icelandic eth, on some keyboards), Ɖ (African D), ð. */
const D_LOOKALIKE_RE = /[\u00D0\u0189\u00F0]/g;

/** Ð, Ɖ → Đ and ð → đ, nothing else. */
export function unifyD(s: string): string {
  return s.replace(D_LOOKALIKE_RE, (c) => (c === '\u00F0' ? 'đ' : 'Đ'));
}

/** Only đ → d (and Đ → D): what a search index that already ignores tone marks still needs. */
export function foldD(s: string): string {
  return s.replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/** Lowercase ASCII letters: every diacritic removed, đ (and its look-alikes) → d. `Đảng ủy` → `dang uy`. */
export function foldDiacritics(s: string): string {
  return foldD(unifyD(s.normalize('NFC')))
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();
}
