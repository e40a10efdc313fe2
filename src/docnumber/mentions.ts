/**
 * Recognises document numbers mentioned in running Vietnamese text: "Nghị quyết số 02-NQ/TU
 * ngày 12/4/2016", "Kết luận 34", "Nghị quyết số 18, 19-NQ/TW", "Nghị quyết Trung ương 6 (khóa XII)".
 */
import { prepWithMap } from './normalize.ts';
import { lookupType } from './codes.ts';
import { parseDocNumber, withSerial, type ParsedNumber } from './parse.ts';
import {
  BARE_RE,
  DATE_RE,
  FULL_GLOBAL_RE,
  FULL_RE,
  NAMED_CONGRESS_RE,
  NAMED_TW_RE,
  SEP_RE,
  SO_RE,
  SPACE_RE,
  TYPE_WORDS,
  TYPE_WORD_RE,
  YEAR_RE,
  at,
  countsSomething,
  isoDate,
  type TypeWordKind,
} from './mention-patterns.ts';

export interface Mention {
  /** UTF-16 offsets into the text given to `findMentions`: `text.slice(start, end) === raw`. */
  start: number;
  end: number;
  raw: string;
  /** The number, when the mention gives or implies a complete one (`18` in "18, 19-NQ/TW"). */
  parsed?: ParsedNumber;
  /** The kind named by the type word before the number ("Kết luận" → `ket-luan`). */
  typeWord?: TypeWordKind;
  /** The serial as printed (`34` in "Kết luận 34"). */
  serial?: string;
  issuer?: string;
  /** The issue date the text gives ("ngày 12/4/2016" → `2016-04-12`). */
  dateIso?: string;
  /** The issue year the text gives without a full date ("Nghị quyết 02 (2016)"). */
  year?: number;
  /** The Party term, for named mentions ("khóa XII" → `XII`). */
  term?: string;
  /** The name of a document cited without a number ("Trung ương 6", "Đại hội XIII"). */
  name?: string;
}

interface Item {
  start: number;
  end: number;
  serial: string;
  full?: ParsedNumber;
  dateIso?: string;
  year?: number;
}

/** A complete number at `pos`, with a known type code. */
function readFull(t: string, pos: number): Item | null {
  const m = at(FULL_RE, t, pos);
  if (!m) return null;
  const full = parseDocNumber(m[0]);
  if (!full?.complete || !lookupType(full.type)) return null;
  return { start: pos, end: pos + m[0].length, serial: full.serial, full };
}

/** Reads a date ("ngày …" or in parentheses) or a year right after `pos` into `item`. */
function readDate(t: string, pos: number, item: Item): number {
  const d = at(DATE_RE, t, pos);
  if (d && (d[1] || d[2])) {
    const iso = d[3] ? isoDate(d[3], d[5]!, d[6]!) : isoDate(d[7]!, d[8]!, d[9]!);
    if (iso) {
      item.dateIso = iso;
      return pos + d[0].length - (d[1] || !d[10] ? 0 : d[10].length);
    }
  }
  const y = at(YEAR_RE, t, pos);
  if (y) {
    item.year = Number(y[1] ?? y[2]);
    return pos + y[0].length;
  }
  return pos;
}

/** The numbers after a type word: one, or an enumeration ("18, 19-NQ/TW", "18-NQ/TW và 19-NQ/TW"). */
function readList(t: string, pos: number, afterSo: boolean): Item[] {
  const items: Item[] = [];
  let p = pos;
  for (;;) {
    let item = readFull(t, p);
    if (!item) {
      const b = at(BARE_RE, t, p);
      if (!b) break;
      const serial = b[1]!;
      if (!afterSo && /^(19|20)\d\d$/.test(serial)) break; // a year ("Kế hoạch 2021")
      item = { start: p, end: p + serial.length, serial };
    }
    const q = readDate(t, item.end, item);
    if (!item.full && q === item.end && countsSomething(t, item.end)) break;
    items.push(item);
    const s = at(SEP_RE, t, q);
    if (!s) break;
    p = q + s[0].length;
  }
  // Serials after the last complete number count things more often than they enumerate
  // ("Nghị quyết 02-NQ/TU, 35 mô hình"): the enumeration ends at its last complete number.
  const lastFull = items.findLastIndex((i) => i.full);
  return lastFull >= 0 ? items.slice(0, lastFull + 1) : items;
}

