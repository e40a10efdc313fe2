/**
 * The one list of characters no published text may hold: controls, invisible and bidi
 * characters, lone surrogates and noncharacters. The content check (src/corpus/text.ts) and
 * the built-site text gate (scripts/gates/text.ts) both read it, so what the check lets through
 * the gate never has to catch, and the other way round. Imports nothing of the project.
 */

/** Where tab and line breaks are part of the format (a paragraph, a quoted CSV cell). */
export interface ForbiddenOptions {
  /** Allow U+0009 tab, U+000A line feed and a CR directly before a line feed. */
  allowLayout?: boolean;
  /** Allow U+FEFF at offset 0 (a byte-order mark opening a file). */
  allowLeadingBom?: boolean;
}

/**
 * Ranges of forbidden code points, inclusive. C0 and C1 controls; U+00AD soft hyphen; U+034F
 * combining grapheme joiner; U+061C Arabic letter mark; U+115F, U+1160, U+3164, U+FFA0 Hangul
 * fillers; U+17B4, U+17B5 Khmer inherent vowels; U+180E Mongolian vowel separator;
 * U+200B–U+200F zero-width and direction marks; U+202A–U+202E bidi embeddings and overrides;
 * U+2060–U+2064 word joiner and invisible operators; U+2066–U+2069 bidi isolates;
 * U+FE00–U+FE0F variation selectors; U+FEFF byte-order mark; U+E0000–U+E007F tags.
 * Lone surrogates and noncharacters are found by `forbiddenAt` itself.
 */
const FORBIDDEN_RANGES: readonly (readonly [number, number])[] = [
  [0x00, 0x1f],
  [0x7f, 0x9f],
  [0xad, 0xad],
  [0x34f, 0x34f],
  [0x61c, 0x61c],
  [0x115f, 0x1160],
  [0x17b4, 0x17b5],
  [0x180e, 0x180e],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x2064],
  [0x2066, 0x2069],
  [0x3164, 0x3164],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
  [0xffa0, 0xffa0],
  [0xe0000, 0xe007f],
];

const NAMES: Record<number, string> = {
  0x09: 'tab',
  0x0a: 'xuống dòng / line feed',
  0x0b: 'tab dọc / vertical tab',
  0x0d: 'về đầu dòng / carriage return',
  0xad: 'gạch nối mềm / soft hyphen',
  0x200b: 'khoảng trắng độ rộng 0 / zero-width space',
  0x200c: 'zero-width non-joiner',
  0x200d: 'zero-width joiner',
  0x200e: 'left-to-right mark',
  0x200f: 'right-to-left mark',
  0x202e: 'right-to-left override',
  0xfeff: 'BOM giữa văn bản / byte-order mark inside the text',
};

/**
 * A quick filter: text without any of these code units holds nothing forbidden. Written out
 * from the list above (plus surrogates and the noncharacters of the BMP).
 */
// The class lists invisible and combining code units one by one, on purpose.
const SUSPECT =
  // eslint-disable-next-line no-misleading-character-class
  /[\x00-\x1f\x7f-\x9f\xad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\u3164\ufdd0-\ufdef\ufe00-\ufe0f\ufeff\uffa0\ufffe\uffff\ud800-\udfff]/;

function inRanges(cp: number): boolean {
  for (const [lo, hi] of FORBIDDEN_RANGES) if (cp >= lo && cp <= hi) return true;
  return false;
}

/** U+FDD0–U+FDEF and the last two code points of every plane. */
function isNoncharacter(cp: number): boolean {
  return (cp >= 0xfdd0 && cp <= 0xfdef) || (cp & 0xfffe) === 0xfffe;
}

export interface ForbiddenChar {
  /** UTF-16 offset in the text. */
  index: number;
  /** The code point (a lone surrogate's own value). */
  codePoint: number;
  /** `U+202E right-to-left override`, for messages. */
  name: string;
}

/** Every forbidden character of `text`, in order. */
export function findForbidden(text: string, opts: ForbiddenOptions = {}): ForbiddenChar[] {
  if (!SUSPECT.test(text)) return [];
  const out: ForbiddenChar[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let cp = c;
    let lone = false;
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
      else lone = true;
    } else if (c >= 0xdc00 && c <= 0xdfff) lone = true;
    const allowed =
      !lone &&
      ((opts.allowLayout && (cp === 0x09 || cp === 0x0a || (cp === 0x0d && text.charCodeAt(i + 1) === 0x0a))) ||
        (opts.allowLeadingBom && cp === 0xfeff && i === 0));
    if (!allowed && (lone || inRanges(cp) || isNoncharacter(cp))) out.push({ index: i, codePoint: cp, name: describeCodePoint(cp, lone) });
    if (cp > 0xffff) i++;
  }
  return out;
}

export function describeCodePoint(cp: number, lone = false): string {
  const hex = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  if (lone) return `${hex} nửa cặp thay thế đứng riêng / lone surrogate`;
  if (NAMES[cp]) return `${hex} ${NAMES[cp]}`;
  if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f)) return `${hex} ký tự điều khiển / control character`;
  if (isNoncharacter(cp)) return `${hex} mã không phải ký tự / noncharacter`;
  return hex;
}

/**
 * Shows text safely on one line of a log or a terminal: every control character (line breaks
 * included) and every other forbidden character becomes a visible `\n` or `\u{202E}` escape,
 * so a value can neither start a new line nor reorder the ones around it.
 */
export function escapeControls(text: string): string {
  if (!SUSPECT.test(text)) return text;
  let out = '';
  let last = 0;
  for (const f of findForbidden(text)) {
    out += text.slice(last, f.index);
    out +=
      f.codePoint === 0x0a
        ? '\\n'
        : f.codePoint === 0x0d
          ? '\\r'
          : f.codePoint === 0x09
            ? '\\t'
            : `\\u{${f.codePoint.toString(16).toUpperCase()}}`;
    last = f.index + (f.codePoint > 0xffff ? 2 : 1);
  }
  return out + text.slice(last);
}
