/**
 * Localities at national scale: the 34 provinces and cities of the 2025 reform, the 29 provinces
 * merged into them (kept with `valid_to` and `successor`, as the contract asks), ~3,321 communes
 * and wards directly under the provinces, and optionally hamlets under communes.
 */
import type { Rng } from './prng.ts';
import { suggestSlug } from '../../src/core/slug.ts';

export interface GenUnit {
  id: string;
  name: string;
  level: 'quoc-gia' | 'tinh' | 'xa' | 'ap';
  parent: string;
  validFrom: string;
  validTo: string;
  successor: string;
  code: string;
  /** Short name for prose: `Bến Tre`, `Tân Phú`. */
  short: string;
}

/** [short name, id, is a centrally-run city] */
const CURRENT: [string, string, boolean][] = [
  ['Hà Nội', 'ha-noi', true],
  ['Huế', 'hue', true],
  ['Lai Châu', 'lai-chau', false],
  ['Điện Biên', 'dien-bien', false],
  ['Sơn La', 'son-la', false],
  ['Lạng Sơn', 'lang-son', false],
  ['Quảng Ninh', 'quang-ninh', false],
  ['Thanh Hóa', 'thanh-hoa', false],
  ['Nghệ An', 'nghe-an', false],
  ['Hà Tĩnh', 'ha-tinh', false],
  ['Cao Bằng', 'cao-bang', false],
  ['Tuyên Quang', 'tuyen-quang', false],
  ['Lào Cai', 'lao-cai', false],
  ['Thái Nguyên', 'thai-nguyen', false],
  ['Phú Thọ', 'phu-tho', false],
  ['Bắc Ninh', 'bac-ninh', false],
  ['Hưng Yên', 'hung-yen', false],
  ['Hải Phòng', 'hai-phong', true],
  ['Ninh Bình', 'ninh-binh', false],
  ['Quảng Trị', 'quang-tri', false],
  ['Đà Nẵng', 'da-nang', true],
  ['Quảng Ngãi', 'quang-ngai', false],
  ['Gia Lai', 'gia-lai', false],
  ['Khánh Hòa', 'khanh-hoa', false],
  ['Lâm Đồng', 'lam-dong', false],
  ['Đắk Lắk', 'dak-lak', false],
  ['Hồ Chí Minh', 'ho-chi-minh', true],
  ['Đồng Nai', 'dong-nai', false],
  ['Tây Ninh', 'tay-ninh', false],
  ['Cần Thơ', 'can-tho', true],
  ['Vĩnh Long', 'vinh-long', false],
  ['Đồng Tháp', 'dong-thap', false],
  ['Cà Mau', 'ca-mau', false],
  ['An Giang', 'an-giang', false],
];

/** [short name, id, successor id] — merged on 1/7/2025. */
const MERGED: [string, string, string][] = [
  ['Hà Giang', 'ha-giang', 'tuyen-quang'],
  ['Yên Bái', 'yen-bai', 'lao-cai'],
  ['Bắc Kạn', 'bac-kan', 'thai-nguyen'],
  ['Vĩnh Phúc', 'vinh-phuc', 'phu-tho'],
  ['Hòa Bình', 'hoa-binh', 'phu-tho'],
  ['Bắc Giang', 'bac-giang', 'bac-ninh'],
  ['Thái Bình', 'thai-binh', 'hung-yen'],
  ['Hải Dương', 'hai-duong', 'hai-phong'],
  ['Hà Nam', 'ha-nam', 'ninh-binh'],
  ['Nam Định', 'nam-dinh', 'ninh-binh'],
  ['Quảng Bình', 'quang-binh', 'quang-tri'],
  ['Quảng Nam', 'quang-nam', 'da-nang'],
  ['Kon Tum', 'kon-tum', 'quang-ngai'],
  ['Bình Định', 'binh-dinh', 'gia-lai'],
  ['Ninh Thuận', 'ninh-thuan', 'khanh-hoa'],
  ['Đắk Nông', 'dak-nong', 'lam-dong'],
  ['Bình Thuận', 'binh-thuan', 'lam-dong'],
  ['Phú Yên', 'phu-yen', 'dak-lak'],
  ['Bình Dương', 'binh-duong', 'ho-chi-minh'],
  ['Bà Rịa – Vũng Tàu', 'ba-ria-vung-tau', 'ho-chi-minh'],
  ['Bình Phước', 'binh-phuoc', 'dong-nai'],
  ['Long An', 'long-an', 'tay-ninh'],
  ['Sóc Trăng', 'soc-trang', 'can-tho'],
  ['Hậu Giang', 'hau-giang', 'can-tho'],
  ['Bến Tre', 'ben-tre', 'vinh-long'],
  ['Trà Vinh', 'tra-vinh', 'vinh-long'],
  ['Tiền Giang', 'tien-giang', 'dong-thap'],
  ['Bạc Liêu', 'bac-lieu', 'ca-mau'],
  ['Kiên Giang', 'kien-giang', 'an-giang'],
];

