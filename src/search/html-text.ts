/**
 * The text Pagefind will index from a built page: inside `data-pagefind-body`, minus
 * `data-pagefind-ignore` elements, scripts and styles. A small tag scanner is enough: the HTML
 * is Astro's own output, well formed.
 */

/**
 * A fresh scanner of start tags, end tags and comments (each call its own `lastIndex`): groups are
 * `/` of an end tag, the name, the attributes, `/` of a self-closing tag.
 */
const tags = () => /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)([^>]*?)(\/?)>|<!--[\s\S]*?-->/g;
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return ENTITIES[e.toLowerCase()] ?? all;
  });
}

/** True when the page asks to be indexed (Base.astro omits the attribute on noindex pages). */
export function isSearchable(html: string): boolean {
  return /<[a-z]+[^>]*\sdata-pagefind-body[\s=>]/i.test(html);
}

/** Indexed text of the page: the body element's text without ignored parts; '' if not searchable. */
export function indexedText(html: string): string {
  const tag = tags();
  const out: string[] = [];
  let depth = 0; // element depth inside the body element; 0 = outside
  let ignoreAt = 0; // depth at which an ignored element opened; 0 = none
  let rawUntil = ''; // inside <script>/<style>: skip to its end tag
  let last = 0;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    const [all, close, nameRaw = '', attrs = '', selfClose] = m;
    const name = nameRaw.toLowerCase();
    if (depth > 0 && !ignoreAt && !rawUntil) out.push(html.slice(last, m.index));
    last = m.index + all.length;
    if (all.startsWith('<!--')) continue;
    if (rawUntil) {
      if (close && name === rawUntil) rawUntil = '';
      continue;
    }
    if (close) {
      if (depth > 0) {
        if (ignoreAt === depth) ignoreAt = 0;
        depth--;
      }
      out.push(' ');
      continue;
    }
    if (name === 'script' || name === 'style') {
      rawUntil = name;
      continue;
    }
    const isVoid = VOID.has(name) || selfClose === '/';
    if (depth === 0) {
      if (/\sdata-pagefind-body\b/.test(attrs) && !isVoid) depth = 1;
      continue;
    }
    if (isVoid) continue;
    depth++;
    if (!ignoreAt && /\sdata-pagefind-ignore\b/.test(attrs)) ignoreAt = depth;
    out.push(' ');
  }
  return decodeEntities(out.join('')).replace(/\s+/g, ' ').trim();
}

/**
 * What of a page Pagefind reads: the <html> tag (its lang), the <head> (title, meta) and the
 * `data-pagefind-body` element, in a bare <body>. Header, navigation, footer and anything else
 * outside that element are dropped before the page goes to Pagefind: they are never indexed, but
 * Pagefind would parse them (a sixth of the bytes of a page). The page unchanged when it has no
 * such element or its structure is not found.
 */