type Found = Omit<Mention, 'raw'>;

function mentionsAfterTypeWord(t: string, wordStart: number, wordEnd: number, kind: TypeWordKind): Found[] {
  const named = at(NAMED_TW_RE, t, wordEnd);
  if (named) {
    const term = (named[2] ?? named[3])?.toUpperCase();
    const f: Found = { start: wordStart, end: wordEnd + named[0].length, typeWord: kind, name: `Trung ương ${Number(named[1])}` };
    if (term) f.term = term;
    return [f];
  }
  const congress = at(NAMED_CONGRESS_RE, t, wordEnd);
  if (congress && congress[1] === congress[1]!.toUpperCase()) {
    return [{ start: wordStart, end: wordEnd + congress[0].length, typeWord: kind, name: `Đại hội ${congress[1]}`, term: congress[1]! }];
  }
  const so = at(SO_RE, t, wordEnd);
  const lead = so ?? at(SPACE_RE, t, wordEnd);
  if (!lead) return [];
  const items = readList(t, wordEnd + lead[0].length, !!so);
  return items.map((item, idx) => {
    const f: Found = { start: item.start, end: item.end, typeWord: kind, serial: item.serial };
    const from = item.full ?? items.slice(idx + 1).find((i) => i.full)?.full;
    if (from) {
      f.parsed = item.full ?? withSerial(from, item.serial);
      f.issuer = from.issuer;
    } else if (idx === 0) {
      f.start = wordStart; // a partial mention reads as a whole: "Kết luận 34"
    }
    if (item.dateIso) f.dateIso = item.dateIso;
    if (item.year) f.year = item.year;
    return f;
  });
}

function overlaps(found: Found[], start: number, end: number): boolean {
  return found.some((f) => f.start < end && start < f.end);
}

/**
 * Every document mention in `text`, in order, with exact spans. Dates, ratios (16/17),
 * Vietnamese-formatted figures (1.017, 17,07%), phone numbers and bare years are never mentions.
 */
export function findMentions(text: string): Mention[] {
  const { text: t, map } = prepWithMap(text);
  const found: Found[] = [];
  const words = new RegExp(TYPE_WORD_RE.source, TYPE_WORD_RE.flags);
  for (let m = words.exec(t); m; m = words.exec(t)) {
    const gi = m.slice(1).findIndex((g) => g !== undefined);
    const kind = TYPE_WORDS[gi]![1];
    const wordEnd = m.index + m[0].length;
    const list = mentionsAfterTypeWord(t, m.index, wordEnd, kind);
    found.push(...list);
    if (list.length) words.lastIndex = Math.max(words.lastIndex, list.at(-1)!.end);
  }
  const fulls = new RegExp(FULL_GLOBAL_RE.source, FULL_GLOBAL_RE.flags);
  for (let m = fulls.exec(t); m; m = fulls.exec(t)) {
    const item = readFull(t, m.index);
    if (!item || overlaps(found, item.start, item.end)) continue;
    readDate(t, item.end, item);
    const f: Found = { start: item.start, end: item.end, parsed: item.full!, serial: item.serial, issuer: item.full!.issuer };
    if (item.dateIso) f.dateIso = item.dateIso;
    found.push(f);
  }
  found.sort((a, b) => a.start - b.start);
  return found.map((f) => {
    const start = map[f.start]!;
    const end = map[f.end]!;
    return { ...f, start, end, raw: text.slice(start, end) };
  });
}