const FIRST = [
  'Tân',
  'Hòa',
  'Phú',
  'An',
  'Bình',
  'Long',
  'Thạnh',
  'Vĩnh',
  'Phước',
  'Mỹ',
  'Đông',
  'Tây',
  'Nam',
  'Bắc',
  'Hưng',
  'Quang',
  'Thanh',
  'Trung',
  'Đại',
  'Minh',
  'Xuân',
  'Hồng',
  'Kim',
  'Ngọc',
  'Sơn',
  'Hải',
  'Lộc',
  'Thuận',
  'Đức',
  'Nhơn',
];
const SECOND = [
  'Phú',
  'Bình',
  'Hòa',
  'Lợi',
  'Thành',
  'Hưng',
  'Điền',
  'Khánh',
  'Thới',
  'Tiến',
  'Lâm',
  'Sơn',
  'Hà',
  'Lạc',
  'Phong',
  'Nghĩa',
  'Thịnh',
  'Xuyên',
  'Định',
  'Mỹ',
  'Trạch',
  'Tân',
  'Vinh',
  'Quý',
  'An',
  'Hiệp',
  'Đông',
  'Lộc',
  'Hải',
  'Thủy',
];
const HAMLET = ['Ấp', 'Thôn', 'Bản', 'Khu phố', 'Tổ dân phố'];

export const COMMUNE_COUNT = 3321;

/** ASCII slug: diacritics and đ folded (the project's own rule). */
export const slugify = suggestSlug;

export interface UnitSet {
  all: GenUnit[];
  current: GenUnit[];
  merged: GenUnit[];
  communes: GenUnit[];
  communesOf: Map<string, GenUnit[]>;
}

export function generateUnits(rng: Rng, hamletsPerCommune = 0): UnitSet {
  const nation: GenUnit = {
    id: 'viet-nam',
    name: 'Việt Nam',
    level: 'quoc-gia',
    parent: '',
    validFrom: '',
    validTo: '',
    successor: '',
    code: '',
    short: 'Việt Nam',
  };
  const current = CURRENT.map<GenUnit>(([short, id, city], i) => ({
    id,
    name: `${city ? 'Thành phố' : 'Tỉnh'} ${short}`,
    level: 'tinh',
    parent: 'viet-nam',
    validFrom: '',
    validTo: '',
    successor: '',
    code: String(i + 1).padStart(2, '0'),
    short,
  }));
  const merged = MERGED.map<GenUnit>(([short, id, successor], i) => ({
    id,
    name: `Tỉnh ${short}`,
    level: 'tinh',
    parent: 'viet-nam',
    validFrom: '',
    validTo: '2025-06-30',
    successor,
    code: String(40 + i),
    short,
  }));
  const communes: GenUnit[] = [];
  const communesOf = new Map<string, GenUnit[]>();
  // Thạnh Phú and Thanh Phú fold to one id: keep the first of each.
  const bySlug = new Map(
    FIRST.flatMap((a) => SECOND.filter((b) => b !== a).map((b) => [slugify(`${a} ${b}`), `${a} ${b}`] as const)).reverse(),
  );
  const combos = [...bySlug.values()].reverse();
  current.forEach((p, pi) => {
    // 3,321 communes spread over 34 provinces: 23 provinces get 98, 11 get 97.
    const n = Math.floor(COMMUNE_COUNT / current.length) + (pi < COMMUNE_COUNT % current.length ? 1 : 0);
    const list = rng.sample(combos, n).map<GenUnit>((short) => {
      const kind = p.code === '01' || rng.chance(0.25) ? 'Phường' : 'Xã';
      return {
        id: `${slugify(short)}-${p.id}`,
        name: `${kind} ${short}`,
        level: 'xa',
        parent: p.id,
        validFrom: '2025-07-01',
        validTo: '',
        successor: '',
        code: String(communes.length + 1).padStart(5, '0'),
        short,
      };
    });
    communes.push(...list);
    communesOf.set(p.id, list);
  });
  const hamlets: GenUnit[] = [];
  for (const c of hamletsPerCommune > 0 ? communes : []) {
    const kind = rng.pick(HAMLET);
    for (let h = 1; h <= hamletsPerCommune; h++)
      hamlets.push({
        id: `${c.id}-${slugify(kind)}-${h}`,
        name: `${kind} ${h}`,
        level: 'ap',
        parent: c.id,
        validFrom: '2025-07-01',
        validTo: '',
        successor: '',
        code: '',
        short: `${kind} ${h}`,
      });
  }
  return { all: [nation, ...current, ...merged, ...communes, ...hamlets], current, merged, communes, communesOf };
}

export function unitsCsv(units: GenUnit[]): string {
  const rows = units.map((u) => [u.id, csvCell(u.name), u.level, u.parent, u.validFrom, u.validTo, u.successor, u.code].join(','));
  return `id,name,level,parent,valid_from,valid_to,successor,code\n${rows.join('\n')}\n`;
}

export function csvCell(v: string): string {
  return /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}
