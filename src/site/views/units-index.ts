/**
 * The view model of the list of localities (`dia-phuong/`): the hierarchy as a tree, each unit
 * with its label (namesakes told apart), how many reports and documents name it, and what became
 * of it when it no longer exists.
 */
import { groupBy } from '../../core/group.ts';
import { ROUTES, withBase } from '../../core/paths.ts';
import { statusNote, unitStatus, unitTree, type UnitNode } from '../../domain/units.ts';
import { UNIT_LEVELS } from '../../schemas/unit.ts';
import type { Site } from '../model/site-model.ts';

export interface UnitTreeItem {
  label: string;
  href: string;
  /** "3 báo cáo, 1 văn bản"; empty when none names the unit. */
  count: string;
  /** "đã sáp nhập vào …" for a unit that no longer exists. */
  note: string | undefined;
  children: UnitTreeItem[];
}

export interface UnitsIndexView {
  description: string;
  /** The levels below the country, lower case, in the contract's order. */
  levels: string[];
  /** Units that no longer exist and keep their page. */
  ended: number;
  tree: UnitTreeItem[];
}

export function unitsIndexView(s: Site, base: string): UnitsIndexView {
  const reports = groupBy(s.conferences, (c) => c.data.unit);
  const documents = groupBy(s.documents, (d) => d.data.unit);
  const lookup = (id: string) => s.unit(id);
  const count = (id: string) => {
    const r = reports.get(id)?.length ?? 0;
    const d = documents.get(id)?.length ?? 0;
    return [r ? `${r} báo cáo` : '', d ? `${d} văn bản` : ''].filter(Boolean).join(', ');
  };
  const item = ({ unit, children }: UnitNode): UnitTreeItem => ({
    label: s.label(unit.id),
    href: withBase(base, ROUTES.unit(unit.id)),
    count: count(unit.id),
    note: statusNote(unitStatus(unit, lookup)),
    children: children.map(item),
  });
  return {
    description: `Hệ thống ${s.units.length} đơn vị hành chính trong kho dữ liệu, từ tỉnh đến ấp, với lịch sử sáp nhập và các báo cáo, văn bản của từng nơi.`,
    levels: Object.entries(UNIT_LEVELS)
      .filter(([k]) => k !== 'quoc-gia')
      .map(([, v]) => v.toLocaleLowerCase('vi')),
    ended: s.units.filter((u) => unitStatus(u, lookup).kind !== 'active').length,
    tree: unitTree(s.units).map(item),
  };
}
