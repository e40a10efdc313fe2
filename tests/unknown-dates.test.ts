/**
 * The contract for what a source does not give: a document dated to the month, the year or not
 * at all; a feature article with no event; figures dated to the month; where a document's
 * metadata comes from. Each rule on a fixture project of its own (the minimal project with the
 * files below written over it), asserted with the code, file, line or row and field.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ValidationResult } from '../src/checks/engine.ts';
import { validateWith } from './helpers.ts';

const errors = (r: ValidationResult) => r.issues.filter((i) => i.severity === 'error');
const DOC = 'content/documents/05-qd-tu-tinh-a.mdx';

function doc(issued: string | undefined, extra = '', number = '05-QĐ/TU'): string {
  return [
    '---',
    `number: "${number}"`,
    'kind: quyet-dinh',
    'issuer: Ban Thường vụ Tỉnh ủy A',
    'unit: tinh-a',
    ...(issued === undefined ? [] : [`issued: ${issued}`]),
    'title: "Quyết định số 05-QĐ/TU (nguồn không nêu trích yếu)"',
    ...(extra ? [extra] : []),
    '---',
    '',
    'Nguồn chỉ nêu số hiệu.',
    '',
  ].join('\n');
}

function report(front: string): string {
  return [
    '---',
    'title: Bài viết về kiêm nhiệm ở tỉnh A',
    'unit: tinh-a',
    'source:',
    '  publisher: Báo A',
    front,
    '---',
    '',
    'Bài viết điểm lại một giai đoạn.',
    '',
  ].join('\n');
}
const ART = 'content/conferences/bai-viet-a.mdx';

describe('a document whose issue date the sources do not give', () => {
  it('issued: unknown passes and reads as undefined (no date, never the citing meeting’s)', () => {
    const r = validateWith({ [DOC]: doc('unknown') });
    expect(errors(r)).toEqual([]);
    expect(r.corpus.documents.find((d) => d.id === '05-qd-tu-tinh-a')!.data.issued).toBeUndefined();
  });

  it('issued: 2021-09 (month only) and issued: 2021 (year only, a YAML number) pass as ISO strings', () => {
    for (const [written, read] of [
      ['2021-09', '2021-09'],
      ['2021', '2021'],
      ['"2021"', '2021'],
    ] as const) {
      const r = validateWith({ [DOC]: doc(written) });
      expect(errors(r)).toEqual([]);
      expect(r.corpus.documents.find((d) => d.id === '05-qd-tu-tinh-a')!.data.issued).toBe(read);
    }
  });

  it('a missing issued is a required error: "not known" is said, never forgotten', () => {
    expect(errors(validateWith({ [DOC]: doc(undefined) }))).toMatchObject([{ code: 'required', file: DOC, field: 'issued' }]);
  });

  it('malformed partial dates are type errors on the issued line, with the ISO form as the fix', () => {
    for (const [bad, hint] of [
      ['2021-13', 'YYYY-MM'],
      ['09/2021', '2021-09'],
      ['17/9/2021', '2021-09-17'],
      ['2021-9', 'YYYY-MM'],
      ['không rõ', 'YYYY'],
    ] as const) {
      const issues = errors(validateWith({ [DOC]: doc(bad) }));
      expect(issues, bad).toMatchObject([{ code: 'type-error', file: DOC, line: 6, field: 'issued' }]);
      expect(issues[0]!.expected).toContain(hint);
    }
  });

  it('two undated documents of one number in one unit are a duplicate-document; a dated one is not', () => {
    const twin = 'content/documents/05-qd-tu-tinh-a-ban-sao.mdx';
    const dup = errors(validateWith({ [DOC]: doc('unknown'), [twin]: doc('unknown') }));
    expect(dup).toMatchObject([{ code: 'duplicate-document', line: 2, field: 'number', value: '05-QĐ/TU' }]);
    expect([DOC, twin]).toContain(dup[0]!.file);
    expect(dup[0]!.expected).toContain('chưa rõ năm');
    expect(errors(validateWith({ [DOC]: doc('unknown'), [twin]: doc('2019') }))).toEqual([]);
    // Same year, one known only to the month: still one document entered twice.
    expect(errors(validateWith({ [DOC]: doc('2019-05'), [twin]: doc('2019-05-04') }))).toMatchObject([{ code: 'duplicate-document' }]);
  });
});

describe('an article about a period, not an event (kind: bai-viet)', () => {
  it('passes without held and organizer, with published: unknown', () => {
    const r = validateWith({ [ART]: report('kind: bai-viet\npublished: unknown') });
    expect(errors(r)).toEqual([]);
    const a = r.corpus.conferences.find((c) => c.id === 'bai-viet-a')!.data;
    expect([a.held, a.published, a.organizer]).toEqual([undefined, undefined, undefined]);
  });

  it('a held or an organizer on it is a constraint error on that line', () => {
    expect(
      errors(validateWith({ [ART]: report('kind: bai-viet\npublished: 2020-03\nheld: 2020-03-01\norganizer: Thành ủy A') })),
    ).toMatchObject([
      { code: 'constraint-error', file: ART, line: 8, field: 'held', value: '2020-03-01' },
      { code: 'constraint-error', file: ART, line: 9, field: 'organizer' },
    ]);
  });

  it('an event (any other kind) still needs held and organizer', () => {
    expect(errors(validateWith({ [ART]: report('kind: so-ket\npublished: 2020-03-05') }))).toMatchObject([
      { code: 'required', file: ART, line: 6, field: 'held' },
      { code: 'required', file: ART, line: 6, field: 'organizer' },
    ]);
  });

  it('an event dated to the month passes, and published before held is flagged only when certain', () => {
    const ok = validateWith({ [ART]: report('kind: hop\nheld: 2021-09\npublished: 2021-09-17\norganizer: Ban Chỉ đạo A') });
    expect(ok.issues.filter((i) => i.file === ART)).toEqual([]);
    const late = validateWith({ [ART]: report('kind: hop\nheld: 2021-09\npublished: 2021-08-30\norganizer: Ban Chỉ đạo A') });
    expect(late.issues.filter((i) => i.file === ART)).toMatchObject([
      { code: 'constraint-error', field: 'published', severity: 'warning' },
    ]);
  });
});

describe('figures dated as the source dates them', () => {
  const OBS = 'data/observations.csv';
  const base = () => readFileSync(join(import.meta.dirname, 'fixtures/minimal', OBS), 'utf8');

  it('a date column of 2020-03 (month) or 2018 (year) passes and is kept as written', () => {
    const r = validateWith({
      [OBS]: base()
        .replace(/2021-09-23,30,/, '2020-03,30,')
        .replace(/2021-09-23,10,/, '2018,10,'),
    });
    expect(errors(r)).toEqual([]);
    expect(r.corpus.observations.map((o) => o.data.date).slice(0, 2)).toEqual(['2020-03', '2018']);
  });

  it('03/2020 or 2020-13 in the date column is a type error on its row', () => {
    const r = validateWith({
      [OBS]: base()
        .replace(/2021-09-23,30,/, '03/2020,30,')
        .replace(/2021-09-23,10,/, '2020-13,10,'),
    });
    expect(errors(r)).toMatchObject([
      { code: 'type-error', file: OBS, row: 2, field: 'date', value: '03/2020' },
      { code: 'type-error', file: OBS, row: 3, field: 'date', value: '2020-13' },
    ]);
  });
});

describe("a document's source", () => {
  it('type report naming a report that exists passes; an unknown id is a foreign-key on source.report', () => {
    expect(
      errors(validateWith({ [DOC]: doc('unknown', 'source:\n  type: report\n  report: hoi-nghi-a\n  note: Bài viết chỉ nêu số hiệu.') })),
    ).toEqual([]);
    expect(errors(validateWith({ [DOC]: doc('unknown', 'source:\n  type: report\n  report: khong-co') }))).toMatchObject([
      { code: 'foreign-key', file: DOC, line: 10, field: 'source.report', value: 'khong-co' },
    ]);
  });

  it('type report without a report, or a gazette without publisher or url, is a required error', () => {
    expect(errors(validateWith({ [DOC]: doc('unknown', 'source:\n  type: report') }))).toMatchObject([
      { code: 'required', file: DOC, field: 'source.type' },
    ]);
    expect(errors(validateWith({ [DOC]: doc('2021', 'source:\n  type: gazette') }))).toMatchObject([
      { code: 'required', file: DOC, field: 'source.type' },
    ]);
    expect(errors(validateWith({ [DOC]: doc('2021', 'source:\n  type: gazette\n  publisher: Công báo tỉnh A') }))).toEqual([]);
  });

  it('an unknown source type is a constraint error naming the allowed ones', () => {
    expect(errors(validateWith({ [DOC]: doc('2021', 'source:\n  type: bao-chi\n  publisher: Báo A') }))).toMatchObject([
      { code: 'constraint-error', file: DOC, field: 'source.type', value: 'bao-chi' },
    ]);
  });
});
