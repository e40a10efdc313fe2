import { describe, expect, it } from 'vitest';
import { findMentions, type Mention } from './mentions.ts';

/** The mentions of `text`, checking that every span is exact. */
function find(text: string): Mention[] {
  const ms = findMentions(text);
  for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.raw);
  return ms;
}
const canon = (ms: Mention[]) => ms.map((m) => m.parsed?.canonical);

describe('findMentions: full numbers after a type word', () => {
  it("findMentions reads 'Nghị quyết số 02-NQ/TU ngày 12/4/2016' with its date", () => {
    const text = 'Thực hiện Nghị quyết số 02-NQ/TU ngày 12/4/2016 của Tỉnh ủy Bến Tre (khóa X).';
    const [m, ...rest] = find(text);
    expect(rest).toEqual([]);
    expect(m).toMatchObject({
      raw: '02-NQ/TU',
      start: 24,
      end: 32,
      typeWord: 'nghi-quyet',
      serial: '02',
      issuer: 'TU',
      dateIso: '2016-04-12',
    });
    expect(m!.parsed?.canonical).toBe('02-NQ/TU');
  });
  it("findMentions reads the date in 'Nghị quyết số 18-NQ/TW ngày 25-10-2017'", () => {
    expect(find('Nghị quyết số 18-NQ/TW ngày 25-10-2017 của Ban Chấp hành Trung ương')[0]).toMatchObject({
      raw: '18-NQ/TW',
      dateIso: '2017-10-25',
    });
  });
  it("findMentions reads 'Kết luận số 34-KL/TW'", () => {
    expect(find('sơ kết các mô hình kiêm nhiệm theo Kết luận số 34-KL/TW của Bộ Chính trị')).toMatchObject([
      { raw: '34-KL/TW', typeWord: 'ket-luan', issuer: 'TW' },
    ]);
  });
  it("findMentions reads 'Đề án 01-ĐA/TU' without 'số'", () => {
    expect(find('6 năm thực hiện Đề án 01-ĐA/TU')).toMatchObject([{ raw: '01-ĐA/TU', typeWord: 'de-an', serial: '01' }]);
  });
  it("findMentions reads 'Kế hoạch số 96-KH/TU ngày 30/01/2013'", () => {
    expect(find('cụ thể hóa bằng Kế hoạch số 96-KH/TU ngày 30/01/2013.')).toMatchObject([
      { raw: '96-KH/TU', typeWord: 'ke-hoach', dateIso: '2013-01-30' },
    ]);
  });
  it("findMentions reads the state form 'Phương án số 3903/PA-UBND ngày 23/8/2018'", () => {
    const [m] = find('Phương án số 3903/PA-UBND ngày 23/8/2018 của UBND tỉnh');
    expect(m).toMatchObject({ raw: '3903/PA-UBND', issuer: 'UBND', dateIso: '2018-08-23' });
    expect(m!.parsed?.form).toBe('state');
  });
  it("findMentions reads a date in parentheses: 'Đề án 02-ĐA/TU (28/9/2018)'", () => {
    expect(find('Đề án 02-ĐA/TU (28/9/2018) của Ban Thường vụ')).toMatchObject([{ raw: '02-ĐA/TU', dateIso: '2018-09-28' }]);
  });
  it("findMentions reads 'ngày 12 tháng 4 năm 2016' and uppercase text without diacritics", () => {
    expect(find('NGHI QUYET SO 02-NQ/TU NGAY 12 THANG 4 NAM 2016')).toMatchObject([
      { raw: '02-NQ/TU', typeWord: 'nghi-quyet', dateIso: '2016-04-12' },
    ]);
  });
  it('findMentions reads every type word, with and without diacritics', () => {
    const text =
      'quyết định 32-QĐ/TU, chi thi 35-CT/TW, Quy định 05-QĐi/TW, hướng dẫn 16-HD/BTCTW, ' +
      'thong bao 30-TB/TW, Nghị định 30/2020/NĐ-CP, phuong an 02-PA/TU, ke hoach 42-KH/TU';
    expect(find(text).map((m) => m.typeWord)).toEqual([
      'quyet-dinh',
      'chi-thi',
      'quy-dinh',
      'huong-dan',
      'thong-bao',
      'nghi-dinh',
      'phuong-an',
      'ke-hoach',
    ]);
  });
  it('findMentions ignores an impossible date (31/02/2016)', () => {
    expect(find('Nghị quyết số 02-NQ/TU ngày 31/02/2016')[0]!.dateIso).toBeUndefined();
  });
});

describe('findMentions: partial mentions', () => {
  it("findMentions reads 'Kết luận 34' as a partial mention spanning the type word", () => {
    const text = 'theo tinh thần Kết luận 34, tỉnh đã';
    expect(find(text)).toEqual([{ start: 15, end: 26, raw: 'Kết luận 34', typeWord: 'ket-luan', serial: '34' }]);
  });
  it("findMentions reads 'Nghị quyết 02 (2016)' with the year", () => {
    expect(find('2 năm thực hiện Nghị quyết 02 (2016)')).toMatchObject([{ raw: 'Nghị quyết 02', serial: '02', year: 2016 }]);
  });
  it("findMentions reads 'Nghị quyết số 02 ngày 12/4/2016' with the date", () => {
    expect(find('Nghị quyết số 02 ngày 12/4/2016')).toMatchObject([{ raw: 'Nghị quyết số 02', dateIso: '2016-04-12' }]);
  });
  it("findMentions reads a lowercase 'kết luận 34'", () => {
    expect(find('thực hiện kết luận 34')).toMatchObject([{ raw: 'kết luận 34', typeWord: 'ket-luan' }]);
  });
});

