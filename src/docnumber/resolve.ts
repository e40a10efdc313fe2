/**
 * Resolves a mention to a document of the registry. A number is not an identity (two provinces
 * each have a 02-NQ/TU): candidates are narrowed by the mention's own date, the article's
 * locality and its ancestors, and the article's date.
 */
import { fold } from './normalize.ts';
import { typeForKind } from './codes.ts';
import { keyOf, parseDocNumber } from './parse.ts';
import type { Mention } from './mentions.ts';
import { compareOldestFirst, surelyBefore, yearOf, type MaybeDate } from '../core/partial-date.ts';

export interface RegistryDoc {
  id: string;
  number: string;
  kind: string;
  unit: string;
  /** YYYY-MM-DD, YYYY-MM or YYYY as far as the sources give it; undefined when none does. */
  issued: MaybeDate;
  issuer: string;
  title: string;
  term?: string;
  /** Names the document is cited by without its number: ["Nghị quyết Trung ương 6 khóa XII"]. */
  names?: string[];
}

export interface ResolveContext {
  unit: string;
  /** [unit, parent, …, 'viet-nam'] */
  unitAncestors: string[];
  /** The article's date (ISO, maybe partial): documents issued later cannot be cited by it. */
  date?: MaybeDate;
}

export type Resolution =
  { status: 'resolved'; doc: RegistryDoc } | { status: 'ambiguous'; candidates: RegistryDoc[] } | { status: 'unresolved' };

export interface Registry {
  docs: readonly RegistryDoc[];
  /** Documents whose `number` does not parse: the content check reports them. */
  unparsed: readonly RegistryDoc[];
  byKey: ReadonlyMap<string, RegistryDoc[]>;
  /** `${folded type}|${serial}` → documents, for partial mentions ("Kết luận 34"). */
  byTypeSerial: ReadonlyMap<string, RegistryDoc[]>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const typeKey = (type: string) => fold(type).toUpperCase();

export function createRegistry(docs: RegistryDoc[]): Registry {
  const byKey = new Map<string, RegistryDoc[]>();
  const byTypeSerial = new Map<string, RegistryDoc[]>();
  const unparsed: RegistryDoc[] = [];
  for (const doc of docs) {
    const p = parseDocNumber(doc.number);
    if (!p?.complete) {
      unparsed.push(doc);
      continue;
    }
    push(byKey, keyOf(p), doc);
    push(byTypeSerial, `${typeKey(p.type)}|${p.n}`, doc);
  }
  return { docs, unparsed, byKey, byTypeSerial };
}

/** Word-bounded, diacritic-folded containment: "trung uong 6" is in "… trung uong 6 khoa xii", not in "… 60". */
function containsWords(haystack: string, needle: string): boolean {
  const h = ` ${fold(haystack)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()} `;
  const n = ` ${fold(needle)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()} `;
  return h.includes(n);
}

function byName(m: Mention, registry: Registry): RegistryDoc[] {
  const name = m.name!;
  return registry.docs.filter((doc) => {
    if (m.typeWord && doc.kind !== m.typeWord) return false;
    const names = doc.names ?? [];
    const hit = names.find((n) => containsWords(n, name));
    if (!hit) return false;
    if (!m.term) return true;
    return doc.term === m.term || containsWords(hit, `khoa ${m.term}`);
  });
}

function candidatesFor(m: Mention, registry: Registry): RegistryDoc[] {
  if (m.parsed?.complete) return registry.byKey.get(keyOf(m.parsed)) ?? [];
  if (m.name) return byName(m, registry);
  if (m.serial && m.typeWord) {
    const type = typeForKind(m.typeWord) ?? (m.typeWord === 'nghi-dinh' ? 'NĐ' : undefined);
    if (type) return registry.byTypeSerial.get(`${typeKey(type)}|${Number(m.serial)}`) ?? [];
  }
  return [];
}

/** Keeps the docs that pass `test`, unless none does (a soft preference). */
function prefer(docs: RegistryDoc[], test: (d: RegistryDoc) => boolean): RegistryDoc[] {
  const kept = docs.filter(test);
  return kept.length ? kept : docs;
}

/** Of the docs issued in the article's locality or one of its ancestors, those of the nearest. */
function nearestUnit(docs: RegistryDoc[], ctx: ResolveContext): RegistryDoc[] {
  const chain = ctx.unitAncestors.includes('viet-nam') ? ctx.unitAncestors : [...ctx.unitAncestors, 'viet-nam'];
  const rank = (d: RegistryDoc) => chain.indexOf(d.unit);
  const ranked = docs.filter((d) => rank(d) >= 0);
  if (!ranked.length) return docs;
  const best = Math.min(...ranked.map(rank));
  return ranked.filter((d) => rank(d) === best);
}

/**
 * Resolves `m` against `registry` as read in an article of `ctx.unit` dated `ctx.date`:
 * one candidate → resolved; several → narrowed, then resolved or ambiguous; none → unresolved.
 */
export function resolveMention(m: Mention, registry: Registry, ctx: ResolveContext): Resolution {
  let docs = candidatesFor(m, registry);
  // An article cannot cite a document issued after it: a hard rule, even for a single candidate.
  // Only a certain "after" counts: a document known to the month or not dated at all may be older.
  if (ctx.date) docs = docs.filter((d) => !surelyBefore(ctx.date, d.issued));
  if (docs.length > 1 && m.dateIso) {
    const date = m.dateIso;
    docs = prefer(docs, (d) => yearOf(d.issued) === date.slice(0, 4));
    docs = prefer(docs, (d) => d.issued === date);
  }
  if (docs.length > 1 && m.year) docs = prefer(docs, (d) => yearOf(d.issued) === String(m.year));
  if (docs.length > 1) docs = nearestUnit(docs, ctx);
  if (docs.length === 1) return { status: 'resolved', doc: docs[0]! };
  if (docs.length > 1) {
    const candidates = [...docs].sort((a, b) => compareOldestFirst(a.issued, b.issued) || a.id.localeCompare(b.id));
    return { status: 'ambiguous', candidates };
  }
  return { status: 'unresolved' };
}
