/**
 * The text Pagefind will index from a built page: inside `data-pagefind-body`, minus
 * `data-pagefind-ignore` elements, scripts and styles. A small tag scanner is enough: the HTML
 * is Astro's own output, well formed.
 */

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

export function decodeEntities(s: string): string {
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
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)([^>]*?)(\/?)>|<!--[\s\S]*?-->/g;
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

/** Text of the page's first <h1>: where a document page prints its own number. */
export function headingText(html: string): string {
  const m = /<h1[^>]*>([\s\S]*?)<\/h1>/i.exec(html);
  return m ? decodeEntities(m[1]!.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim() : '';
}

// Elements that end a block of text: Pagefind joins the text on either side of some of them
// without a space ("Thông tin văn bản" + "Số hiệu" read as "Thông tin văn bảnSố hiệu").
const BLOCK_END = /<\/(address|article|aside|blockquote|caption|dd|div|dl|dt|figcaption|figure|footer|h[1-6]|header|li|main|nav|ol|p|pre|section|table|tbody|td|tfoot|th|thead|tr|ul)>/gi;

/** The page with a space before every block's end tag, so no two blocks' words run together in the index. */
export function separateBlocks(html: string): string {
  return html.replace(BLOCK_END, ' $&');
}
