/**
 * A portal's archive for the import's benchmark and tests: `n` news articles written from
 * templates with seeded numbers (a headline, a dateline, a lead with a ratio and its rate, a
 * "trong đó" subset, a cited document), as .txt and saved .html pages, each different in its
 * text, so that none is recognised as another.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRng } from './prng.ts';

const PLACES = ['Long Phú', 'An Hòa', 'Bắc Sơn', 'Tân Thạnh', 'Phước Long', 'Hòa Bình', 'Mỹ Xuân', 'Vĩnh Lợi'];
const MODELS = [
  'bí thư chi bộ kiêm trưởng ấp',
  'bí thư đảng ủy kiêm chủ tịch HĐND xã',
  'trưởng ban dân vận kiêm chủ tịch Ủy ban MTTQ',
  'bí thư chi bộ kiêm trưởng ban công tác mặt trận',
];
const UNITS = ['ấp, khu phố', 'xã, phường', 'thôn, bản', 'chi bộ'];

/** The `i`-th article: its file name and text. */
export function archiveArticle(i: number, seed = 1): { name: string; text: string } {
  const rng = createRng(seed * 100_003 + i);
  const place = rng.pick(PLACES);
  const model = rng.pick(MODELS);
  const unit = rng.pick(UNITS);
  const total = rng.int(20, 400);
  const part = rng.int(1, total);
  const rate = ((part / total) * 100).toFixed(1).replace('.', ',');
  const staff = rng.int(30, 900);
  const women = rng.int(1, staff - 1);
  const day = rng.int(1, 28);
  const month = rng.int(1, 12);
  const year = rng.int(2016, 2024);
  const doc = `${rng.int(1, 60)}-NQ/TU`;
  const title = `Huyện ${place} sơ kết mô hình ${model} (${i + 1})`;
  const paras = [
    `Sáng ngày ${day}/${month}/${year}, Huyện ủy ${place} tổ chức hội nghị sơ kết thực hiện mô hình ${model} theo Nghị quyết số ${doc} của Ban Chấp hành Đảng bộ tỉnh.`,
    `Đến nay, toàn huyện có ${part} trong tổng số ${total} ${unit} thực hiện mô hình (chiếm ${rate}%).`,
    `Huyện có ${staff} cán bộ chủ chốt cơ sở, trong đó ${women} cán bộ nữ.`,
    `Hội nghị thống nhất tiếp tục nhân rộng mô hình ở những nơi đủ điều kiện, bảo đảm đúng quy định của Đảng (bài số ${i + 1}).`,
  ];
  const dateline = `${day}/${month}/${year}`;
  if (i % 3 === 2) {
    const html = `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body><nav><a href="/">Trang chủ</a></nav><article><h1>${title}</h1><p class="ngay">${dateline}</p>${paras.map((p) => `<p>${p}</p>`).join('')}</article><footer>Bản quyền thuộc cổng thông tin</footer></body></html>`;
    return { name: `bai-${String(i + 1).padStart(5, '0')}.html`, text: html };
  }
  return { name: `bai-${String(i + 1).padStart(5, '0')}.txt`, text: [title, dateline, ...paras].join('\n') + '\n' };
}

/** Writes `n` articles into `dir`, a hundred to a subfolder (an archive by year or section). */
export function writeArchive(dir: string, n: number, seed = 1): void {
  for (let i = 0; i < n; i++) {
    const sub = join(dir, `muc-${String(Math.floor(i / 100) + 1).padStart(3, '0')}`);
    mkdirSync(sub, { recursive: true });
    const a = archiveArticle(i, seed);
    writeFileSync(join(sub, a.name), a.text);
  }
}

/** A project with nothing but its tables' headers and one province: what a portal starts from. */
export function writeEmptyProject(root: string): void {
  mkdirSync(join(root, 'data'), { recursive: true });
  mkdirSync(join(root, 'content', 'conferences'), { recursive: true });
  mkdirSync(join(root, 'content', 'documents'), { recursive: true });
  writeFileSync(
    join(root, 'data', 'units.csv'),
    'id,name,level,parent,valid_from,valid_to,successor,code\nviet-nam,Việt Nam,quoc-gia,,,,,\nan-hoa,Tỉnh An Hòa,tinh,viet-nam,,,,\n',
  );
  writeFileSync(join(root, 'data', 'indicators.csv'), 'id,name,topic,measure,level,description\n');
  writeFileSync(
    join(root, 'data', 'observations.csv'),
    'id,indicator,unit,date,value,total,qualifier,printed,target,part_of,conference,note\n',
  );
}
