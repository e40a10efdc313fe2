import { describe, expect, it } from 'vitest';
import { canonicalKey, docNumberQueryToken, kindForType, parseDocNumber, searchAliases, typeForKind } from './parse.ts';

type Case = [input: string, note: string, expected: Record<string, unknown>];

const party = (serial: string, type: string, issuer: string, kind?: string) => ({
  serial,
  n: Number(serial),
  type,
  issuer,
  kind,
  form: 'party',
  canonical: `${serial}-${type}/${issuer}`,
  complete: true,
});
const state = (serial: string, type: string, issuer: string, kind?: string, year?: number) => ({
  serial,
  n: Number(serial),
  type,
  issuer,
  kind,
  year,
  form: 'state',
  canonical: `${serial}/${year ? `${year}/` : ''}${type}-${issuer}`,
  complete: true,
});

const CASES: Case[] = [
  // As the sources print them (the sample reports).
  ['02-NQ/TU', 'a provincial resolution', party('02', 'NQ', 'TU', 'nghi-quyet')],
  ['34-KL/TW', 'a Politburo conclusion', party('34', 'KL', 'TW', 'ket-luan')],
  ['32-QĐ/TU', 'a provincial decision', party('32', 'QĐ', 'TU', 'quyet-dinh')],
  ['01-ĐA/TU', 'a project', party('01', 'ĐA', 'TU', 'de-an')],
  ['02-ĐA/TU', 'another project', party('02', 'ĐA', 'TU', 'de-an')],
  ['96-KH/TU', 'a plan', party('96', 'KH', 'TU', 'ke-hoach')],
  ['42-KH/TU', 'a standing-board plan', party('42', 'KH', 'TU', 'ke-hoach')],
  ['02-PA/TU', 'a Party scheme', party('02', 'PA', 'TU', 'phuong-an')],
  ['18-NQ/TW', 'a central resolution', party('18', 'NQ', 'TW', 'nghi-quyet')],
  ['19-NQ/TW', 'another central resolution', party('19', 'NQ', 'TW', 'nghi-quyet')],
  ['35-CT/TW', 'a directive', party('35', 'CT', 'TW', 'chi-thi')],
  ['05-QĐi/TW', 'a regulation (QĐi, not QĐ)', party('05', 'QĐi', 'TW', 'quy-dinh')],
  ['16-HD/BTCTW', 'a guideline of the Central Organisation Commission', party('16', 'HD', 'BTCTW', 'huong-dan')],
  ['30-TB/TW', 'a notice', party('30', 'TB', 'TW', 'thong-bao')],
  ['05-QC/BTCTU-BDVTU', 'joint issuers, a type outside the contract', party('05', 'QC', 'BTCTU-BDVTU')],
  ['12-BC/HU', 'a report of a district committee', party('12', 'BC', 'HU')],
  ['07-TTr/ĐU', 'a submission (TTr) of a Party committee (ĐU)', party('07', 'TTr', 'ĐU')],
  ['3903/PA-UBND', 'the state form', state('3903', 'PA', 'UBND', 'phuong-an')],
  ['30/2020/NĐ-CP', 'the state form with a year', state('30', 'NĐ', 'CP', undefined, 2020)],
  ['15/2023/QĐ-UBND', 'a provincial legal decision with a year', state('15', 'QĐ', 'UBND', 'quyet-dinh', 2023)],
  ['119/QĐ-TTg', "the Prime Minister's mixed-case issuer", state('119', 'QĐ', 'TTg', 'quyet-dinh')],
  ['1234/KH-UBND', 'a state plan', state('1234', 'KH', 'UBND', 'ke-hoach')],
  ['15/NQ-HĐND', 'an issuer with Đ', state('15', 'NQ', 'HĐND', 'nghi-quyet')],
  ['01/2020/TT-BNV', 'a circular (TT)', state('01', 'TT', 'BNV', undefined, 2020)],
  ['2345/QĐ-BNN-PTNT', 'a hyphenated state issuer', state('2345', 'QĐ', 'BNN-PTNT', 'quyet-dinh')],
  // As people type them.
  ['2-nq/tu', 'lowercase without the leading zero', party('2', 'NQ', 'TU', 'nghi-quyet')],
  ['01-DA/TU', 'D for Đ', party('01', 'ĐA', 'TU', 'de-an')],
  ['32-qd/tu', 'qd for QĐ', party('32', 'QĐ', 'TU', 'quyet-dinh')],
  ['05-qdi/tw', 'qdi for QĐi', party('05', 'QĐi', 'TW', 'quy-dinh')],
  ['30/2020/ND-CP', 'ND for NĐ', state('30', 'NĐ', 'CP', undefined, 2020)],
  ['01-\u00D0A/TU', 'U+00D0 Ð for Đ', party('01', 'ĐA', 'TU', 'de-an')],
  ['01-ĐA/TU'.normalize('NFD'), 'NFD input', party('01', 'ĐA', 'TU', 'de-an')],
  ['34 - KL / TW', 'spaces around separators', party('34', 'KL', 'TW', 'ket-luan')],
  ['34 KL TW', 'spaces for separators', party('34', 'KL', 'TW', 'ket-luan')],
  ['34KL/TW', 'no hyphen', party('34', 'KL', 'TW', 'ket-luan')],
  ['34–KL/TW', 'an en-dash', party('34', 'KL', 'TW', 'ket-luan')],
  ['  số 34-KL/TW ', 'a leading "số" and padding', party('34', 'KL', 'TW', 'ket-luan')],
  ['3903 / pa - ubnd', 'the state form with spaces, lowercase', state('3903', 'PA', 'UBND', 'phuong-an')],
  ['05-QC/btctu - bdvtu', 'a lowercase joint issuer with spaces', party('05', 'QC', 'BTCTU-BDVTU')],
  [
    'kl 34',
    'type then serial: a partial number',
    { serial: '34', type: 'KL', issuer: '', canonical: '34-KL', complete: false, kind: 'ket-luan' },
  ],
  ['KL34', 'type and serial joined', { serial: '34', type: 'KL', issuer: '', complete: false }],
  ['34kl', 'serial and type joined', { serial: '34', type: 'KL', issuer: '', complete: false }],
  ['nq-02', 'type, hyphen, serial', { serial: '02', n: 2, type: 'NQ', complete: false }],
];

