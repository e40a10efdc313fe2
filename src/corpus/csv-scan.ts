/**
 * A CSV tokenizer for the common case, one record at a time so a million-row file never exists
 * as arrays of cells: comma-separated, cells optionally quoted with `""` for a quote. It gives
 * the records papaparse gives for such text; on anything else (a BOM, a quote that does not
 * close cleanly) it stops and answers false, and the caller reads the file with papaparse.
 */

/** Papaparse's own guess (v5 `guessLineEndings`), so both readers split lines alike. */
export function guessLineEndings(input: string): '\n' | '\r\n' | '\r' {
  const head = input.substring(0, 1024 * 1024).replace(/"([^]*?)"/gm, '');
  const r = head.split('\r');
  const n = head.split('\n');
  if (r.length === 1 || (n.length > 1 && n[0]!.length < r[0]!.length)) return '\n';
  let withN = 0;
  for (const piece of r) if (piece[0] === '\n') withN++;
  return withN >= r.length / 2 ? '\r\n' : '\r';
}

/**
 * Calls `onRecord` with each record's cells and where the record ends in `text`; `onRecord`
 * answers false to stop. Returns false
 * when the text needs papaparse (nothing read so far may be used then), true otherwise.
 */
export function scanRecords(text: string, onRecord: (cells: string[], end: number) => boolean): boolean {
  if (text === '' || text.charCodeAt(0) === 0xfeff) return false;
  const nl = text.includes('\r') ? guessLineEndings(text) : '\n';
  const len = text.length;
  let pos = 0;
  let nextQuote = text.indexOf('"');
  let nextComma = text.indexOf(',');
  for (;;) {
    let end = text.indexOf(nl, pos);
    if (end === -1) end = len;
    if (nextQuote === -1 || nextQuote > end) {
      // No quote on this line: the cells are what lies between commas, as split(',') on the
      // line gives them, without making the line. `nextComma` only moves forward: lines
      // without commas cost no search to the end of the text each.
      if (nextComma !== -1 && nextComma < pos) nextComma = text.indexOf(',', pos);
      const cells: string[] = [];
      let p = pos;
      while (nextComma !== -1 && nextComma < end) {
        cells.push(text.slice(p, nextComma));
        p = nextComma + 1;
        nextComma = text.indexOf(',', p);
      }
      cells.push(text.slice(p, end));
      if (!onRecord(cells, end)) return true;
    } else {
      const cells: string[] = [];
      end = quotedRecord(text, pos, nl, cells);
      if (end < 0) return false;
      if (!onRecord(cells, end)) return true;
      nextQuote = text.indexOf('"', end);
    }
    if (end >= len) return true;
    pos = end + nl.length;
  }
}

/** Reads a record holding quotes into `cells`; returns where its newline starts, or -1. */
function quotedRecord(text: string, start: number, nl: string, cells: string[]): number {
  const len = text.length;
  let p = start;
  // The next comma and newline at or after p, found again only once p has passed them
  // (-1: none left; -2: not looked for yet).
  let commaAt = -2;
  let nlAt = -2;
  for (;;) {
    if (text.charCodeAt(p) === 34) {
      let q = p + 1;
      for (;;) {
        q = text.indexOf('"', q);
        if (q === -1) return -1;
        if (text.charCodeAt(q + 1) === 34) q += 2;
        else break;
      }
      const cell = text.slice(p + 1, q);
      cells.push(cell.includes('""') ? cell.replaceAll('""', '"') : cell);
      const after = q + 1;
      if (after >= len) return len;
      if (text.charCodeAt(after) === 44) p = after + 1;
      else if (text.startsWith(nl, after)) return after;
      else return -1;
    } else {
      // An unquoted cell ends at the next comma or newline; a quote inside it is a character.
      if (commaAt !== -1 && commaAt < p) commaAt = text.indexOf(',', p);
      if (nlAt !== -1 && nlAt < p) nlAt = text.indexOf(nl, p);
      const end = nlAt === -1 ? len : nlAt;
      if (commaAt !== -1 && commaAt < end) {
        cells.push(text.slice(p, commaAt));
        p = commaAt + 1;
      } else {
        cells.push(text.slice(p, end));
        return end;
      }
    }
  }
}
