/**
 * One rule for how a locality is named wherever units appear together (charts, tables, lists,
 * search results, feeds, open data, titles): a name shared by several units of the site carries
 * its nearest distinguishing ancestor ("Xã Hòa Thuận (Tây Lĩnh)"), a unit that no longer exists
 * says until when ("Tỉnh Bến Tre (đến 30/6/2025)"), and a unique, current name is left as it is.
 * Pure: computed once per build from the units table.
 */
import type { Unit } from '../schemas/unit.ts';
import { formatDate } from '../core/format.ts';
import { lineage, UNIT_NOUNS, unitById } from './units.ts';

// Words that open a unit's name; an ancestor is named without them ("Tây Lĩnh", not "Tỉnh Tây Lĩnh").
const LEADING_NOUNS = new RegExp(`^(?:${UNIT_NOUNS.join('|')})\\s+`, 'u');

/** "Tỉnh Tây Lĩnh" → "Tây Lĩnh": how an ancestor reads inside a label's brackets. */
export function properName(name: string): string {
  return name.replace(LEADING_NOUNS, '').trim() || name;
}

/** How far up a label looks for a distinguishing ancestor (country, province, district, commune, hamlet). */
const MAX_DEPTH = 6;

export interface UnitLabel {
  /** What readers see wherever units appear together. */
  label: string;
  /** The ancestor that tells this unit from others of the same name, if one was needed. */
  qualifier?: string;
  /** Last day of a unit that no longer exists in this form. */
  until?: string;
}

/**
 * Labels of every unit, by id. Names are compared after NFC normalisation; for each unit whose
 * name another unit also bears, the nearest ancestor level at which its (proper) name differs
 * from every namesake's ancestor at that level is added. Namesakes that no ancestor tells apart
 * (a unit renamed back, two rows under one parent) fall back to the statistics code, and a
 * historical unit is always told apart by its end date.
 */
export function unitLabels(units: readonly Unit[]): Map<string, UnitLabel> {
  const byId = new Map(units.map((u) => [u.id, u]));
  const chainOf = (u: Unit): string[] => {
    const out: string[] = [];
    const seen = new Set([u.id]);
    for (let p = u.parent; p && !seen.has(p) && out.length < MAX_DEPTH;) {
      const a = byId.get(p);
      if (!a) break;
      seen.add(p);
      out.push(properName(a.name.normalize('NFC')));
      p = a.parent;
    }
    return out;
  };
  const byName = new Map<string, Unit[]>();
  for (const u of units) {
    const key = u.name.normalize('NFC');
    (byName.get(key) ?? byName.set(key, []).get(key)!).push(u);
  }
  const out = new Map<string, UnitLabel>();
  for (const [name, group] of byName) {
    const chains = group.length > 1 ? new Map(group.map((u) => [u.id, chainOf(u)])) : undefined;
    for (const u of group) {
      let qualifier: string | undefined;
      if (chains) {
        const own = chains.get(u.id)!;
        const others = group.filter((v) => v.id !== u.id).map((v) => chains.get(v.id)!);
        for (let depth = 0; depth < own.length && !qualifier; depth++) {
          if (others.every((c) => c[depth] !== own[depth])) qualifier = own[depth];
        }
        // No ancestor tells it apart: the code does, when the table gives one and the namesakes
        // are not already told apart by their end dates.
        const sameEnd = group.some((v) => v.id !== u.id && v.valid_to === u.valid_to);
        if (!qualifier && sameEnd && u.code) qualifier = `mã ${u.code}`;
      }
      const until = u.valid_to;
      const extra = [qualifier, until && `đến ${formatDate(until)}`].filter(Boolean).join(', ');
      out.set(u.id, { label: extra ? `${name} (${extra})` : name, qualifier, until });
    }
  }
  return out;
}

/** Labels once per units array: every page of a build asks about the same table. */
const memo = new WeakMap<readonly Unit[], Map<string, UnitLabel>>();
export function labelsOf(units: readonly Unit[]): Map<string, UnitLabel> {
  let m = memo.get(units);
  if (!m) memo.set(units, (m = unitLabels(units)));
  return m;
}

/** The province (or centrally run city) a unit lies in, itself included; undefined above or outside one. */
export function provinceOf(unitId: string, units: readonly Unit[]): Unit | undefined {
  const byId = unitById(units);
  for (const id of lineage(unitId, (i) => byId.get(i)?.parent).ids) {
    const u = byId.get(id);
    if (!u) return undefined;
    if (u.level === 'tinh') return u;
  }
  return undefined;
}

/**
 * Where a unit is, in one line for a search result or a card: its label, then its province
 * unless the label already names it ("Phường An Tiến, Tỉnh Tây Lĩnh"; "Xã Hòa Thuận (Tây Lĩnh)").
 */
export function placeLine(unitId: string, units: readonly Unit[]): string | undefined {
  const own = labelsOf(units).get(unitId);
  if (!own) return undefined;
  const province = provinceOf(unitId, units);
  if (!province || province.id === unitId || own.qualifier === properName(province.name.normalize('NFC'))) return own.label;
  return `${own.label}, ${labelsOf(units).get(province.id)?.label ?? province.name}`;
}
