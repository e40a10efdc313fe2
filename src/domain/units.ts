/**
 * Derivations over localities, as pure functions of the units table (no collections, no
 * Astro): the hierarchy as a tree, what happened to a unit (merged, abolished) in sentences
 * built from the data, and which reports a unit's page points to.
 */
import { UNIT_LEVEL_RANK, type Unit, type UnitLevel } from '../schemas/unit.ts';
import { formatDate } from '../core/format.ts';
import { compareNewestFirst } from '../core/partial-date.ts';
import { groupBy } from '../core/group.ts';

export interface UnitNode {
  unit: Unit;
  children: UnitNode[];
}

interface UnitIndex {
  byId: Map<string, Unit>;
  /** Units one level down, and units merged into it, by id. */
  below: Map<string, Unit[]>;
  mergedInto: Map<string, Unit[]>;
}

/**
 * Every page of a site asks about the same units table: index it once per table, not once per
 * call (thousands of locality pages would each scan every unit several times).
 */
const indexes = new WeakMap<readonly Unit[], UnitIndex>();
function indexOf(units: readonly Unit[]): UnitIndex {
  let index = indexes.get(units);
  if (!index) {
    const push = (m: Map<string, Unit[]>, k: string, u: Unit) => (m.get(k) ?? m.set(k, []).get(k)!).push(u);
    index = { byId: new Map(units.map((u) => [u.id, u])), below: new Map(), mergedInto: new Map() };
    for (const u of units) {
      if (u.parent) push(index.below, u.parent, u);
      if (u.successor && u.successor !== u.id) {
        push(index.below, u.successor, u);
        push(index.mergedInto, u.successor, u);
      }
    }
    indexes.set(units, index);
  }
  return index;
}

/** The unit of each id, from that one index. */
export function unitById(units: readonly Unit[]): ReadonlyMap<string, Unit> {
  return indexOf(units).byId;
}

/**
 * Units sorted for readers: by level, then by proper name in Vietnamese order ("Tỉnh Bến Tre"
 * files under B, not T); units the source did not name (`unknown-…` ids) come last.
 */
export function compareUnits(a: Unit, b: Unit): number {
  const unknown = (u: Unit) => (u.id.startsWith('unknown-') ? 1 : 0);
  const proper = (u: Unit) => u.name.replace(LEADING_NOUNS, '').trim();
  return (
    UNIT_LEVEL_RANK[a.level] - UNIT_LEVEL_RANK[b.level] ||
    unknown(a) - unknown(b) ||
    proper(a).localeCompare(proper(b), 'vi') ||
    a.name.localeCompare(b.name, 'vi') ||
    a.id.localeCompare(b.id)
  );
}

/**
 * The hierarchy: country → provinces → districts → communes → hamlets. A unit whose parent is
 * missing becomes a root rather than disappearing; a cycle in `parent` cannot loop forever
 * because each unit is placed once.
 */
export function unitTree(units: readonly Unit[]): UnitNode[] {
  const ids = new Set(units.map((u) => u.id));
  const kids = groupBy(
    units.filter((u) => u.parent && ids.has(u.parent) && u.parent !== u.id),
    (u) => u.parent!,
  );
  const placed = new Set<string>();
  const build = (u: Unit): UnitNode => {
    placed.add(u.id);
    const children = (kids.get(u.id) ?? [])
      .filter((c) => !placed.has(c.id))
      .sort(compareUnits)
      .map(build);
    return { unit: u, children };
  };
  const roots = units
    .filter((u) => !u.parent || !ids.has(u.parent))
    .sort(compareUnits)
    .map(build);
  // Units caught in a parent cycle are not reachable from a root: list them at the top level.
  for (const u of [...units].sort(compareUnits)) if (!placed.has(u.id)) roots.push(build(u));
  return roots;
}

