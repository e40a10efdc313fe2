import { describe, expect, it } from 'vitest';
import type { Unit } from '../schemas/unit.ts';
import {
  ancestorChain,
  compareUnits,
  coveredUnits,
  dayAfter,
  historySentences,
  latestReports,
  nameInSentence,
  orderFigures,
  predecessors,
  statusNote,
  UNIT_NOUNS,
  unitStatus,
  unitTree,
} from './units.ts';

const u = (id: string, name: string, level: Unit['level'], parent?: string, extra: Partial<Unit> = {}): Unit =>
  ({ id, name, level, parent, ...extra }) as Unit;

const units: Unit[] = [
  u('viet-nam', 'Việt Nam', 'quoc-gia'),
  u('ben-tre', 'Tỉnh Bến Tre', 'tinh', 'viet-nam', { valid_to: '2025-06-30', successor: 'vinh-long', code: '83' }),
  u('vinh-long', 'Tỉnh Vĩnh Long', 'tinh', 'viet-nam', { code: '86' }),
  u('unknown-tinh', 'Một tỉnh miền núi phía Bắc', 'tinh', 'viet-nam'),
  u('tp-ben-tre', 'Thành phố Bến Tre', 'huyen', 'ben-tre', { valid_to: '2025-06-30' }),
  u('phu-khuong', 'Phường Phú Khương', 'xa', 'tp-ben-tre'),
  u('ap-1', 'Khu phố 1', 'ap', 'phu-khuong'),
  u('xa-moi', 'Xã Mới', 'xa', 'vinh-long', { valid_from: '2025-07-01' }),
  u('xa-cu', 'Xã Cũ', 'xa', 'vinh-long', { valid_to: '2024-12-31' }),
];
const lookup = (id: string) => units.find((x) => x.id === id);

describe('unitTree', () => {
  it('unitTree(units) nests country → provinces → districts → communes → hamlets', () => {
    const [root, ...rest] = unitTree(units);
    expect(rest).toEqual([]);
    expect(root!.unit.id).toBe('viet-nam');
    expect(root!.children.map((n) => n.unit.id)).toEqual(['ben-tre', 'vinh-long', 'unknown-tinh']);
    const benTre = root!.children[0]!;
    expect(benTre.children[0]!.children[0]!.children[0]!.unit.id).toBe('ap-1');
  });

  it('unitTree(units) keeps a unit whose parent is missing, and survives a parent cycle', () => {
    const odd = [u('a', 'A', 'xa', 'b'), u('b', 'B', 'xa', 'a'), u('c', 'C', 'xa', 'nowhere')];
    const ids = unitTree(odd).map((n) => n.unit.id);
    expect(ids).toContain('c');
    expect(
      new Set(
        unitTree(odd).flatMap(function all(n): string[] {
          return [n.unit.id, ...n.children.flatMap(all)];
        }),
      ),
    ).toEqual(new Set(['a', 'b', 'c']));
  });

  it('compareUnits sorts by level, then by proper name, unnamed units last', () => {
    const provinces = units
      .filter((x) => x.level === 'tinh')
      .sort(compareUnits)
      .map((x) => x.id);
    expect(provinces).toEqual(['ben-tre', 'vinh-long', 'unknown-tinh']);
  });
});

