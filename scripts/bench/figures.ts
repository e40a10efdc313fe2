/**
 * Indicators and observation rows that hold up to every arithmetic check: parts that sum to
 * their whole, ratios with totals, printed rates that agree with value/total, bounds with
 * qualifiers. One generator serves the article corpus and the million-row table.
 */
import type { Rng } from './prng.ts';
import { csvCell } from './units.ts';

export const INDICATORS_CSV = `id,name,topic,measure,level,description
truong-hop-kiem-nhiem,"Số trường hợp kiêm nhiệm, nhất thể hóa",kiem-nhiem,count,,"Số người đang giữ đồng thời hai chức danh theo mô hình kiêm nhiệm hoặc nhất thể hóa."
bi-thu-kiem-chu-tich-hdnd-xa,"Xã, phường có bí thư đảng ủy kiêm chủ tịch HĐND",kiem-nhiem,ratio,xa,"Số xã, phường có bí thư đảng ủy đồng thời là chủ tịch Hội đồng nhân dân, trên tổng số xã, phường."
bi-thu-chi-bo-kiem-truong-ap,"Bí thư chi bộ kiêm trưởng ấp, khu phố",nhat-the-hoa,percent,ap,"Tỷ lệ bí thư chi bộ ấp, khu phố đồng thời là trưởng ấp, trưởng khu phố."
chi-bo-nhat-the-hoa,Chi bộ thực hiện nhất thể hóa,nhat-the-hoa,ratio,ap,"Số chi bộ thôn, khu phố thực hiện nhất thể hóa trên tổng số chi bộ."
nu-trong-bch-dang-bo-xa,"Nữ trong Ban Chấp hành đảng bộ xã, phường",can-bo-nu,ratio,xa,"Số nữ trên tổng số ủy viên Ban Chấp hành đảng bộ xã, phường."
luot-can-bo-dao-tao-boi-duong,"Lượt cán bộ được đào tạo, bồi dưỡng",dao-tao,count,,"Số lượt cán bộ được đào tạo, bồi dưỡng trong kỳ báo cáo."
xa-phuong-hop-nhat-van-phong,"Xã, phường hợp nhất văn phòng",sap-xep-bo-may,ratio,xa,"Số xã, phường hợp nhất văn phòng cấp ủy và văn phòng HĐND – UBND."
`;

export interface Row {
  id: string;
  indicator: string;
  unit: string;
  date: string;
  value: number;
  total?: number;
  qualifier?: 'over' | 'about';
  printed: string;
  target?: number;
  partOf?: string;
  conference: string;
  note?: string;
  /** For prose: what the figure says. */
  label: string;
}

/** `1017` → `1.017`; `17.07` → `17,07`. */
export function viNumber(n: number): string {
  const [int, frac] = String(n).split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return frac ? `${grouped},${frac}` : grouped;
}

/** value/total as a printed rate, rounded to two decimals as sources print it. */
export function viPercent(value: number, total: number): string {
  return `${viNumber(Number(((value / total) * 100).toFixed(2)))}%`;
}

const LEVEL_PARTS = [
  ['cap-tinh', 'Cấp tỉnh'],
  ['cap-xa', 'Cấp xã'],
  ['cap-ap', 'Cấp ấp, khu phố'],
  ['co-quan', 'Cơ quan, đơn vị'],
] as const;

export interface GroupContext {
  prefix: string;
  unit: string;
  date: string;
  conference: string;
}

/** One report's figures: a whole with four parts, two ratios, a percent, and a bound. */
export function figureGroup(rng: Rng, g: GroupContext): Row[] {
  const base = { unit: g.unit, date: g.date, conference: g.conference };
  const parts = LEVEL_PARTS.map(([key, note], i) => ({
    ...base,
    id: `${g.prefix}-kiem-nhiem-${key}`,
    indicator: 'truong-hop-kiem-nhiem',
    value: rng.int(i === 0 ? 1 : 5, i === 0 ? 12 : 900),
    note,
    label: note,
  })) as Row[];
  const sum = parts.reduce((s, p) => s + p.value, 0);
  const whole: Row = {
    ...base,
    id: `${g.prefix}-kiem-nhiem-tong`,
    indicator: 'truong-hop-kiem-nhiem',
    value: sum,
    printed: viNumber(sum),
    note: 'Toàn đơn vị, gồm kiêm nhiệm và nhất thể hóa',
    label: 'trường hợp kiêm nhiệm, nhất thể hóa',
  };
  for (const p of parts) ((p.printed = viNumber(p.value)), (p.partOf = whole.id));
  const total = rng.int(12, 140);
  const hdnd = rng.int(Math.floor(total / 2), total);
  const ratio: Row = {
    ...base,
    id: `${g.prefix}-bi-thu-kiem-chu-tich-hdnd`,
    indicator: 'bi-thu-kiem-chu-tich-hdnd-xa',
    value: hdnd,
    total,
    printed: rng.chance(0.5) ? `${hdnd}/${total}` : viPercent(hdnd, total),
    label: 'xã, phường có bí thư kiêm chủ tịch HĐND',
  };
  const members = rng.int(15, 400);
  const women = rng.int(Math.floor(members / 6), Math.floor(members / 2));
  const nu: Row = {
    ...base,
    id: `${g.prefix}-nu-bch-xa`,
    indicator: 'nu-trong-bch-dang-bo-xa',
    value: women,
    total: members,
    printed: viPercent(women, members),
    target: rng.pick([15, 20, 25, 30]),
    label: 'nữ trong Ban Chấp hành đảng bộ xã, phường',
  };
  const pct = rng.int(400, 1000) / 10;
  const percent: Row = {
    ...base,
    id: `${g.prefix}-bi-thu-chi-bo-kiem-truong-ap`,
    indicator: 'bi-thu-chi-bo-kiem-truong-ap',
    value: pct,
    printed: `${viNumber(pct)}%`,
    label: 'bí thư chi bộ kiêm trưởng ấp, khu phố',
  };
  const trained = rng.int(200, 9000);
  const bound: Row = {
    ...base,
    id: `${g.prefix}-dao-tao-boi-duong`,
    indicator: 'luot-can-bo-dao-tao-boi-duong',
    value: trained,
    qualifier: 'over',
    printed: `trên ${viNumber(trained)}`,
    label: 'lượt cán bộ được đào tạo, bồi dưỡng',
  };
  return [whole, ...parts, ratio, nu, percent, bound];
}

export const OBSERVATIONS_HEADER = 'id,indicator,unit,date,value,total,qualifier,printed,target,part_of,conference,note\n';

export function rowCsv(r: Row): string {
  return [
    r.id,
    r.indicator,
    r.unit,
    r.date,
    r.value,
    r.total ?? '',
    r.qualifier ?? '',
    csvCell(r.printed),
    r.target ?? '',
    r.partOf ?? '',
    r.conference,
    csvCell(r.note ?? ''),
  ].join(',');
}