export function searchedPart(html: string): string {
  const htmlTag = /<html\b[^>]*>/i.exec(html);
  const head = /<head\b[\s\S]*?<\/head>/i.exec(html);
  const open = /<([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*\sdata-pagefind-body[\s=>][^>]*>|<([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*\sdata-pagefind-body>/.exec(
    html,
  );
  if (!htmlTag || !head || !open) return html;
  const end = elementEnd(html, (open[1] ?? open[2]!).toLowerCase(), open.index + open[0].length);
  if (!end) return html;
  return `<!DOCTYPE html>${htmlTag[0]}${head[0]}<body>${html.slice(open.index, end.after)}</body></html>`;
}

/**
 * Where the element named `name`, whose start tag ends at `from`, ends: the index of its end tag
 * (`at`) and of what follows it (`after`); undefined when it never closes. Elements of the same
 * name inside it are counted; scripts, styles and comments are passed over whole.
 */
function elementEnd(html: string, name: string, from: number): { at: number; after: number } | undefined {
  const tag = tags();
  tag.lastIndex = from;
  let depth = 1;
  let rawUntil = '';
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    const [all, close, nameRaw = '', , selfClose] = m;
    if (all.startsWith('<!--')) continue;
    const n = nameRaw.toLowerCase();
    if (rawUntil) {
      if (close && n === rawUntil) rawUntil = '';
      continue;
    }
    if (n === 'script' || n === 'style') {
      if (!close) rawUntil = n;
      continue;
    }
    if (n !== name || VOID.has(n) || selfClose === '/') continue;
    depth += close ? -1 : 1;
    if (depth === 0) return { at: m.index, after: m.index + all.length };
  }
  return undefined;
}

/**
 * The page with every `data-pagefind-ignore` element emptied, its own tag and end tag kept, when
 * nothing inside it speaks to Pagefind (no `data-pagefind-` attribute, which an ignored element's
 * children may still carry for filters, metadata and sorting): Pagefind reads none of that
 * content, but parses all of it (charts, tables, related lists: most of a report page's bytes).
 * The element stays, empty, so the text on either side is joined as before.
 */
export function emptyIgnored(html: string): string {
  const tag = tags();
  const out: string[] = [];
  let last = 0;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    const [all, close, nameRaw = '', attrs = '', selfClose] = m;
    const name = nameRaw.toLowerCase();
    if (close || all.startsWith('<!--') || selfClose === '/' || VOID.has(name) || !/\sdata-pagefind-ignore\b/.test(attrs)) continue;
    const end = elementEnd(html, name, m.index + all.length)?.at;
    if (end === undefined || html.slice(m.index + all.length, end).includes('data-pagefind-')) continue;
    out.push(html.slice(last, m.index + all.length));
    last = end;
    tag.lastIndex = end;
  }
  out.push(html.slice(last));
  return out.join('');
}

/**
 * Attributes Pagefind reads on an element that carries no `data-pagefind-` attribute of its own:
 * `data-*` (which such an attribute elsewhere may name), an image's `alt` and `src`, `lang`, and
 * `id` (an anchor of its result).
 */
const READ_ATTRIBUTE = /\s+(?:data-[\w-]+|alt|src|lang|id)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?(?=\s|$)/g;
/** A start tag's attributes, quoted values read whole (they may hold `>`). */
const ATTRIBUTES = `((?:\\s+[^\\s"'>/=]+(?:\\s*=\\s*(?:"[^"]*"|'[^']*'|[^\\s"'>]+))?)*)\\s*`;
const START_TAG = new RegExp(`<([a-zA-Z][\\w-]*)${ATTRIBUTES}(/?)>`, 'g');

/**
 * What of a page (`searchedPart`'s) Pagefind reads and nothing more, for the same index: ignored
 * elements emptied (`emptyIgnored`); in the head, no links, meta tags or scripts, unless they
 * carry a `data-pagefind-` attribute; in the body, only the attributes Pagefind reads. Half a
 * report page's bytes and more were parsed for nothing. tests/search-input.test.ts indexes pages
 * both ways and compares Pagefind's files.
 */
export function slimForIndex(html: string): string {
  const emptied = emptyIgnored(html);
  const at = emptied.indexOf('<body>');
  if (at < 0) return emptied;
  const head = emptied
    .slice(0, at)
    .replace(new RegExp(`<script${ATTRIBUTES}>[\\s\\S]*?</script>`, 'gi'), (all) => (all.includes('data-pagefind-') ? all : ''))
    .replace(new RegExp(`<(?:link|meta)${ATTRIBUTES}/?>`, 'gi'), (all) => (all.includes('data-pagefind-') ? all : ''));
  const body = emptied.slice(at).replace(START_TAG, (all, name: string, attrs: string, end: string) => {
    if (!attrs || attrs.includes('data-pagefind-')) return all;
    return `<${name}${(attrs.match(READ_ATTRIBUTE) ?? []).join('')}${end}>`;
  });
  return head + body;
}

/** Text of the page's first <h1>: where a document page prints its own number. */
export function headingText(html: string): string {
  const m = /<h1[^>]*>([\s\S]*?)<\/h1>/i.exec(html);
  return m
    ? decodeEntities(m[1]!.replace(/<[^>]*>/g, ' '))
        .replace(/\s+/g, ' ')
        .trim()
    : '';
}

// Elements that end a block of text: Pagefind joins the text on either side of some of them
// without a space ("Thông tin văn bản" + "Số hiệu" read as "Thông tin văn bảnSố hiệu").
const BLOCK_END =
  /<\/(address|article|aside|blockquote|caption|dd|div|dl|dt|figcaption|figure|footer|h[1-6]|header|li|main|nav|ol|p|pre|section|table|tbody|td|tfoot|th|thead|tr|ul)>/gi;

/**
 * Where a block of the indexed text ends: a word of its own, after the block's end tag, so it is
 * never part of a heading, a title or an indexed word (ASCII punctuation only: Pagefind indexes
 * nothing of it, yet keeps it in the text it quotes, in its place). Excerpts are cut there
 * (`blockExcerpt`), and no phrase runs across it.
 */
export const BLOCK_MARK = '``';

/**
 * The page with a space before every block's end tag, so no two blocks' words run together in the
 * index, and `BLOCK_MARK` after it.
 */
export function separateBlocks(html: string): string {
  return html.replace(BLOCK_END, ` $& ${BLOCK_MARK} `);
}

/**
 * The part of a Pagefind excerpt (HTML, matches in <mark>) that lies in one block: the block with
 * the most matches, the longest of them on a tie, so an excerpt never runs into the next
 * section's first words nor starts with the last of the one before. A block that only repeats
 * the page's `title` (shown above the excerpt) is taken only when no other block has a match.
 */
export function blockExcerpt(excerpt: string, title = ''): string {
  const marks = (s: string) => s.split('<mark>').length - 1;
  const plain = (s: string) =>
    s
      .replace(/<[^>]*>/g, '')
      .replace(/\s+/g, ' ')
      .trim()
      .normalize('NFC');
  const parts = excerpt
    .split(BLOCK_MARK)
    .map((part) => part.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const t = plain(title);
  const others = parts.filter((p) => !t || plain(p) !== t);
  let best = '';
  for (const s of others.some((p) => marks(p) > 0) ? others : parts) {
    if (marks(s) > marks(best) || (marks(s) === marks(best) && s.length > best.length)) best = s;
  }
  return best;
}
