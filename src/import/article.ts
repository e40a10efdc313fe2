/**
 * From a capture's blocks to an article: the portal's chrome dropped, the headline, the
 * dateline (publication date), the lead, the images with their captions and credits, the author
 * signing at the end, and the body in reading order.
 */
import { datelineDate } from '../extract/dates.ts';
import { foldKeep } from '../extract/scan.ts';
import { cleanText, type Block } from './blocks.ts';
import { fieldOf, isChrome, isEndMarker } from './chrome.ts';

export interface ImportedImage {
  /** The file name in the capture (empty when a text capture only kept the caption). */
  src: string;
  alt: string;
  caption?: string;
  credit?: string;
}

export interface Article {
  /** The source's headline; undefined when it has none (never the lead in its place). */
  title?: string;
  /** The dateline: when the portal published it. */
  published?: string;
  lead: string;
  body: Block[];
  images: ImportedImage[];
  author?: string;
  publisher?: string;
}

const CREDIT_END = /\s*[([]\s*((?:Ảnh|Ảnh minh họa|Ảnh tư liệu|Ảnh minh hoạ|Nguồn ảnh)\s*:[^)\]]+)[)\]]\s*\.?$/iu;
const CREDIT_ALONE = /^(?:Ảnh|Ảnh minh họa|Ảnh tư liệu|Nguồn ảnh)\s*:\s*(.+)$/iu;

function captionOf(text: string): { caption?: string; credit: string } | undefined {
  if (text.split(/\s+/).length > 45) return undefined;
  const alone = CREDIT_ALONE.exec(text);
  if (alone) return { credit: text.replace(/\.$/, '') };
  const end = CREDIT_END.exec(text);
  if (!end) return undefined;
  const caption = text
    .slice(0, end.index)
    .replace(/[\s.:–-]+$/, '')
    .trim();
  return caption ? { caption, credit: end[1]!.trim() } : { credit: end[1]!.trim() };
}

/** A short signature line: a name (capitalised words), perhaps with a title ("ThS", "Trưởng Khoa …"). */
function isSignature(text: string): boolean {
  const words = text.replace(/[.,]$/, '').split(/\s+/);
  return (
    words.length <= 9 &&
    !/\d/.test(text) &&
    !/[;:!?]/.test(text) &&
    words.filter((w) => /^\p{Lu}/u.test(w)).length >= Math.ceil(words.length / 2)
  );
}

/** A newspaper's lead opens with its name in brackets: `(Báo Ấp Bắc) - Thời gian qua, …`. */
const PUBLISHER_BRACKET =
  /^\s*[(\[]\s*((?:Báo|Tạp chí|Đài|TTXVN|Cổng|Trang|Tin|Thông tấn|Phát thanh)[^()\[\]]{1,80}|[^()\[\]\d]{2,40})\s*[)\]]\s*[-–—:]\s*/u;

/** A portal's own name ("Cổng thông tin điện tử tỉnh …", the page's site name) is not a headline. */
function isPortalName(text: string, siteName?: string): boolean {
  const k = foldKeep(text);
  if (siteName && k === foldKeep(siteName)) return true;
  return (
    /^(?:cong thong tin(?: dien tu)?|trang thong tin(?: dien tu)?|trang tin(?: dien tu)?|website|bao dien tu|cong tttdt)\b/.test(k) &&
    text.length <= 120
  );
}

/**
 * The headline of a source that marks none: a short line before the lead. The lead itself (a line
 * that opens with the publisher's bracket, a long line, a sentence of many words ending in a full
 * stop) ends the search: what comes after is body, never a headline.
 */
function headlineBeforeLead(blocks: Block[], siteName?: string): { headline?: Block; above: Block[] } {
  const above: Block[] = [];
  const none = { above };
  for (const b of blocks.slice(0, 6)) {
    if (b.kind === 'table' || b.kind === 'image' || b.kind === 'caption' || b.kind === 'item') return none;
    if (PUBLISHER_BRACKET.test(b.text) || b.text.length > 250) return none;
    // A sentence of many words, or one that opens on the event's day ("Sáng ngày 14/3/2019, …"), is the lead.
    if (/[.:;]$/.test(b.text) && b.text.split(/\s+/).length > 40) return none;
    if (
      /^(?:Sáng|Chiều|Tối|Trưa|Ngày|Hôm|Vào ngày|Trong (?:hai|các) ngày)\s+(?:nay|qua|\d)/u.test(b.text) ||
      /^(?:Sáng|Chiều|Tối|Trưa)\s+ngày/u.test(b.text)
    )
      return none;
    // A portal's name, or its slogan standing alone in quotation marks, sits above the headline.
    if (isPortalName(b.text, siteName) || /^["“„«].*["”»]$/u.test(b.text)) {
      above.push(b);
      continue;
    }
    return { headline: b, above };
  }
  return none;
}