describe('history', () => {
  it('dayAfter crosses months and years without time-zone drift', () => {
    expect(dayAfter('2025-06-30')).toBe('2025-07-01');
    expect(dayAfter('2024-12-31')).toBe('2025-01-01');
    expect(dayAfter('2024-02-28')).toBe('2024-02-29');
  });

  it('nameInSentence lowercases the administrative noun and keeps proper names', () => {
    expect(nameInSentence('Tỉnh Vĩnh Long')).toBe('tỉnh Vĩnh Long');
    expect(nameInSentence('Thành phố Bến Tre')).toBe('thành phố Bến Tre');
    expect(nameInSentence('Việt Nam')).toBe('Việt Nam');
  });

  it('nameInSentence and compareUnits read every noun of the one list UNIT_NOUNS, and "Một" of an unnamed unit', () => {
    for (const noun of UNIT_NOUNS) expect(nameInSentence(`${noun} Tây Lĩnh`)).toBe(`${noun.toLocaleLowerCase('vi')} Tây Lĩnh`);
    expect(nameInSentence('Một tỉnh chưa rõ tên')).toBe('một tỉnh chưa rõ tên');
    // Sorted by the proper name: "Khu phố Bình" before "Ấp Cây Dừa", whatever the noun.
    const unit = (id: string, name: string) => ({ id, name, level: 'ap' }) as Unit;
    expect([unit('b', 'Ấp Cây Dừa'), unit('a', 'Khu phố Bình')].sort(compareUnits).map((x) => x.id)).toEqual(['a', 'b']);
  });

  it('historySentences(ben-tre) says from which day it merged into which unit, from the data', () => {
    expect(historySentences(lookup('ben-tre')!, units)).toEqual(['Từ 1/7/2025 sáp nhập vào tỉnh Vĩnh Long.']);
  });

  it('historySentences(vinh-long) names the units merged into it', () => {
    expect(historySentences(lookup('vinh-long')!, units)).toEqual(['Từ 1/7/2025, tỉnh Bến Tre sáp nhập vào tỉnh Vĩnh Long.']);
    expect(predecessors('vinh-long', units).map((x) => x.id)).toEqual(['ben-tre']);
  });

  it('historySentences of a district without successor says the district level ended', () => {
    expect(historySentences(lookup('tp-ben-tre')!, units)).toEqual(['Từ 1/7/2025 cấp huyện kết thúc hoạt động; đơn vị không còn tồn tại.']);
    expect(statusNote(unitStatus(lookup('tp-ben-tre')!, lookup))).toBe('cấp huyện đã kết thúc hoạt động (từ 1/7/2025)');
  });

  it('historySentences of other units: start date, or end without successor', () => {
    expect(historySentences(lookup('xa-moi')!, units)).toEqual(['Mang tên và địa giới này từ 1/7/2025.']);
    expect(historySentences(lookup('xa-cu')!, units)).toEqual(['Từ 1/1/2025 không còn là đơn vị hành chính.']);
    expect(historySentences(lookup('phu-khuong')!, units)).toEqual([]);
  });

  it('statusNote is empty for an active unit and names the successor for a merged one', () => {
    expect(statusNote(unitStatus(lookup('vinh-long')!, lookup))).toBeUndefined();
    expect(statusNote(unitStatus(lookup('ben-tre')!, lookup))).toBe('đã sáp nhập vào tỉnh Vĩnh Long (từ 1/7/2025)');
  });
});

describe('hierarchy helpers', () => {
  it('ancestorChain(ap-1) runs from the country down to the parent', () => {
    expect(ancestorChain('ap-1', units).map((x) => x.id)).toEqual(['viet-nam', 'ben-tre', 'tp-ben-tre', 'phu-khuong']);
    expect(ancestorChain('viet-nam', units)).toEqual([]);
  });

  it('coveredUnits(vinh-long) includes its subtree and the merged province with its subtree', () => {
    expect([...coveredUnits('vinh-long', units)].sort()).toEqual([
      'ap-1',
      'ben-tre',
      'phu-khuong',
      'tp-ben-tre',
      'vinh-long',
      'xa-cu',
      'xa-moi',
    ]);
  });

  it('latestReports keeps reports of the given units, newest publication first, at most limit', () => {
    const r = (id: string, unit: string, published: string) => ({ id, data: { unit, published } });
    const reports = [
      r('a', 'ben-tre', '2021-09-24'),
      r('b', 'tp-ben-tre', '2020-02-23'),
      r('c', 'thanh-hoa', '2022-01-01'),
      r('d', 'tp-ben-tre', '2018-10-26'),
    ];
    expect(latestReports(reports, coveredUnits('ben-tre', units)).map((x) => x.id)).toEqual(['a', 'b', 'd']);
    expect(latestReports(reports, coveredUnits('ben-tre', units), 2).map((x) => x.id)).toEqual(['a', 'b']);
  });

  it('orderFigures puts the newest date first and each whole before its parts', () => {
    const f = (id: string, date: string, row: number, part_of?: string) => ({ id, date, row, part_of });
    const figs = [
      f('b-part', '2021-09-23', 3, 'a-whole'),
      f('old', '2018-10-25', 9),
      f('a-whole', '2021-09-23', 2),
      f('c-part', '2021-09-23', 4, 'a-whole'),
    ];
    expect(orderFigures(figs).map((x) => x.id)).toEqual(['a-whole', 'b-part', 'c-part', 'old']);
  });
});
