/** One document or conference report as an MDX file: front matter, then 500–800 words of prose. */
import type { Rng } from './prng.ts';
import type { GenUnit } from './units.ts';
import type { Row } from './figures.ts';
import { HEADINGS, paragraph, viDate, type ProseContext } from './prose.ts';

export interface GenDoc {
  id: string;
  number: string;
  kind: string;
  issuer: string;
  unit: string;
  issued: string;
  term?: string;
  title: string;
  /** `tỉnh Bến Tre`, for prose. */
  place: string;
  implements: string[];
}

export interface GenConference {
  id: string;
  kind: 'so-ket' | 'tong-ket' | 'khao-sat' | 'hoi-nghi' | 'hop';
  held: string;
  published: string;
  province: GenUnit;
  commune?: GenUnit;
  organizer: string;
  cited: GenDoc[];
  rows: Row[];
  featured: boolean;
}

const KIND_LABEL: Record<string, string> = {
  'nghi-quyet': 'Nghị quyết',
  'ket-luan': 'Kết luận',
  'de-an': 'Đề án',
  'ke-hoach': 'Kế hoạch',
  'phuong-an': 'Phương án',
  'chi-thi': 'Chỉ thị',
  'huong-dan': 'Hướng dẫn',
};
const CONF_LABEL = { 'so-ket': 'sơ kết', 'tong-ket': 'tổng kết', 'khao-sat': 'khảo sát', 'hoi-nghi': 'hội nghị', hop: 'cuộc họp' } as const;
const PUBLISHERS = [
  'Báo Nhân Dân',
  'Tạp chí Xây dựng Đảng',
  'Cổng thông tin điện tử Tỉnh ủy',
  'Báo Tuổi trẻ Thủ đô',
  'Tạp chí Tổ chức nhà nước',
];
const NAMES = [
  'Nguyễn Văn Hùng',
  'Trần Thị Mai',
  'Lê Minh Tuấn',
  'Phạm Thị Hồng',
  'Hoàng Văn Nam',
  'Võ Thị Lan',
  'Đặng Quốc Bảo',
  'Bùi Thị Thu',
];

/** `Nghị quyết số 12-NQ/TU ngày 3/4/2019 của Tỉnh ủy Bến Tre`: number and date, so it resolves. */
function cite(d: GenDoc): string {
  return `${KIND_LABEL[d.kind]} số ${d.number} ngày ${viDate(d.issued)} của ${d.issuer}`;
}

const q = (s: string) => JSON.stringify(s);
/** `thành phố Huế` → `thành phố`, `xã Tân Phú` → `xã`. */
const area = (place: string) => (place.startsWith('thành phố') ? 'thành phố' : place.split(' ')[0]!);
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** Paragraphs under headings until the body reaches its word target. */
function prose(rng: Rng, ctx: ProseContext, parts: string[]): string[] {
  const target = rng.int(500, 800);
  let count = parts.reduce((s, p) => s + words(p), 0);
  const headings = rng.sample(HEADINGS, 4);
  let h = 0;
  while (count < target) {
    if (h < headings.length && rng.chance(0.4)) parts.push(`## ${headings[h++]}`);
    const p = paragraph(rng, ctx);
    parts.push(p);
    count += words(p);
    if (rng.chance(0.05)) parts.push(`<Callout type="note">\n${paragraph(rng, ctx, 2)}\n</Callout>`);
  }
  return parts;
}

export function documentFile(rng: Rng, d: GenDoc, byId: Map<string, GenDoc>, sameUnit: GenDoc[]): string {
  const fm = [
    '---',
    `number: ${q(d.number)}`,
    `kind: ${d.kind}`,
    `issuer: ${q(d.issuer)}`,
    `unit: ${d.unit}`,
    `issued: ${d.issued}`,
    `title: ${q(d.title)}`,
    ...(d.term ? [`term: ${d.term}`] : []),
    ...(d.implements.length ? [`implements: [${d.implements.join(', ')}]`] : []),
    `tags: [kiem-nhiem, ${rng.pick(['sap-xep-bo-may', 'nhat-the-hoa', 'can-bo-nu', 'dao-tao'])}]`,
    '---',
    '',
  ];
  const ctx: ProseContext = { place: d.place, organizer: d.issuer, year: Number(d.issued.slice(0, 4)) };
  const intro = [`${cite(d)} ${d.title.charAt(0).toLowerCase()}${d.title.slice(1)}.`];
  for (const id of d.implements)
    intro.push(`Văn bản được ban hành để cụ thể hóa ${cite(byId.get(id)!)}, phù hợp với điều kiện của ${d.place}.`);
  const earlier = sameUnit.filter((o) => o.issued < d.issued && o.id !== d.id);
  if (earlier.length && rng.chance(0.5)) intro.push(`Văn bản kế thừa kết quả thực hiện ${cite(rng.pick(earlier))}.`);
  const parts = prose(rng, ctx, [intro.join(' ')]);
  return `${fm.join('\n')}\n${parts.join('\n\n')}\n`;
}

