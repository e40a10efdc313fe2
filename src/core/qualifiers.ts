/**
 * How a source hedges a figure ("trên 5.120", "gần 80%", "ước 300"): the one list of qualifiers,
 * the words that print each, and the bound each one means. The schema of data/observations.csv,
 * the reading of `printed`, the figures read from an article's text, the arithmetic checks and
 * every page, chart, table and data file take them from here, so no two of them drift apart.
 *
 * Each word keeps its own meaning: "gần 80%" (nearly) is at most 80, never "khoảng 80%" (about).
 * A page shows the source's own word, taken from `printed`; the first word of a qualifier is
 * written only when `printed` gives none.
 *
 * "ngoài" is not a qualifier: "ngoài 5 xã" also reads "besides the 5 communes".
 */

/** The kinds of bound a source gives; empty (undefined) when the figure is exact. */
export type Qualifier = 'over' | 'under' | 'nearly' | 'about' | 'estimated' | 'at-least' | 'at-most';

/** The words that print each qualifier, as the reports write them; the first is the plain one. */
export const QUALIFIER_WORDS: Readonly<Record<Qualifier, readonly string[]>> = {
  over: ['trên', 'hơn'],
  under: ['dưới', 'chưa đến', 'chưa tới'],
  nearly: ['gần'],
  about: ['khoảng', 'xấp xỉ', 'chừng'],
  estimated: ['ước', 'ước tính'],
  'at-least': ['ít nhất', 'tối thiểu', 'không dưới'],
  'at-most': ['tối đa', 'không quá'],
};

/** The qualifiers, in the order the contract lists them. */
export const QUALIFIERS = Object.keys(QUALIFIER_WORDS) as [Qualifier, ...Qualifier[]];

/** What each qualifier means, in Vietnamese and English, for the editor's guide and the open data. */
export const QUALIFIER_MEANINGS: Readonly<Record<Qualifier, { vi: string; en: string }>> = {
  over: { vi: 'số thật lớn hơn số nêu', en: 'more than the number' },
  under: { vi: 'số thật nhỏ hơn số nêu', en: 'less than the number' },
  nearly: { vi: 'số thật nhỏ hơn nhưng sát số nêu', en: 'just under the number' },
  about: { vi: 'số xấp xỉ, có thể lớn hơn hoặc nhỏ hơn', en: 'about the number, either side' },
  estimated: { vi: 'số ước tính, chưa phải số đếm', en: 'an estimate, not a count' },
  'at-least': { vi: 'số thật bằng hoặc lớn hơn số nêu', en: 'the number or more' },
  'at-most': { vi: 'số thật bằng hoặc nhỏ hơn số nêu', en: 'the number or less' },
};

export function isQualifier(v: string): v is Qualifier {
  return Object.hasOwn(QUALIFIER_WORDS, v);
}

/** Every word with its qualifier, longest first: "ước tính" is read before "ước". */
const WORDS: readonly (readonly [string, Qualifier])[] = QUALIFIERS.flatMap((q) => QUALIFIER_WORDS[q].map((w) => [w, q] as const)).sort(
  (a, b) => b[0].length - a[0].length,
);

const ALTERNATION = WORDS.map(([w]) => w.replace(/ /g, '\\s+')).join('|');
const LEADING = new RegExp(`^(${ALTERNATION})\\s+`, 'iu');

/**
 * A qualifier word as it stands just before a number in running text ("… đạt gần 80%"): the
 * word and the spaces after it are group 1. For text read in a short window before the number.
 */
export const QUALIFIER_BEFORE = new RegExp(`(?:^|[^\\p{L}])((?:${ALTERNATION})\\s+)$`, 'iu');

/** The qualifier a figure's text starts with: "gần 80%" → nearly, "gần", and the rest "80%". */
export function leadingQualifier(text: string): { qualifier: Qualifier; word: string; rest: string } | undefined {
  const m = LEADING.exec(text);
  if (!m) return undefined;
  const word = m[1]!.toLowerCase().replace(/\s+/g, ' ');
  const found = WORDS.find(([w]) => w === word);
  if (!found) return undefined;
  return { qualifier: found[1], word, rest: text.slice(m[0].length) };
}

/**
 * The word a page writes before a figure: the source's own, from `printed`, when it prints one
 * of this qualifier's words ("hơn 300" stays "hơn"); else the qualifier's plain word.
 */
export function qualifierWord(qualifier: Qualifier, printed?: string): string {
  if (printed) {
    const lead = leadingQualifier(printed.trim().normalize('NFC'));
    if (lead && lead.qualifier === qualifier) return lead.word;
  }
  const word = QUALIFIER_WORDS[qualifier]?.[0];
  if (word === undefined) throw new TypeError(`qualifierWord: unknown qualifier ${String(qualifier)}`);
  return word;
}

/** How far an estimate ("khoảng", "ước") or a "gần" may lie from the number printed. */
const ESTIMATE_MARGIN = 0.1;

/**
 * The least and the most a qualified figure can be: "trên 5.120" is 5.120 to no limit; "gần
 * 80%" 72 to 80 (at most 80); "khoảng 80" and "ước 80" 72 to 88; "ít nhất 3" 3 or more; "tối
 * đa 3" 0 to 3. An exact figure is its value. Bounds are inclusive: the arithmetic asks only
 * whether figures can agree, never treats a bound as the value.
 */
export function qualifierBounds(qualifier: Qualifier | undefined, value: number): [low: number, high: number] {
  switch (qualifier) {
    case undefined:
      return [value, value];
    case 'over':
    case 'at-least':
      return [value, Infinity];
    case 'under':
    case 'at-most':
      return [0, value];
    case 'nearly':
      return [value * (1 - ESTIMATE_MARGIN), value];
    case 'about':
    case 'estimated':
      return [value * (1 - ESTIMATE_MARGIN), value * (1 + ESTIMATE_MARGIN)];
  }
}