const ASCII_SEP = /\s+[-|–—:]\s+[^-|–—:]+$/;

export function assemble(input: Block[], hints: { title?: string; siteName?: string } = {}): Article {
  const fields: Record<string, string> = {};
  let blocks: Block[] = [];
  for (const b of input) {
    const text = cleanText(b.text);
    if (b.kind === 'para' || b.kind === 'heading') {
      const f = fieldOf(text);
      if (f) {
        const [name, value] = f;
        if (name === 'body') {
          if (value) blocks.push({ kind: 'para', text: value });
        } else if (name !== 'ignore' && value) fields[name] ??= value;
        continue;
      }
    }
    blocks.push(b.kind === 'table' || b.kind === 'image' ? b : { ...b, text });
  }

  // Other news and comments come after the article; a marker before any text is a sidebar.
  let substantive = 0;
  const cut = blocks.findIndex((b) => {
    if (b.kind === 'para' && b.text.length > 120) substantive++;
    return substantive >= 1 && b.kind !== 'table' && b.kind !== 'image' && isEndMarker(b.text);
  });
  if (cut >= 0) blocks = blocks.slice(0, cut);
  blocks = blocks.filter((b) => b.kind === 'table' || b.kind === 'image' || (!isChrome(b.text) && !isEndMarker(b.text)));

  let published = fields.published ? datelineDate(fields.published) : undefined;
  const head = blocks.slice(0, 8);
  const dateline = head.find((b) => b.kind !== 'table' && b.kind !== 'image' && datelineDate(b.text));
  if (dateline) {
    published ??= datelineDate(dateline.text);
    blocks = blocks.filter((b) => b !== dateline);
  }

  let title: string | undefined = fields.title;
  if (!title) {
    const fromHint = hints.title?.replace(ASCII_SEP, '').trim();
    const hint = fromHint && !isPortalName(fromHint, hints.siteName) ? fromHint : undefined;
    const h1 = blocks.find((b) => b.kind === 'heading' && b.level === 1 && !isPortalName(b.text, hints.siteName));
    const byHint = hint ? blocks.find((b) => b.kind !== 'table' && b.kind !== 'image' && foldKeep(b.text) === foldKeep(hint)) : undefined;
    // A headline guessed from the text is taken only if some text stays for the body.
    const guessed = h1 || byHint ? undefined : headlineBeforeLead(blocks, hints.siteName);
    const found =
      guessed?.headline &&
      blocks.some(
        (b) => b !== guessed.headline && !guessed.above.includes(b) && (b.kind === 'para' || b.kind === 'item' || b.kind === 'table'),
      )
        ? guessed
        : undefined;
    const chosen = h1 ?? byHint ?? found?.headline;
    title = chosen?.text ?? hint;
    // What stood above a headline found this way (a slogan in quotes, the portal's name) is the page's, not the article's.
    const above = new Set(found?.headline ? found.above : []);
    if (chosen) blocks = blocks.filter((b) => b !== chosen && !above.has(b));
  }
  // A portal's name standing alone as a heading is furniture, not the article's.
  blocks = blocks.filter((b) => !(b.kind === 'heading' && isPortalName(b.text, hints.siteName)));

  const images: ImportedImage[] = [];
  const body: Block[] = [];
  for (const b of blocks) {
    if (b.kind === 'image') {
      images.push({ src: b.src, alt: b.text });
      continue;
    }
    if (b.kind !== 'table') {
      const c =
        b.kind === 'caption'
          ? {
              caption: b.text
                .replace(CREDIT_END, '')
                .replace(/[\s.]+$/, '')
                .trim(),
              credit: CREDIT_END.exec(b.text)?.[1],
            }
          : captionOf(b.text);
      if (c) {
        const open = images.findLast((i) => i.caption === undefined && i.credit === undefined);
        const img = open ?? { src: '', alt: '' };
        if (c.caption) img.caption = c.caption;
        if (c.credit) img.credit = c.credit;
        if (!open) images.push(img);
        continue;
      }
    }
    body.push(b);
  }

  // The signature: one or two short lines of name and title at the very end.
  const signature: string[] = [];
  while (signature.length < 2 && body.length > 1) {
    const last = body.at(-1)!;
    if (last.kind !== 'para' || !isSignature(last.text)) break;
    signature.unshift(last.text.replace(/[.,]$/, ''));
    body.pop();
  }

  const lead = body.find((b) => b.kind === 'para')?.text ?? '';
  const article: Article = { lead, body, images };
  if (title) article.title = title;
  if (published) article.published = published;
  const author = fields.author ?? (signature.length ? signature.join(', ') : undefined);
  if (author) article.author = author;
  const publisher = fields.publisher ?? PUBLISHER_BRACKET.exec(lead)?.[1]?.trim() ?? hints.siteName;
  if (publisher) article.publisher = publisher;
  return article;
}