export function conferenceFile(rng: Rng, c: GenConference): string {
  const place = c.commune
    ? c.commune.name.replace(/^Xã/, 'xã').replace(/^Phường/, 'phường')
    : `${c.province.name.startsWith('Thành phố') ? 'thành phố' : 'tỉnh'} ${c.province.short}`;
  const [whole, ...rest] = c.rows;
  const parts = rest.filter((r) => r.partOf === whole!.id);
  const others = rest.filter((r) => r.partOf !== whole!.id);
  const chair = rng.pick(NAMES);
  const fm = [
    '---',
    `title: ${q(`${place.charAt(0).toUpperCase()}${place.slice(1)} ${CONF_LABEL[c.kind]} ${rng.pick(['mô hình kiêm nhiệm', 'sắp xếp tổ chức bộ máy', 'công tác cán bộ'])}: ${whole!.printed} trường hợp kiêm nhiệm, nhất thể hóa`)}`,
    `kind: ${c.kind}`,
    `held: ${c.held}`,
    `published: ${c.published}`,
    `unit: ${c.commune?.id ?? c.province.id}`,
    `organizer: ${q(c.organizer)}`,
    'chairs:',
    `  - name: ${q(chair)}`,
    `    role: ${q(c.commune ? 'Bí thư Đảng ủy' : 'Phó Bí thư Thường trực')}`,
    `documents: [${c.cited.map((d) => d.id).join(', ')}]`,
    'source:',
    `  publisher: ${q(rng.pick(PUBLISHERS))}`,
    `  url: ${q(`https://example.vn/tin/${c.id}`)}`,
    `  author: ${q(rng.pick(NAMES))}`,
    `observations: [${c.rows.map((r) => r.id).join(', ')}]`,
    `summary: ${q(`Ngày ${viDate(c.held)}, ${c.organizer} ${CONF_LABEL[c.kind]} việc thực hiện ${cite(c.cited[0]!)}; toàn ${area(place)} có ${whole!.printed} trường hợp kiêm nhiệm, nhất thể hóa.`)}`,
    ...(c.featured ? ['featured: true'] : []),
    '---',
    '',
  ];
  const ctx: ProseContext = { place, organizer: c.organizer, year: Number(c.held.slice(0, 4)) };
  const out = [
    `Ngày ${viDate(c.held)}, ${c.organizer} tổ chức ${CONF_LABEL[c.kind]} việc thực hiện ${c.cited.map(cite).join('; ')}.`,
    `Dự hội nghị có đồng chí ${chair}. ${paragraph(rng, ctx, 2)}`,
    '## Kết quả theo từng cấp',
    `Toàn ${area(place)} có ${whole!.printed} ${whole!.label}, trong đó ${parts.map((p) => `${p.label.toLowerCase()} ${p.printed}`).join(', ')}. ${others.map((o) => `có ${o.printed} ${o.label}`).join('; ')}.`,
  ];
  if (rng.chance(0.4))
    out.push(
      [
        '| Cấp | Số trường hợp |',
        '|---|---|',
        ...parts.map((p) => `| ${p.label} | ${p.printed} |`),
        `| Tổng cộng | ${whole!.printed} |`,
      ].join('\n'),
    );
  if (rng.chance(0.3))
    out.push(
      `<Chart observations="${
        rng.chance(0.5)
          ? [whole!, ...parts].map((r) => r.id).join(' ')
          : others
              .filter((o) => o.total)
              .map((o) => o.id)
              .join(' ')
      }" />`,
    );
  if (rng.chance(0.2))
    out.push(`<Callout type="note">\nSố liệu do ${c.organizer} cung cấp tại hội nghị, tính đến ngày ${viDate(c.held)}.\n</Callout>`);
  return `${fm.join('\n')}\n${prose(rng, ctx, out).join('\n\n')}\n`;
}
