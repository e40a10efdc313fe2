/**
 * Parser for Vietnamese document numbers: the Party form `02-NQ/TU` and the State form
 * `3903/PA-UBND`, `30/2020/NĐ-CP`, tolerant of what people type (D for Đ, any case, spaces,
 * `34 KL TW`, `kl 34`, en-dashes, NFD).
 */
import { fold, prep } from './normalize.ts';
import { canonicalIssuer, codeKey, lookupType, kindForType, typeForKind, type ContractKind } from './codes.ts';

export { kindForType, typeForKind };

export interface ParsedNumber {
  /** The serial as printed, leading zeros kept: `02`. */
  serial: string;
  /** The serial as a number: `2`. */
  n: number;
  /** The year printed inside a State number (`30/2020/NĐ-CP` → 2020). */
  year?: number;
  /** Canonical type code: `NQ`, `ĐA`, `QĐi`. */
  type: string;
  /** The contract kind of the type code, when it has one. */
  kind?: ContractKind;
  /** Canonical issuer (`TU`, `UBND`, `BTCTU-BDVTU`); empty when the input gave none (`kl 34`). */
  issuer: string;
  /** `party`: `<n>-<TYPE>/<ISSUER>`; `state`: `<n>/[<year>/]<TYPE>-<ISSUER>`. */
  form: 'party' | 'state';
  /** The number in its printed form: `02-NQ/TU`, `3903/PA-UBND`, `34-KL` when partial. */
  canonical: string;
  /** False when the issuer is missing (`KL34`): such a number identifies nothing on its own. */
  complete: boolean;
}

const L = 'A-Za-zĐđ';
/** Issuer: letter-led segments joined by hyphens (`BTCTU-BDVTU`, `BNN-PTNT`). */
const ISSUER_SRC = `[${L}][${L}\\d]*(?:\\s*-\\s*[${L}][${L}\\d]*)*`;

const STATE_RE = new RegExp(`^(\\d{1,6})\\s*/\\s*(?:(\\d{4})\\s*/\\s*)?([${L}]+)\\s*-\\s*(${ISSUER_SRC})$`);
const PARTY_RE = new RegExp(`^(\\d{1,6})(\\s*-?\\s*)([${L}]+)(\\s*/\\s*|\\s+)(${ISSUER_SRC})$`);
const TYPE_SERIAL_RE = new RegExp(`^([${L}]+)\\s*[-.]?\\s*(\\d{1,6})$`);
const SERIAL_TYPE_RE = new RegExp(`^(\\d{1,6})\\s*-?\\s*([${L}]+)$`);
const PREFIX_RE = /^(?:số|so|no\.?)\s*[:.]?\s*(?=\d)/iu;

function typeFor(letters: string, strict: boolean): { type: string; kind?: ContractKind } | null {
  const known = lookupType(letters);
  if (known) return { type: known.code, kind: known.kind };
  // An unknown code is accepted only in the fully punctuated form, where the shape is unmistakable.
  if (!strict || letters.length > 6) return null;
  return { type: letters.replace(/đ/g, 'Đ').toUpperCase() };
}

function build(
  serial: string,
  typeLetters: string,
  issuerRaw: string,
  form: 'party' | 'state',
  strict: boolean,
  year?: string,
): ParsedNumber | null {
  const t = typeFor(typeLetters, strict);
  if (!t || Number(serial) === 0) return null;
  const issuer = issuerRaw ? canonicalIssuer(issuerRaw) : '';
  const y = year ? Number(year) : undefined;
  let canonical: string;
  if (!issuer) canonical = `${serial}-${t.type}`;
  else if (form === 'party') canonical = `${serial}-${t.type}/${issuer}`;
  else canonical = `${serial}/${y ? `${y}/` : ''}${t.type}-${issuer}`;
  const parsed: ParsedNumber = {
    serial,
    n: Number(serial),
    type: t.type,
    issuer,
    form,
    canonical,
    complete: issuer !== '',
  };
  if (y !== undefined) parsed.year = y;
  if (t.kind) parsed.kind = t.kind;
  return parsed;
}

/**
 * `parseDocNumber('02-NQ/TU')` → `{ serial: '02', n: 2, type: 'NQ', kind: 'nghi-quyet', issuer: 'TU',
 * form: 'party', canonical: '02-NQ/TU', complete: true }`; null for anything that is not a number
 * (dates, ratios, `1.017`).
 */
export function parseDocNumber(input: string): ParsedNumber | null {
  const s = prep(input).trim().replace(PREFIX_RE, '');
  let m = STATE_RE.exec(s);
  if (m) return build(m[1]!, m[3]!, m[4]!, 'state', true, m[2]);
  m = PARTY_RE.exec(s);
  if (m) {
    const strict = m[2]!.includes('-') && m[4]!.includes('/');
    return build(m[1]!, m[3]!, m[5]!, 'party', strict);
  }
  m = TYPE_SERIAL_RE.exec(s);
  if (m) return build(m[2]!, m[1]!, '', 'party', false);
  m = SERIAL_TYPE_RE.exec(s);
  if (m) return build(m[1]!, m[2]!, '', 'party', false);
  return null;
}

/** The comparison key of a parsed number: serial as a number, Đ folded, issuer uppercase. */
export function keyOf(p: ParsedNumber): string {
  const issuer = codeKey(p.issuer);
  return `${p.n}|${codeKey(p.type)}|${issuer}${p.year ? `|${p.year}` : ''}`;
}

/** `canonicalKey('2-nq/tu') === canonicalKey('02-NQ/TU')`; null when `s` is not a number. */
export function canonicalKey(s: string): string | null {
  const p = parseDocNumber(s);
  return p ? keyOf(p) : null;
}

/** A copy of `p` with another serial (`18` borrowing `-NQ/TW` from `19-NQ/TW`). */
export function withSerial(p: ParsedNumber, serial: string): ParsedNumber {
  const q: ParsedNumber = { ...p, serial, n: Number(serial) };
  q.canonical = p.canonical.replace(/^\d+/, serial);
  return q;
}

/**
 * Tokens people type for `number`, for a search index: lowercase ASCII, đ → d, joined without
 * punctuation. `searchAliases('34-KL/TW')` → `['34-kl/tw', '34kltw', 'kl34', '34kl', 'kl 34', …]`.
 */
export function searchAliases(number: string | ParsedNumber): string[] {
  const p = typeof number === 'string' ? parseDocNumber(number) : number;
  if (!p) return [];
  const t = fold(p.type);
  const iss = fold(p.issuer).replace(/-/g, '');
  const out = new Set<string>([fold(p.canonical)]);
  for (const n of new Set([p.serial, String(p.n)])) {
    if (iss) out.add(`${n}${t}${iss}`);
    if (p.year) out.add(`${n}${p.year}${t}${iss}`);
    out.add(`${t}${n}`);
    out.add(`${n}${t}`);
    out.add(`${t} ${n}`);
    if (iss) out.add(`${n} ${t} ${iss}`);
  }
  return [...out];
}

/**
 * Rewrites a search query shaped like a document number into the joined token that
 * `searchAliases` indexes (`34 KL TW` → `34kltw`, `kl 34` → `kl34`); null for other queries.
 */
export function docNumberQueryToken(query: string): string | null {
  const p = parseDocNumber(query);
  if (!p) return null;
  if (!p.complete) return `${fold(p.type)}${p.n}`;
  return `${p.n}${p.year ?? ''}${fold(p.type)}${fold(p.issuer).replace(/-/g, '')}`;
}