describe('parseDocNumber', () => {
  for (const [input, note, expected] of CASES) {
    it(`parseDocNumber(${JSON.stringify(input)}) reads ${note}`, () => {
      const p = parseDocNumber(input);
      expect(p).not.toBeNull();
      for (const [field, value] of Object.entries(expected)) {
        expect(p![field as keyof typeof p], field).toEqual(value);
      }
    });
  }

  const NOT_NUMBERS = [
    '12/4/2016',
    '25-10-2017',
    '30/01/2013',
    '16/17',
    '55/86',
    '4/11',
    '07/41',
    '1.017',
    '5.120',
    '17,07%',
    '38,6%',
    '2016',
    '2020–2025',
    '0912 345 678',
    '0-NQ/TU',
    '34 TW',
    'KL',
    'Bến Tre',
    '',
    '34-XYZ TW',
    '12-AB',
  ];
  for (const input of NOT_NUMBERS) {
    it(`parseDocNumber(${JSON.stringify(input)}) returns null`, () => {
      expect(parseDocNumber(input)).toBeNull();
    });
  }

  it("parseDocNumber('12-XYZ/TU') accepts an unknown type code only in the punctuated form", () => {
    expect(parseDocNumber('12-XYZ/TU')).toMatchObject({ type: 'XYZ', canonical: '12-XYZ/TU' });
    expect(parseDocNumber('12-XYZ/TU')?.kind).toBeUndefined();
    expect(parseDocNumber('12 XYZ TU')).toBeNull();
  });
});

