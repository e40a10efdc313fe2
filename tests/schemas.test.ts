import { describe, expect, it } from 'vitest';
import { documentSchema } from '../src/schemas/document.ts';
import { conferenceSchema } from '../src/schemas/conference.ts';
import { unitSchema } from '../src/schemas/unit.ts';
import { indicatorSchema } from '../src/schemas/indicator.ts';
import { observationSchema } from '../src/schemas/observation.ts';
import { isRealIsoDate, parseMachineNumber } from '../src/schemas/fields.ts';

const codes = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; code: string; params?: unknown }[] } }) =>
  (r.error?.issues ?? []).map((i) => [i.path.join('.'), (i.params as { code?: string } | undefined)?.code ?? i.code]);

describe('schemas', () => {
  it('documentSchema accepts a full document and gives no status nobody wrote', () => {
    const r = documentSchema.parse({
      number: '34-KL/TW',
      kind: 'ket-luan',
      issuer: 'Bộ Chính trị',
      unit: 'viet-nam',
      issued: '2018-08-07',
      title: 'Về thí điểm',
      term: 'XII',
      implements: ['18-nq-tw-2017'],
    });
    expect(r.status).toBeUndefined();
    expect('status' in r).toBe(false);
  });

  it('documentSchema refuses a slash date, an unknown kind, a non-slug id and an unknown field', () => {
    const r = documentSchema.safeParse({
      number: '1',
      kind: 'nghi-dinh',
      issuer: 'A',
      unit: 'Bến Tre',
      issued: '23/9/2021',
      title: 'T',
      tac_gia: 'x',
    });
    expect(codes(r)).toEqual(
      expect.arrayContaining([
        ['kind', 'invalid_value'],
        ['unit', 'constraint-error'],
        ['issued', 'type-error'],
        ['', 'unrecognized_keys'],
      ]),
    );
  });

  it('conferenceSchema requires a source publisher and an alt text for every image', () => {
    const r = conferenceSchema.safeParse({
      title: 'T',
      kind: 'so-ket',
      held: '2021-09-23',
      published: '2021-09-24',
      unit: 'a',
      organizer: 'O',
      source: {},
      images: [{ src: './a.jpg', credit: 'Ảnh: Hồng Quốc' }],
    });
    expect(codes(r)).toEqual(
      expect.arrayContaining([
        ['source.publisher', 'invalid_type'],
        ['images.0.alt', 'invalid_type'],
      ]),
    );
  });

  it('unitSchema reads empty optional cells as undefined and refuses an unknown level', () => {
    expect(
      unitSchema.parse({
        id: 'viet-nam',
        name: 'Việt Nam',
        level: 'quoc-gia',
        parent: '',
        valid_from: '',
        valid_to: '',
        successor: '',
        code: '',
      }),
    ).toEqual({ id: 'viet-nam', name: 'Việt Nam', level: 'quoc-gia' });
    expect(
      codes(unitSchema.safeParse({ id: 'x', name: 'X', level: 'thon', parent: '', valid_from: '', valid_to: '', successor: '', code: '' })),
    ).toEqual([['level', 'invalid_value']]);
  });

  it('indicatorSchema accepts the three measures only', () => {
    const row = { id: 'a', name: 'A', topic: 'kiem-nhiem', measure: 'ratio', level: 'xa', description: '' };
    expect(indicatorSchema.parse(row).measure).toBe('ratio');
    expect(codes(indicatorSchema.safeParse({ ...row, measure: 'ti-le' }))).toEqual([['measure', 'invalid_value']]);
  });

  it('observationSchema types value, total and target strictly', () => {
    const row = {
      id: 'a',
      indicator: 'i',
      unit: 'u',
      date: '2021-09-23',
      value: '16',
      total: '17',
      qualifier: '',
      printed: '16/17',
      target: '',
      part_of: '',
      conference: 'c',
      note: '',
    };
    expect(observationSchema.parse(row)).toMatchObject({ value: 16, total: 17, target: undefined, printed: '16/17' });
    expect(codes(observationSchema.safeParse({ ...row, value: 'mười sáu', total: '1.017' }))).toEqual([
      ['value', 'type-error'],
      ['total', 'number-locale'],
    ]);
  });

  it('isRealIsoDate(text) accepts real days only', () => {
    expect(['2024-02-29', '2021-09-23'].map(isRealIsoDate)).toEqual([true, true]);
    expect(['2021-02-29', '2021-13-01', '2021-9-23', '23/09/2021'].map(isRealIsoDate)).toEqual([false, false, false, false]);
  });

  it('parseMachineNumber(raw) never reads a Vietnamese-formatted number as something else', () => {
    expect(parseMachineNumber('1017')).toEqual({ ok: true, value: 1017 });
    expect(parseMachineNumber('17.07')).toEqual({ ok: true, value: 17.07 });
    expect(parseMachineNumber('1.017')).toEqual({ ok: false, code: 'number-locale' });
    expect(parseMachineNumber('17,07')).toEqual({ ok: false, code: 'number-locale' });
    expect(parseMachineNumber('abc')).toEqual({ ok: false, code: 'type-error' });
  });
});