describe('findMentions: enumerations', () => {
  it("findMentions reads 'Nghị quyết số 18, 19-NQ/TW' as 18-NQ/TW spanning '18' and 19-NQ/TW", () => {
    const text = 'gắn với Nghị quyết số 18, 19-NQ/TW của Trung ương';
    const ms = find(text);
    expect(canon(ms)).toEqual(['18-NQ/TW', '19-NQ/TW']);
    expect(ms.map((m) => [m.start, m.raw])).toEqual([
      [22, '18'],
      [26, '19-NQ/TW'],
    ]);
  });
  it("findMentions reads 'các Nghị quyết số 18-NQ/TW, 19-NQ/TW'", () => {
    const ms = find('các Nghị quyết số 18-NQ/TW, 19-NQ/TW');
    expect(ms.map((m) => m.raw)).toEqual(['18-NQ/TW', '19-NQ/TW']);
    expect(ms.every((m) => m.typeWord === 'nghi-quyet')).toBe(true);
  });
  it("findMentions reads 'Nghị quyết 18-NQ/TW và 19-NQ/TW' and 'số 18 và 19-NQ/TW'", () => {
    expect(canon(find('Nghị quyết 18-NQ/TW và 19-NQ/TW'))).toEqual(['18-NQ/TW', '19-NQ/TW']);
    expect(canon(find('Nghị quyết số 18 và 19-NQ/TW'))).toEqual(['18-NQ/TW', '19-NQ/TW']);
  });
  it('findMentions gives each item of an enumeration its own date', () => {
    const ms = find('Nghị quyết số 18-NQ/TW ngày 25/10/2017, 19-NQ/TW ngày 25/10/2017');
    expect(ms.map((m) => m.dateIso)).toEqual(['2017-10-25', '2017-10-25']);
  });
  it("findMentions ends an enumeration at its last complete number ('02-NQ/TU, 35 mô hình')", () => {
    expect(canon(find('Nghị quyết số 02-NQ/TU, 35 mô hình kiêm nhiệm'))).toEqual(['02-NQ/TU']);
  });
});

describe('findMentions: named and standalone mentions', () => {
  it("findMentions reads 'Nghị quyết Trung ương 6 (khóa XII)' as a named mention with its term", () => {
    const text = 'theo Nghị quyết Trung ương 6 (khóa XII) về bộ máy';
    expect(find(text)).toEqual([
      { start: 5, end: 39, raw: 'Nghị quyết Trung ương 6 (khóa XII)', typeWord: 'nghi-quyet', name: 'Trung ương 6', term: 'XII' },
    ]);
  });
  it("findMentions reads 'Nghị quyết Hội nghị Trung ương 4 khoá XII' and 'Nghị quyết Đại hội XIII'", () => {
    expect(find('Nghị quyết Hội nghị Trung ương 4 khoá XII')).toMatchObject([{ name: 'Trung ương 4', term: 'XII' }]);
    expect(find('Nghị quyết Đại hội XIII của Đảng')).toMatchObject([
      { raw: 'Nghị quyết Đại hội XIII', name: 'Đại hội XIII', term: 'XIII' },
    ]);
  });
  it('findMentions reads complete numbers without a type word', () => {
    const ms = find('theo 34-KL/TW, 30/2020/NĐ-CP và 119/QĐ-TTg (văn bản 05-QC/BTCTU-BDVTU)');
    expect(canon(ms)).toEqual(['34-KL/TW', '30/2020/NĐ-CP', '119/QĐ-TTg', '05-QC/BTCTU-BDVTU']);
    expect(ms[0]!.typeWord).toBeUndefined();
  });
  it('findMentions reports UTF-16 offsets into NFD text', () => {
    const text = 'Đề án số 01-ÐA/TU và Kết luận 34'.normalize('NFD');
    const ms = find(text);
    expect(ms.map((m) => m.raw.normalize('NFC'))).toEqual(['01-ÐA/TU', 'Kết luận 34']);
    expect(ms[0]!.parsed?.canonical).toBe('01-ĐA/TU');
  });
});

describe('findMentions: things that are not mentions', () => {
  const NOT = [
    'ngày 12/4/2016 và ngày 25-10-2017',
    'có 16/17 xã, phường; 55/86 chi bộ; 4/11 xã',
    'tổng số 1.017 trường hợp, trên 5.120 lượt',
    'tỷ lệ 17,07%, vượt 2,07%',
    'liên hệ 0912 345 678 hoặc 0275.3822.111',
    'năm 2016, nhiệm kỳ 2020-2025',
    'Kế hoạch 2021-2025 và kế hoạch năm 2021',
    'Kế hoạch 5 năm, Đề án 3 xã',
    'Nghị quyết của Tỉnh ủy',
    'Quyết định 16/17 và Nghị quyết 1.017',
    'đề án 12,5% kinh phí',
  ];
  for (const text of NOT) {
    it(`findMentions(${JSON.stringify(text)}) finds nothing`, () => {
      expect(findMentions(text)).toEqual([]);
    });
  }
});
