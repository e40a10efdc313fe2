/**
 * HTML character references. Vietnamese pages from older CMSs write letters as named references
 * (`Th&agrave;nh ph&ocirc;́`), so the Latin-1 names are all here, with the punctuation ones.
 */
const LATIN1 =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest ' +
  'Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig ' +
  'agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml';

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  bull: '•',
  prime: '′',
  laquo: '«',
  raquo: '»',
  trade: '™',
  euro: '€',
  zwnj: '\u200C',
  zwj: '\u200D',
  thinsp: '\u2009',
  ensp: '\u2002',
  emsp: '\u2003',
};
LATIN1.split(' ').forEach((name, i) => {
  NAMED[name] ??= String.fromCharCode(0xa0 + i);
});

/** Decodes `&amp;`, `&#7871;`, `&#x1EBF;` and the named references above; unknown ones stay as written. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#\d+|#x[\da-f]+|[a-z][a-z\d]*);?/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const cp = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : '\uFFFD';
    }
    return NAMED[ref] ?? whole;
  });
}
