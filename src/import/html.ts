/**
 * A saved web page (or the HTML mammoth makes of a Word file) as a list of blocks: headings,
 * paragraphs, list items, tables and images. Script, style, navigation, forms and the parts of
 * the page whose class or id names site furniture (menus, ribbons, share buttons, related news)
 * are left out here; the text-level chrome is dropped later (chrome.ts).
 */
import { decodeEntities } from './entities.ts';
import type { Block } from './blocks.ts';

interface El {
  tag: string;
  attrs: Record<string, string>;
  children: (El | string)[];
}

const VOID = new Set(['br', 'img', 'hr', 'meta', 'link', 'input', 'source', 'col', 'wbr', 'area', 'base']);
const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'nav',
  'header',
  'footer',
  'aside',
  'form',
  'button',
  'select',
  'svg',
  'iframe',
  'template',
  'head',
  'textarea',
  'menu',
]);
const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'li',
  'blockquote',
  'figure',
  'figcaption',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'tr',
  'table',
  'ul',
  'ol',
  'dd',
  'dt',
  'center',
  'body',
  'span.block',
]);
/** Class or id tokens of site furniture. */
const FURNITURE =
  /^(?:s4-.*|ms-cui.*|ms-(?:breadcrumb|navedit|quicklaunch|sitemap).*|.*menu.*|.*navbar.*|nav|navigation|breadcrumbs?|sidebar|side-bar|footer|site-header|top-bar|share.*|social.*|comments?|comment-.*|related.*|tin-?lien-?quan|tin-?khac|doc-?nhieu|most-?read|search.*|tim-?kiem.*|banner|ads?|quang-?cao|toolbar|tags?|pager|pagination|print|rating|view-?count|luot-?xem)$/i;
/** Elements whose content is text up to their closing tag (`noscript` as a browser with scripts reads it). */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript', 'iframe', 'noembed', 'noframes']);
const IMPLIED_END: Record<string, string[]> = { p: ['p'], li: ['li'], tr: ['tr'], td: ['td', 'th'], th: ['td', 'th'] };

