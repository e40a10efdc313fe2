/**
 * Text normalisation shared by the document-number parser and the mention finder.
 * Every replacement here is one UTF-16 unit for one, so offsets survive it.
 */
import { foldDiacritics } from '../core/fold.ts';

/** Look-alikes people type for Đ/đ and for the hyphen or slash inside a number. */
const LOOKALIKES: Record<string, string> = {
  '\u00D0': 'Đ', // Ð Icelandic eth, typed for Đ on some keyboards
  '\u0189': 'Đ', // Ɖ African D
  '\u00F0': 'đ', // ð
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
  '\uFF0F': '/',
  '\u2215': '/',
  '\u00A0': ' ',
  '\u202F': ' ',
  '\u2009': ' ',
};
const LOOKALIKE_RE = /[\u00D0\u0189\u00F0\u2010-\u2015\u2212\uFF0F\u2215\u00A0\u202F\u2009]/g;

const HAS_LOOKALIKE = new RegExp(LOOKALIKE_RE.source);

function replaceLookalikes(s: string): string {
  return s.replace(LOOKALIKE_RE, (c) => LOOKALIKES[c] ?? c);
}

/** NFC plus look-alike replacement: the form every parser in this folder reads. */
export function prep(s: string): string {
  return replaceLookalikes(s.normalize('NFC'));
}

/** Lowercase ASCII fold: diacritics removed, đ → d. For keys and search tokens. */
export function fold(s: string): string {
  return foldDiacritics(prep(s));
}

export interface MappedText {
  /** The prepared (NFC, look-alikes replaced) text. */
  text: string;
  /** `map[i]` is the offset in the original text of prepared offset `i`; `map[text.length]` is its length. */
  map: number[];
}

/**
 * Prepares `text` and keeps a map back to the original offsets, so mentions found in NFD input
 * still point at the right characters. Composition never crosses a base letter in Vietnamese, so
 * each base letter with its combining marks is normalised on its own.
 */
export function prepWithMap(text: string): MappedText {
  // Most text is already NFC without look-alikes: then nothing moves and the map is the identity.
  if (!HAS_LOOKALIKE.test(text) && text.normalize('NFC') === text) {
    const map = new Array<number>(text.length + 1);
    for (let k = 0; k <= text.length; k++) map[k] = k;
    return { text, map };
  }
  const out: string[] = [];
  const map: number[] = [];
  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i) ?? 0;
    let j = i + (cp > 0xffff ? 2 : 1);
    while (j < text.length && /\p{M}/u.test(text[j] ?? '')) j++;
    const chunk = replaceLookalikes(text.slice(i, j).normalize('NFC'));
    for (let k = 0; k < chunk.length; k++) map.push(i);
    out.push(chunk);
    i = j;
  }
  map.push(text.length);
  return { text: out.join(''), map };
}

const VARIANTS: Record<string, string> = {
  a: 'aàáảãạăằắẳẵặâầấẩẫậ',
  e: 'eèéẻẽẹêềếểễệ',
  i: 'iìíỉĩị',
  o: 'oòóỏõọôồốổỗộơờớởỡợ',
  u: 'uùúủũụưừứửữự',
  y: 'yỳýỷỹỵ',
  d: 'dđ',
};

/**
 * A regex source matching an ASCII phrase written with any Vietnamese diacritics or none
 * ("ket luan" matches "Kết luận", "KET LUAN", "kết luan"). Use with the `iu` flags.
 */
export function vnPattern(ascii: string): string {
  let out = '';
  for (const ch of ascii) {
    if (ch === ' ') out += '\\s+';
    else if (VARIANTS[ch]) out += `[${VARIANTS[ch]}]`;
    else out += ch;
  }
  return out;
}
