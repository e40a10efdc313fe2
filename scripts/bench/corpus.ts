/**
 * A national-size synthetic corpus that passes `npm run check`: documents of the centre and of
 * every province, conference reports citing them by number and date, and the figures each
 * report gives. `generateCorpus` returns file contents by path; nothing touches the disk.
 */
import { createRng, fork, type Rng } from './prng.ts';
import { generateUnits, unitsCsv, type GenUnit } from './units.ts';
import { figureGroup, INDICATORS_CSV, OBSERVATIONS_HEADER, rowCsv, type Row } from './figures.ts';
import { conferenceFile, documentFile, type GenDoc } from './articles.ts';

export interface CorpusOptions {
  /** Number of articles (documents + conference reports). */
  articles: number;
  seed?: number;
  hamletsPerCommune?: number;
}

/** Central documents every province implements: [number, kind, issuer, issued, term, title]. */
const CENTRAL: [string, string, string, string, string, string][] = [
  [
    '18-NQ/TW',
    'nghi-quyet',
    'Ban Chấp hành Trung ương',
    '2017-10-25',
    'XII',
    'Một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả',
  ],
  [
    '19-NQ/TW',
    'nghi-quyet',
    'Ban Chấp hành Trung ương',
    '2017-10-25',
    'XII',
    'Về tiếp tục đổi mới hệ thống tổ chức và quản lý, nâng cao chất lượng và hiệu quả hoạt động của các đơn vị sự nghiệp công lập',
  ],
  [
    '26-NQ/TW',
    'nghi-quyet',
    'Ban Chấp hành Trung ương',
    '2018-05-19',
    'XII',
    'Về tập trung xây dựng đội ngũ cán bộ các cấp, nhất là cấp chiến lược',
  ],
  ['34-KL/TW', 'ket-luan', 'Bộ Chính trị', '2018-08-07', 'XII', 'Về thực hiện một số mô hình thí điểm theo Nghị quyết số 18-NQ/TW'],
  [
    '35-CT/TW',
    'chi-thi',
    'Bộ Chính trị',
    '2019-06-14',
    'XII',
    'Về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng',
  ],
  [
    '21-NQ/TW',
    'nghi-quyet',
    'Ban Chấp hành Trung ương',
    '2022-06-16',
    'XIII',
    'Về tăng cường củng cố, xây dựng tổ chức cơ sở đảng và nâng cao chất lượng đội ngũ đảng viên',
  ],
  [
    '127-KL/TW',
    'ket-luan',
    'Bộ Chính trị',
    '2025-02-28',
    'XIII',
    'Về triển khai nghiên cứu, đề xuất tiếp tục sắp xếp tổ chức bộ máy của hệ thống chính trị',
  ],
  [
    '60-NQ/TW',
    'nghi-quyet',
    'Ban Chấp hành Trung ương',
    '2025-04-12',
    'XIII',
    'Hội nghị lần thứ mười một Ban Chấp hành Trung ương Đảng khóa XIII',
  ],
];

/** Provincial document types: [kind, code, number form, issuer form]. */
const LOCAL_KINDS: [string, string, 'party' | 'ubnd', 'tu' | 'btv' | 'ubnd'][] = [
  ['nghi-quyet', 'NQ', 'party', 'tu'],
  ['ket-luan', 'KL', 'party', 'btv'],
  ['de-an', 'ĐA', 'party', 'btv'],
  ['ke-hoach', 'KH', 'party', 'btv'],
  ['chi-thi', 'CT', 'party', 'btv'],
  ['huong-dan', 'HD', 'party', 'btv'],
  ['phuong-an', 'PA', 'ubnd', 'ubnd'],
  ['ke-hoach', 'KH', 'ubnd', 'ubnd'],
];

const LOCAL_TITLES = [
  'Về thực hiện thí điểm mô hình bí thư chi bộ kiêm trưởng ấp, khu phố',
  'Về sắp xếp tổ chức bộ máy cơ quan đảng, chính quyền cấp xã',
  'Về nâng cao chất lượng đội ngũ cán bộ cấp cơ sở giai đoạn 2021–2025',
  'Về hợp nhất văn phòng cấp ủy và văn phòng HĐND – UBND cấp xã',
  'Về tăng tỷ lệ cán bộ nữ trong cấp ủy các cấp',
  'Về đào tạo, bồi dưỡng bí thư chi bộ và cấp ủy viên cơ sở',
  'Về thực hiện nhất thể hóa chức danh bí thư đảng ủy kiêm chủ tịch HĐND xã',
];

function isoDay(rng: Rng, from: string, to: string): string {
  const a = Date.UTC(+from.slice(0, 4), +from.slice(5, 7) - 1, +from.slice(8, 10));
  const b = Date.UTC(+to.slice(0, 4), +to.slice(5, 7) - 1, +to.slice(8, 10));
  return new Date(a + rng.int(0, Math.round((b - a) / 864e5)) * 864e5).toISOString().slice(0, 10);
}

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 864e5).toISOString().slice(0, 10);
}

const body = (u: GenUnit) => (u.name.startsWith('Thành phố') ? 'Thành ủy' : 'Tỉnh ủy');

