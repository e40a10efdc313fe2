/**
 * The common form every source is read into: blocks of text in reading order. A plain-text
 * capture has one block per non-empty line; a page or a Word file has its own structure.
 */
export type Block =
  | { kind: 'para' | 'item' | 'caption'; text: string }
  | { kind: 'heading'; text: string; level: number }
  | { kind: 'table'; text: string; rows: string[][] }
  | { kind: 'image'; text: string; src: string };

/** Characters that copying brings in and no article needs (invisible, bidi, soft hyphen). */
const JUNK = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u00AD]/g;

export function cleanText(s: string): string {
  return s
    .normalize('NFC')
    .replace(JUNK, '')
    .replace(/[\u00A0\t]/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** A text capture: each non-empty line a paragraph; "- " and "• " lines are list items. */
export function textBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  for (const raw of text.replace(/^\uFEFF/, '').split(/\r\n?|\n/)) {
    const line = cleanText(raw);
    if (!line) continue;
    const item = /^[-•*+]\s+(.*)$/u.exec(line);
    blocks.push(item ? { kind: 'item', text: item[1]! } : { kind: 'para', text: line });
  }
  return blocks;
}