function parseAttrs(s: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of s.matchAll(/([^\s=/"'>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g))
    attrs[m[1]!.toLowerCase()] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  return attrs;
}

/** A forgiving tree: unknown closing tags are ignored, unclosed ones closed by their parent. */
function parseHtml(html: string): El {
  const root: El = { tag: 'root', attrs: {}, children: [] };
  const stack: El[] = [root];
  const re = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<![^>]*>|<(\/?)([a-zA-Z][\w:-]*)((?:"[^"]*"|'[^']*'|[^'">])*)>|([^<]+|<)/g;
  // exec, not matchAll: matchAll iterates a copy of the regex, so moving `lastIndex` past a
  // raw-text element's content would never take effect.
  for (let m = re.exec(html); m; m = re.exec(html)) {
    const [, close, rawTag, attrs, text] = m;
    const top = stack.at(-1)!;
    if (text !== undefined) {
      top.children.push(text);
      continue;
    }
    if (!rawTag) continue;
    const tag = rawTag.toLowerCase();
    if (close) {
      const at = stack.findLastIndex((e) => e.tag === tag);
      if (at > 0) stack.length = at;
      continue;
    }
    const implied = IMPLIED_END[tag];
    if (implied && implied.includes(top.tag)) stack.pop();
    const el: El = { tag, attrs: parseAttrs(attrs ?? ''), children: [] };
    stack.at(-1)!.children.push(el);
    if (VOID.has(tag) || /\/\s*$/.test(attrs ?? '')) continue;
    // Raw-text elements: everything up to their closing tag is text, not markup.
    // Their element stays (empty) so that SKIP drops it; the text inside is never read.
    if (RAW_TEXT.has(tag)) {
      const endAt = indexOfClose(html, tag, m.index + m[0].length);
      const end = endAt < 0 ? html.length : endAt;
      if (tag === 'title') el.children.push(html.slice(m.index + m[0].length, end));
      re.lastIndex = end;
      continue;
    }
    stack.push(el);
  }
  return root;
}

/** Where `</tag` starts after `from`, case-insensitively, without lower-casing the whole page. */
function indexOfClose(html: string, tag: string, from: number): number {
  const re = new RegExp(`</${tag}(?=[\\s/>])`, 'gi');
  re.lastIndex = from;
  return re.exec(html)?.index ?? -1;
}

function isFurniture(el: El): boolean {
  if (SKIP.has(el.tag)) return true;
  const tokens = `${el.attrs.class ?? ''} ${el.attrs.id ?? ''}`.split(/\s+/).filter(Boolean);
  return tokens.some((t) => FURNITURE.test(t)) || el.attrs.role === 'navigation' || el.attrs['aria-hidden'] === 'true';
}

const inline = (s: string) => s.replace(/[ \t\r\n\u00A0]+/g, ' ');

/** The page's blocks, in reading order. */
export function htmlBlocks(html: string): { blocks: Block[]; title?: string; siteName?: string } {
  const root = parseHtml(html);
  const blocks: Block[] = [];
  let line = '';
  let heading = 0;
  let list = false;
  const flush = () => {
    const text = line.replace(/\s+/g, ' ').trim();
    if (text) blocks.push(heading ? { kind: 'heading', text, level: heading } : { kind: list ? 'item' : 'para', text });
    line = '';
  };
  let title: string | undefined;
  let siteName: string | undefined;
  const findHead = (el: El) => {
    for (const c of el.children) {
      if (typeof c === 'string') continue;
      if (c.tag === 'title' && !title) title = decodeEntities(c.children.filter((x) => typeof x === 'string').join('')).trim();
      if (c.tag === 'meta' && /og:site_name/i.test(c.attrs.property ?? '')) siteName = c.attrs.content;
      if (c.tag === 'meta' && /og:title/i.test(c.attrs.property ?? '')) title = c.attrs.content ?? title;
      findHead(c);
    }
  };
  findHead(root);

  const walk = (el: El) => {
    if (el.tag !== 'root' && isFurniture(el)) return;
    if (el.tag === 'table') {
      flush();
      const rows: string[][] = [];
      const collect = (e: El) => {
        for (const c of e.children) {
          if (typeof c === 'string') continue;
          if (c.tag === 'tr')
            rows.push(
              c.children.filter((x): x is El => typeof x !== 'string' && (x.tag === 'td' || x.tag === 'th')).map((td) => textOf(td)),
            );
          else if (c.tag !== 'table') collect(c);
        }
      };
      collect(el);
      if (rows.length) blocks.push({ kind: 'table', text: '', rows });
      return;
    }
    if (el.tag === 'img') {
      flush();
      blocks.push({ kind: 'image', text: el.attrs.alt?.trim() ?? '', src: el.attrs.src ?? '' });
      return;
    }
    if (el.tag === 'br') {
      flush();
      return;
    }
    const block = BLOCK.has(el.tag) || /^h[1-6]$/.test(el.tag) || el.tag === 'td' || el.tag === 'th';
    if (block) flush();
    const prevHeading = heading;
    const prevList = list;
    if (/^h[1-6]$/.test(el.tag)) heading = Number(el.tag[1]);
    if (el.tag === 'li') list = true;
    if (el.tag === 'figcaption') blocks.push({ kind: 'caption', text: '' });
    for (const c of el.children) {
      if (typeof c === 'string') line += inline(decodeEntities(c));
      else walk(c);
    }
    if (el.tag === 'figcaption') {
      const placeholder = blocks.findLastIndex((b) => b.kind === 'caption' && b.text === '');
      const text = line.replace(/\s+/g, ' ').trim();
      line = '';
      if (placeholder >= 0) blocks[placeholder] = { kind: 'caption', text };
      return;
    }
    if (block) flush();
    heading = prevHeading;
    list = prevList;
  };
  walk(root);
  flush();
  return { blocks: blocks.filter((b) => b.kind !== 'caption' || b.text), title, siteName };
}

function textOf(el: El): string {
  let out = '';
  for (const c of el.children) out += typeof c === 'string' ? inline(decodeEntities(c)) : c.tag === 'br' ? ' ' : textOf(c);
  return out.replace(/\s+/g, ' ').trim();
}