export function generateCorpus(opts: CorpusOptions): Map<string, string> {
  const seed = opts.seed ?? 1;
  const units = generateUnits(fork(seed, 'units'), opts.hamletsPerCommune ?? 0);
  const rng = createRng(seed);
  const files = new Map<string, string>();
  const provinces = [...units.current, ...units.merged];

  const central: GenDoc[] = CENTRAL.map(([number, kind, issuer, issued, term, title]) => ({
    id: `${number.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${issued.slice(0, 4)}`,
    number,
    kind,
    issuer,
    unit: 'viet-nam',
    issued,
    term,
    title,
    place: 'Việt Nam',
    implements: [],
  }));
  const nDocs = Math.max(central.length, Math.round(opts.articles * 0.35));
  const localDocs: GenDoc[] = [];
  const serials = new Map<string, number>();
  const docsOf = new Map<string, GenDoc[]>();
  for (let i = central.length; i < nDocs; i++) {
    const p = provinces[i % provinces.length]!;
    const [kind, code, form, issuerForm] = rng.pick(LOCAL_KINDS);
    const key = `${p.id}|${code}|${form}`;
    const serial = (serials.get(key) ?? (form === 'ubnd' ? rng.int(100, 3000) : rng.int(0, 10))) + rng.int(1, form === 'ubnd' ? 400 : 12);
    serials.set(key, serial);
    const issued = isoDay(rng, '2015-01-05', p.validTo ? '2025-06-20' : '2026-06-30');
    const number = form === 'ubnd' ? `${serial}/${code}-UBND` : `${serial < 10 ? `0${serial}` : serial}-${code}/TU`;
    const issuer =
      issuerForm === 'tu'
        ? `${body(p)} ${p.short}`
        : issuerForm === 'btv'
          ? `Ban Thường vụ ${body(p)} ${p.short}`
          : `UBND ${p.name.startsWith('Thành phố') ? 'thành phố' : 'tỉnh'} ${p.short}`;
    const implementable = central.filter((c) => c.issued < issued);
    const doc: GenDoc = {
      id: `${number
        .toLowerCase()
        .replace(/đ/g, 'd')
        .replace(/[^a-z0-9]+/g, '-')}-${issued.slice(0, 4)}-${p.id}`,
      number,
      kind,
      issuer,
      unit: p.id,
      issued,
      title: rng.pick(LOCAL_TITLES),
      place: `${p.name.startsWith('Thành phố') ? 'thành phố' : 'tỉnh'} ${p.short}`,
      implements: implementable.length ? [rng.pick(implementable).id] : [],
    };
    localDocs.push(doc);
    docsOf.set(p.id, [...(docsOf.get(p.id) ?? []), doc]);
  }
  const allDocs = [...central, ...localDocs];
  const byId = new Map(allDocs.map((d) => [d.id, d]));
  for (const d of allDocs) files.set(`content/documents/${d.id}.mdx`, documentFile(fork(seed, d.id), d, byId, docsOf.get(d.unit) ?? []));

  const observations: string[] = [];
  const nConfs = opts.articles - nDocs;
  for (let i = 0; i < nConfs; i++) {
    const p = provinces[(i * 7) % provinces.length]!;
    // A fifth of the reports are about a commune: those exist since 1/7/2025.
    const commune = !p.validTo && rng.chance(0.2) ? rng.pick(units.communesOf.get(p.id)!) : undefined;
    const held = commune ? isoDay(rng, '2025-07-05', '2026-10-15') : isoDay(rng, '2018-01-10', p.validTo ? '2025-06-25' : '2026-10-15');
    const published = addDays(held, rng.int(0, 3));
    const kind = rng.pick(['so-ket', 'tong-ket', 'khao-sat', 'hoi-nghi', 'hop'] as const);
    const id = `${kind}-${commune ? commune.id : p.id}-${held.slice(0, 4)}-${i + 1}`;
    const local = (docsOf.get(p.id) ?? []).filter((d) => d.issued < held);
    const cited = [
      ...rng.sample(local, rng.int(1, 3)),
      ...rng.sample(
        central.filter((c) => c.issued < held),
        1,
      ),
    ];
    const rows: Row[] = figureGroup(rng, { prefix: id, unit: commune?.id ?? p.id, date: held, conference: id });
    observations.push(...rows.map(rowCsv));
    files.set(
      `content/conferences/${id}.mdx`,
      conferenceFile(fork(seed, id), {
        id,
        kind,
        held,
        published,
        province: p,
        commune,
        cited,
        rows,
        featured: i < 3,
        organizer: commune
          ? `Đảng ủy ${commune.name.replace(/^Xã/, 'xã').replace(/^Phường/, 'phường')}`
          : `Ban Thường vụ ${body(p)} ${p.short}`,
      }),
    );
  }
  files.set('data/units.csv', unitsCsv(units.all));
  files.set('data/indicators.csv', INDICATORS_CSV);
  files.set('data/observations.csv', OBSERVATIONS_HEADER + observations.join('\n') + '\n');
  return files;
}