describe('canonicalKey', () => {
  it("canonicalKey('02-NQ/TU') equals canonicalKey('2-nq/tu') and canonicalKey('02 NQ TU')", () => {
    expect(canonicalKey('2-nq/tu')).toBe(canonicalKey('02-NQ/TU'));
    expect(canonicalKey('02 NQ TU')).toBe(canonicalKey('02-NQ/TU'));
  });
  it("canonicalKey('01-ĐA/TU') folds Đ so that '1-da/tu' and '01-ÐA/TU' match", () => {
    expect(canonicalKey('1-da/tu')).toBe(canonicalKey('01-ĐA/TU'));
    expect(canonicalKey('01-\u00D0A/TU')).toBe(canonicalKey('01-ĐA/TU'));
  });
  it('canonicalKey keeps QĐ and QĐi, TU and TW, and years apart', () => {
    expect(canonicalKey('05-QĐ/TW')).not.toBe(canonicalKey('05-QĐi/TW'));
    expect(canonicalKey('02-NQ/TU')).not.toBe(canonicalKey('02-NQ/TW'));
    expect(canonicalKey('30/2020/NĐ-CP')).not.toBe(canonicalKey('30/2021/NĐ-CP'));
  });
  it("canonicalKey('16/17') returns null", () => {
    expect(canonicalKey('16/17')).toBeNull();
  });
});

describe('kindForType and typeForKind', () => {
  it('kindForType maps every contract code, in any case, with D or Đ', () => {
    expect(['NQ', 'KL', 'ĐA', 'KH', 'PA', 'QĐ', 'CT', 'QĐi', 'HD', 'TB'].map(kindForType)).toEqual([
      'nghi-quyet',
      'ket-luan',
      'de-an',
      'ke-hoach',
      'phuong-an',
      'quyet-dinh',
      'chi-thi',
      'quy-dinh',
      'huong-dan',
      'thong-bao',
    ]);
    expect(kindForType('da')).toBe('de-an');
    expect(kindForType('QDI')).toBe('quy-dinh');
  });
  it("kindForType('NĐ') returns undefined: decrees are outside the contract", () => {
    expect(kindForType('NĐ')).toBeUndefined();
    expect(kindForType('TTr')).toBeUndefined();
  });
  it("typeForKind('de-an') returns the printed code 'ĐA'", () => {
    expect(typeForKind('de-an')).toBe('ĐA');
    expect(typeForKind('quy-dinh')).toBe('QĐi');
    expect(typeForKind('nghi-dinh')).toBeUndefined();
  });
});

describe('searchAliases', () => {
  it("searchAliases('34-KL/TW') gives the joined tokens people type", () => {
    const a = searchAliases('34-KL/TW');
    for (const t of ['34kltw', 'kl34', '34kl', 'kl 34', '34 kl tw', '34-kl/tw']) expect(a).toContain(t);
  });
  it("searchAliases('02-ĐA/TU') folds đ and lists the serial with and without its zero", () => {
    const a = searchAliases('02-ĐA/TU');
    for (const t of ['02datu', '2datu', 'da02', 'da2', '02-da/tu']) expect(a).toContain(t);
    expect(a.every((t) => t === t.toLowerCase() && !/[đ]/.test(t))).toBe(true);
  });
  it("searchAliases('05-QC/BTCTU-BDVTU') joins the two issuers", () => {
    expect(searchAliases('05-QC/BTCTU-BDVTU')).toContain('5qcbtctubdvtu');
  });
  it("searchAliases('30/2020/NĐ-CP') gives tokens with and without the year", () => {
    const a = searchAliases('30/2020/NĐ-CP');
    expect(a).toContain('30ndcp');
    expect(a).toContain('302020ndcp');
  });
  it("searchAliases('1.017') returns no tokens", () => {
    expect(searchAliases('1.017')).toEqual([]);
  });
  it('docNumberQueryToken rewrites number-shaped queries into an indexed alias', () => {
    expect(docNumberQueryToken('34 KL TW')).toBe('34kltw');
    expect(docNumberQueryToken('34/KL-TW')).toBe('34kltw');
    expect(docNumberQueryToken('kl 34')).toBe('kl34');
    expect(searchAliases('34-KL/TW')).toContain(docNumberQueryToken('KL34'));
    expect(docNumberQueryToken('kiêm nhiệm')).toBeNull();
  });
});

describe('the type-code table', () => {
  it('CONTRACT_KINDS lists exactly the document kinds of the schema', async () => {
    const { documentKinds } = await import('../schemas/document.ts');
    const { CONTRACT_KINDS } = await import('./codes.ts');
    expect([...CONTRACT_KINDS].sort()).toEqual([...documentKinds].sort());
  });
});
