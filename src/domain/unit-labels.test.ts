import { describe, expect, it } from 'vitest';
import type { Unit } from '../schemas/unit.ts';
import { placeLine, properName, provinceOf, unitLabels } from './unit-labels.ts';
import { UNIT_NOUNS } from './units.ts';

const u = (id: string, name: string, level: Unit['level'], parent?: string, extra: Partial<Unit> = {}): Unit =>
  ({ id, name, level, parent, ...extra }) as Unit;

const units: Unit[] = [
  u('vn', 'Việt Nam', 'quoc-gia'),
  u('tay-linh', 'Tỉnh Tây Lĩnh', 'tinh', 'vn'),
  u('dong-ha', 'Tỉnh Đông Hà', 'tinh', 'vn'),
  u('ben-tre', 'Tỉnh Bến Tre', 'tinh', 'vn', { valid_to: '2025-06-30', successor: 'vinh-long' }),
  u('vinh-long', 'Tỉnh Vĩnh Long', 'tinh', 'vn'),
  u('hoa-thuan-tl', 'Xã Hòa Thuận', 'xa', 'tay-linh'),
  u('hoa-thuan-dh', 'Xã Hòa Thuận', 'xa', 'dong-ha'),
  u('an-tien', 'Phường An Tiến', 'xa', 'tay-linh'),
  u('huyen-a', 'Huyện Mỹ Lộc', 'huyen', 'dong-ha', { valid_to: '2025-06-30' }),
  u('huyen-b', 'Huyện Phú Mỹ', 'huyen', 'dong-ha', { valid_to: '2025-06-30' }),
  u('son-loc-a', 'Xã Sơn Lộc', 'xa', 'huyen-a', { valid_to: '2025-06-30' }),
  u('son-loc-b', 'Xã Sơn Lộc', 'xa', 'huyen-b', { valid_to: '2025-06-30' }),
];

describe('unitLabels(units)', () => {
  const labels = unitLabels(units);
  const label = (id: string) => labels.get(id)!.label;

  it('adds the nearest distinguishing ancestor to a shared name', () => {
    expect(label('hoa-thuan-tl')).toBe('Xã Hòa Thuận (Tây Lĩnh)');
    expect(label('hoa-thuan-dh')).toBe('Xã Hòa Thuận (Đông Hà)');
  });
  it('leaves a unique, current name as it is', () => {
    expect(label('an-tien')).toBe('Phường An Tiến');
    expect(label('vinh-long')).toBe('Tỉnh Vĩnh Long');
  });
  it('says until when a historical unit existed', () => {
    expect(label('ben-tre')).toBe('Tỉnh Bến Tre (đến 30/6/2025)');
  });
  it('skips ancestors the namesakes share and joins the end date after the ancestor', () => {
    expect(label('son-loc-a')).toBe('Xã Sơn Lộc (Mỹ Lộc, đến 30/6/2025)');
    expect(label('son-loc-b')).toBe('Xã Sơn Lộc (Phú Mỹ, đến 30/6/2025)');
  });
  it('tells a renamed-back unit from its successor by the end date alone', () => {
    const l = unitLabels([
      u('vn', 'Việt Nam', 'quoc-gia'),
      u('a-old', 'Tỉnh A', 'tinh', 'vn', { valid_to: '2020-12-31' }),
      u('a', 'Tỉnh A', 'tinh', 'vn', { code: '01' }),
    ]);
    expect(l.get('a-old')!.label).toBe('Tỉnh A (đến 31/12/2020)');
    expect(l.get('a')!.label).toBe('Tỉnh A');
  });
  it('falls back to the statistics code when nothing else tells namesakes apart', () => {
    const l = unitLabels([
      u('p', 'Tỉnh P', 'tinh'),
      u('x1', 'Xã X', 'xa', 'p', { code: '101' }),
      u('x2', 'Xã X', 'xa', 'p', { code: '102' }),
    ]);
    expect(l.get('x1')!.label).toBe('Xã X (mã 101)');
  });
  it('compares names after NFC normalisation', () => {
    const nfd = 'Xã Hòa Thuận'.normalize('NFD');
    const l = unitLabels([...units, u('hoa-thuan-3', nfd, 'xa', 'vinh-long')]);
    expect(l.get('hoa-thuan-3')!.label).toBe('Xã Hòa Thuận (Vĩnh Long)');
  });
  it('gives pairwise distinct labels to namesakes under distinct provinces, at every count', () => {
    for (let n = 2; n <= 40; n++) {
      const set = [
        u('vn', 'Việt Nam', 'quoc-gia'),
        ...Array.from({ length: n }, (_, i) => u(`p${i}`, `Tỉnh P${i}`, 'tinh', 'vn')),
        ...Array.from({ length: n }, (_, i) => u(`x${i}`, 'Xã Hòa Thuận', 'xa', `p${i}`)),
      ];
      const l = unitLabels(set);
      const xs = Array.from({ length: n }, (_, i) => l.get(`x${i}`)!.label);
      expect(new Set(xs).size).toBe(n);
    }
  });
});

describe('properName(name)', () => {
  it('drops the level noun', () => {
    expect(properName('Thành phố Hồ Chí Minh')).toBe('Hồ Chí Minh');
    expect(properName('Việt Nam')).toBe('Việt Nam');
  });

  it('drops every noun of the one list UNIT_NOUNS (domain/units.ts), and only a leading one', () => {
    for (const noun of UNIT_NOUNS) expect(properName(`${noun} Hòa Thuận`), noun).toBe('Hòa Thuận');
    expect(properName('Xã')).toBe('Xã');
    expect(properName('Một tỉnh chưa rõ tên')).toBe('Một tỉnh chưa rõ tên');
  });
});

describe('provinceOf(id, units)', () => {
  it('finds the province above a commune, or the province itself', () => {
    expect(provinceOf('son-loc-a', units)?.id).toBe('dong-ha');
    expect(provinceOf('tay-linh', units)?.id).toBe('tay-linh');
    expect(provinceOf('vn', units)).toBeUndefined();
  });
});

describe('placeLine(id, units)', () => {
  it('names the province once, whether or not the label already carries it', () => {
    expect(placeLine('an-tien', units)).toBe('Phường An Tiến, Tỉnh Tây Lĩnh');
    expect(placeLine('hoa-thuan-tl', units)).toBe('Xã Hòa Thuận (Tây Lĩnh)');
    expect(placeLine('son-loc-a', units)).toBe('Xã Sơn Lộc (Mỹ Lộc, đến 30/6/2025), Tỉnh Đông Hà');
    expect(placeLine('ben-tre', units)).toBe('Tỉnh Bến Tre (đến 30/6/2025)');
    expect(placeLine('nowhere', units)).toBeUndefined();
  });
});