/** ISO date of the day after `iso` (a unit that ends on 30/6 is merged from 1/7). */
export function dayAfter(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/**
 * The nouns that open a unit's name and say its kind ("Tỉnh Vĩnh Long", "Khu phố 3"): the one
 * list, read here (sorting, names in a sentence) and by unit-labels.ts (an ancestor's proper name).
 */
export const UNIT_NOUNS = [
  'Tỉnh',
  'Thành phố',
  'Huyện',
  'Quận',
  'Thị xã',
  'Xã',
  'Phường',
  'Thị trấn',
  'Ấp',
  'Thôn',
  'Bản',
  'Khu phố',
  'Tiểu khu',
  'Tổ dân phố',
  'Đặc khu',
] as const;

// Words that open a unit's name and are common nouns inside a sentence ("vào tỉnh Vĩnh Long"):
// the unit nouns, and "Một" of a unit the source did not name ("Một tỉnh chưa rõ tên").
const LEADING_NOUNS = new RegExp(`^(${[...UNIT_NOUNS, 'Một'].join('|')})(?=\\s)`, 'u');

/** "Tỉnh Vĩnh Long" → "tỉnh Vĩnh Long", for use inside a sentence; proper names are kept. */
export function nameInSentence(name: string): string {
  return name.replace(LEADING_NOUNS, (w) => w.toLocaleLowerCase('vi'));
}

export type UnitStatus =
  { kind: 'active' } | { kind: 'merged'; from: string; successor: Unit } | { kind: 'ended'; from: string; level: UnitLevel };

/** Whether the unit still exists, and if not, from which day and into what. */
export function unitStatus(unit: Unit, lookup: (id: string) => Unit | undefined): UnitStatus {
  const successor = unit.successor ? lookup(unit.successor) : undefined;
  if (!unit.valid_to) return { kind: 'active' };
  const from = dayAfter(unit.valid_to);
  return successor ? { kind: 'merged', from, successor } : { kind: 'ended', from, level: unit.level };
}

/** A short note for lists: "đã sáp nhập vào tỉnh Vĩnh Long (từ 1/7/2025)". */
export function statusNote(status: UnitStatus): string | undefined {
  switch (status.kind) {
    case 'active':
      return undefined;
    case 'merged':
      return `đã sáp nhập vào ${nameInSentence(status.successor.name)} (từ ${formatDate(status.from)})`;
    case 'ended':
      return status.level === 'huyen'
        ? `cấp huyện đã kết thúc hoạt động (từ ${formatDate(status.from)})`
        : `không còn là đơn vị hành chính (từ ${formatDate(status.from)})`;
  }
}

/**
 * The unit's history as sentences for its page, every name and date taken from the data:
 * "Từ 1/7/2025 sáp nhập vào tỉnh Vĩnh Long." and, on the successor's page, which units it absorbed.
 */
export function historySentences(unit: Unit, units: readonly Unit[]): string[] {
  const { byId } = indexOf(units);
  const out: string[] = [];
  if (unit.valid_from) out.push(`Mang tên và địa giới này từ ${formatDate(unit.valid_from)}.`);
  const status = unitStatus(unit, (id) => byId.get(id));
  if (status.kind === 'merged') out.push(`Từ ${formatDate(status.from)} sáp nhập vào ${nameInSentence(status.successor.name)}.`);
  else if (status.kind === 'ended')
    out.push(
      status.level === 'huyen'
        ? `Từ ${formatDate(status.from)} cấp huyện kết thúc hoạt động; đơn vị không còn tồn tại.`
        : `Từ ${formatDate(status.from)} không còn là đơn vị hành chính.`,
    );
  for (const p of predecessors(unit.id, units)) {
    const when = p.valid_to ? `Từ ${formatDate(dayAfter(p.valid_to))}, ` : '';
    const sentence = `${nameInSentence(p.name)} sáp nhập vào ${nameInSentence(unit.name)}.`;
    out.push(when ? `${when}${sentence}` : sentence.charAt(0).toLocaleUpperCase('vi') + sentence.slice(1));
  }
  return out;
}

/** Units that were merged into this one. */
export function predecessors(unitId: string, units: readonly Unit[]): Unit[] {
  return [...(indexOf(units).mergedInto.get(unitId) ?? [])].sort(compareUnits);
}

/**
 * The one walk up the unit tree: the unit's id and its ancestors' ids, nearest first, until a
 * unit without a parent, an id `parentOf` does not know, or a cycle (`cycle` is then true).
 */
export function lineage(unitId: string, parentOf: (id: string) => string | undefined): { ids: string[]; cycle: boolean } {
  const ids = [unitId];
  const seen = new Set(ids);
  for (let p = parentOf(unitId); p !== undefined && p !== ''; p = parentOf(p)) {
    if (seen.has(p)) return { ids, cycle: true };
    seen.add(p);
    ids.push(p);
  }
  return { ids, cycle: false };
}

/** The unit's ancestors from the country down to its parent (for a breadcrumb). */
export function ancestorChain(unitId: string, units: readonly Unit[]): Unit[] {
  const { byId } = indexOf(units);
  const out: Unit[] = [];
  for (const id of lineage(unitId, (id) => byId.get(id)?.parent).ids.slice(1)) {
    const u = byId.get(id);
    if (!u) break;
    out.unshift(u);
  }
  return out;
}

/** The unit, every unit under it, and every unit merged into any of those (with their subtrees). */
export function coveredUnits(unitId: string, units: readonly Unit[]): Set<string> {
  const { below } = indexOf(units);
  const out = new Set<string>([unitId]);
  const stack = [unitId];
  while (stack.length) {
    for (const u of below.get(stack.pop()!) ?? []) if (!out.has(u.id)) (out.add(u.id), stack.push(u.id));
  }
  return out;
}

interface Dated {
  id: string;
  data: { unit: string; published?: string };
}

/** The latest `limit` reports about any of the given units, newest publication first. */
export function latestReports<T extends Dated>(reports: readonly T[], unitIds: ReadonlySet<string>, limit = 5): T[] {
  return reports
    .filter((r) => unitIds.has(r.data.unit))
    .sort((a, b) => compareNewestFirst(a.data.published, b.data.published) || a.id.localeCompare(b.id))
    .slice(0, limit);
}

interface FigureLike {
  id: string;
  date: string;
  part_of?: string;
  row?: number;
}

/**
 * Figures for a locality's table: newest reference date first, each whole followed by its
 * parts, otherwise in the order of the data file (the collection itself is ordered by id).
 */
export function orderFigures<T extends FigureLike>(figures: readonly T[]): T[] {
  const sorted = [...figures].sort((a, b) => b.date.localeCompare(a.date) || (a.row ?? 0) - (b.row ?? 0) || a.id.localeCompare(b.id));
  const present = new Set(sorted.map((f) => f.id));
  const partsOf = groupBy(
    sorted.filter((f) => f.part_of && present.has(f.part_of)),
    (f) => f.part_of!,
  );
  const out: T[] = [];
  const emit = (f: T, depth: number) => {
    out.push(f);
    if (depth < 5) for (const p of partsOf.get(f.id) ?? []) emit(p, depth + 1);
  };
  for (const f of sorted) if (!f.part_of || !present.has(f.part_of)) emit(f, 0);
  return out;
}
