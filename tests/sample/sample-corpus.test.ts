import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateProject } from '../../src/checks/engine.ts';

const ROOT = join(import.meta.dirname, '..', '..');

describe('the sample corpus', () => {
  it('validateProject(sample) gives exactly the two printed-rate flags of the Bến Tre City report and nothing else', () => {
    const { issues, corpus } = validateProject(ROOT);
    expect(issues.map((i) => [i.code, i.severity, i.file, i.row, i.field, i.value, i.expected])).toEqual([
      ['printed-mismatch', 'flag', 'data/observations.csv', 9, 'printed', '38,6%', '30,56%'],
      ['printed-mismatch', 'flag', 'data/observations.csv', 10, 'printed', '38,65%', '37,42%'],
    ]);
    expect(corpus.conferences).toHaveLength(5);
    expect(corpus.documents.length).toBeGreaterThanOrEqual(12);
  });

  it('validateProject(sample) keeps both 02-NQ/TU as two documents of two provinces', () => {
    const { corpus } = validateProject(ROOT);
    const twins = corpus.documents.filter((d) => d.data.number === '02-NQ/TU');
    expect(twins.map((d) => [d.data.unit, d.data.issued]).sort()).toEqual([
      ['ben-tre', '2016-04-12'],
      ['unknown-tinh-mien-nui-phia-bac', '2021-01-21'],
    ]);
  });

  it('validateProject(sample) reads 1.017 = 2 + 26 + 180 + 809 as a whole and its four parts', () => {
    const { corpus } = validateProject(ROOT);
    const whole = corpus.observations.find((o) => o.data.value === 1017 && !o.data.part_of)!;
    const parts = corpus.observations.filter((o) => o.data.part_of === whole.data.id).map((o) => o.data.value);
    expect(parts.sort((a, b) => a! - b!)).toEqual([2, 26, 180, 809]);
    expect(whole.data.printed).toBe('1.017');
  });

  it('npm run check -- --json prints one JSON object with the issues and exits 0 on the sample', () => {
    const out = execFileSync(process.execPath, ['scripts/check.ts', '--json'], { cwd: ROOT, encoding: 'utf8' });
    const json = JSON.parse(out) as { issues: Record<string, unknown>[] };
    expect(json.issues).toHaveLength(2);
    expect(Object.keys(json.issues[0]!).sort()).toEqual([
      'code',
      'expected',
      'field',
      'file',
      'hint',
      'message',
      'row',
      'severity',
      'value',
    ]);
    expect(json.issues[0]!.message).toEqual({ vi: expect.stringContaining('Nguồn in'), en: expect.stringContaining('source prints') });
  });
});

describe('the sample says no more than its five reports (issue 24 §2)', () => {
  const { corpus } = validateProject(ROOT);
  const conference = (id: string) => corpus.conferences.find((c) => c.id === id)!;
  const document = (id: string) => corpus.documents.find((d) => d.id === id)!;

  it('R2 lists the three leaders as attending: "Thường trực Tỉnh ủy chủ trì", the magazine unnamed', () => {
    const r2 = conference('so-ket-kiem-nhiem-ben-tre-2021');
    expect(r2.data.chairs).toBeUndefined();
    expect(r2.body).toContain('Thường trực Tỉnh ủy chủ trì hội nghị');
    expect(r2.data.source.publisher).toContain('nguồn không nêu');
    expect(r2.data.source.publisher).not.toMatch(/của Đảng/);
  });

  it('document titles are the reports’ own words; a title no report prints is marked as such', () => {
    const titles = Object.fromEntries(corpus.documents.map((d) => [d.id, d.data.title]));
    expect(titles).toMatchObject({
      '02-pa-tu-2017-sam-son':
        'Về bố trí, sử dụng cán bộ, công chức, người hoạt động không chuyên trách và hợp đồng lao động tại các xã, phường',
      '02-nq-tu-2016-ben-tre':
        'Về tăng cường xây dựng Đảng trong sạch, vững mạnh; nâng cao năng lực lãnh đạo và sức chiến đấu của các tổ chức đảng và chất lượng đội ngũ cán bộ, đảng viên',
      '02-da-tu-2018-ben-tre':
        'Về sắp xếp tinh gọn tổ chức bộ máy, nâng cao hiệu quả hoạt động của hệ thống chính trị tỉnh Bến Tre theo Nghị quyết Trung ương 6 (khóa XII)',
      '01-da-tu-2012-ben-tre':
        'Về việc xây dựng bố trí, sử dụng cán bộ nữ, cán bộ trẻ giữ chức danh lãnh đạo, quản lý trong hệ thống chính trị của tỉnh Bến Tre giai đoạn 2011-2015 và định hướng đến năm 2020',
      '3903-pa-ubnd-2018-ben-tre':
        'Sắp xếp các đơn vị hành chính cấp huyện, cấp xã, ấp, khu phố giai đoạn từ năm 2019 đến năm 2030 trên địa bàn thành phố',
    });
    expect(titles['96-kh-tu-2013-tp-ben-tre']).toContain('(nguồn không nêu trích yếu)');
    expect(document('19-nq-tw-2017').data.issuer).toMatch(/^Chưa rõ/);
  });

  it('units carry no outside fact (a merger, an end date, a statistics code): units.csv has no column for its source', () => {
    const outside = corpus.units.filter((u) => u.data.code || u.data.valid_to || u.data.successor).map((u) => u.data.id);
    expect(outside).toEqual([]);
  });

  it('Sầm Sơn: only the 40 is dated to a month ("đến tháng 3-2020"); no "hợp nhất", no "nhất thể hóa hoàn toàn"', () => {
    const rows = corpus.observations.filter((o) => o.data.conference === 'nhat-the-hoa-sam-son-2020');
    expect(rows.filter((o) => /^\d{4}-\d{2}/.test(o.data.date)).map((o) => [o.data.id, o.data.date])).toEqual([
      ['sam-son-2020-can-bo-xa-kiem-nhiem', '2020-03'],
    ]);
    const r5 = conference('nhat-the-hoa-sam-son-2020');
    const words = [
      r5.data.title,
      r5.data.summary,
      r5.body,
      ...corpus.indicators.map((i) => `${i.data.name} ${i.data.description ?? ''}`),
      ...rows.map((o) => o.data.note ?? ''),
    ].join('\n');
    expect(words).not.toMatch(/hợp nhất|nhất thể hóa hoàn toàn/);
    expect(r5.data.source.url).toBeUndefined();
  });

  it('the figures the sample had left out are there: the 100% target of R1, Sầm Sơn’s two city-level joint posts', () => {
    const byId = Object.fromEntries(corpus.observations.map((o) => [o.data.id, o.data]));
    expect(byId['ben-tre-2019-muc-tieu-bi-thu-chi-bo-kiem-truong-ap']).toMatchObject({
      unit: 'ben-tre',
      value: 100,
      printed: '100%',
      conference: 'khao-sat-tp-ben-tre-2019',
    });
    expect(corpus.observations.filter((o) => o.data.conference === 'nhat-the-hoa-sam-son-2020').map((o) => o.data.indicator)).toEqual(
      expect.arrayContaining(['truong-ban-tuyen-giao-kiem-giam-doc-trung-tam', 'truong-ban-dan-van-kiem-chu-tich-mttq']),
    );
  });
});
