import { describe, expect, it } from 'vitest';
import { findMentions, type Mention } from './mentions.ts';
import { createRegistry, resolveMention, type Resolution } from './resolve.ts';
import { BEN_TRE, DOCS, MIEN_NUI, SAM_SON } from '../../tests/docnumber-fixtures.ts';

const registry = createRegistry(DOCS);
const mention = (text: string): Mention => {
  const ms = findMentions(text);
  expect(ms).toHaveLength(1);
  return ms[0]!;
};
const idOf = (r: Resolution) => (r.status === 'resolved' ? r.doc.id : r.status);

describe('resolveMention: the two 02-NQ/TU', () => {
  const m = mention('Nghị quyết số 02-NQ/TU');
  it("resolveMention('02-NQ/TU') from a Bến Tre City article resolves to Bến Tre's 2016 resolution", () => {
    expect(idOf(resolveMention(m, registry, BEN_TRE))).toBe('02-nq-tu-2016-ben-tre');
  });
  it("resolveMention('02-NQ/TU') from the northern province's article resolves to its 2021 resolution", () => {
    expect(idOf(resolveMention(m, registry, MIEN_NUI))).toBe('02-nq-tu-2021-mien-nui');
  });
  it("resolveMention('02-NQ/TU') from a third unit is ambiguous and lists both candidates", () => {
    const r = resolveMention(m, registry, SAM_SON);
    expect(r.status).toBe('ambiguous');
    if (r.status === 'ambiguous') expect(r.candidates.map((d) => d.id)).toEqual(['02-nq-tu-2016-ben-tre', '02-nq-tu-2021-mien-nui']);
  });
  it("resolveMention('02-NQ/TU ngày 21/1/2021') from a third unit resolves by the mention's date", () => {
    const dated = mention('Nghị quyết số 02-NQ/TU ngày 21/1/2021');
    expect(idOf(resolveMention(dated, registry, SAM_SON))).toBe('02-nq-tu-2021-mien-nui');
  });
  it("resolveMention('Nghị quyết 02 (2016)') from a third unit resolves by the mention's year", () => {
    expect(idOf(resolveMention(mention('Nghị quyết 02 (2016)'), registry, SAM_SON))).toBe('02-nq-tu-2016-ben-tre');
  });
  it("resolveMention matches '2-nq/tu' typed without zero or capitals", () => {
    expect(idOf(resolveMention(mention('theo 2-nq/tu'), registry, BEN_TRE))).toBe('02-nq-tu-2016-ben-tre');
  });
});

describe('resolveMention: dates', () => {
  it('resolveMention excludes a candidate issued after the article', () => {
    const m = mention('Nghị quyết số 02-NQ/TU');
    // A 2019 article in a third unit cannot cite the 2021 resolution.
    expect(idOf(resolveMention(m, registry, { ...SAM_SON, date: '2019-03-14' }))).toBe('02-nq-tu-2016-ben-tre');
  });
  it('resolveMention leaves a mention unresolved when its only candidate is issued after the article', () => {
    const m = mention('Kết luận số 34-KL/TW');
    expect(idOf(resolveMention(m, registry, { ...BEN_TRE, date: '2018-01-01' }))).toBe('unresolved');
  });
});

describe('resolveMention: partial, named and unknown mentions', () => {
  it("resolveMention('Kết luận 34') resolves the partial mention by kind and serial", () => {
    expect(idOf(resolveMention(mention('theo Kết luận 34'), registry, BEN_TRE))).toBe('34-kl-tw-2018');
  });
  it("resolveMention('Nghị quyết 02') from Bến Tre City resolves to the province's own resolution", () => {
    expect(idOf(resolveMention(mention('Nghị quyết 02'), registry, BEN_TRE))).toBe('02-nq-tu-2016-ben-tre');
  });
  it("resolveMention('Nghị quyết Trung ương 6 (khóa XII)') resolves by the registry's names", () => {
    const m = mention('Nghị quyết Trung ương 6 (khóa XII)');
    expect(idOf(resolveMention(m, registry, SAM_SON))).toBe('18-nq-tw-2017');
  });
  it("resolveMention('Nghị quyết Trung ương 6 (khóa XI)') does not take the khóa XII resolution", () => {
    expect(idOf(resolveMention(mention('Nghị quyết Trung ương 6 (khóa XI)'), registry, SAM_SON))).toBe('unresolved');
    expect(idOf(resolveMention(mention('Nghị quyết Trung ương 60'), registry, SAM_SON))).toBe('unresolved');
  });
  it("resolveMention('Nghị quyết Trung ương 6') without a term still finds it", () => {
    expect(idOf(resolveMention(mention('Nghị quyết Trung ương 6'), registry, SAM_SON))).toBe('18-nq-tw-2017');
  });
  it('resolveMention returns unresolved for a number not in the registry', () => {
    expect(idOf(resolveMention(mention('Quyết định số 32-QĐ/TU'), registry, MIEN_NUI))).toBe('unresolved');
    expect(idOf(resolveMention(mention('Kết luận 35'), registry, BEN_TRE))).toBe('unresolved');
  });
  it('resolveMention does not confuse the state form with a Party number of the same serial', () => {
    expect(idOf(resolveMention(mention('Phương án số 3903/PA-UBND'), registry, SAM_SON))).toBe('3903-pa-ubnd-2018');
    expect(idOf(resolveMention(mention('Phương án số 3903/PA-TU'), registry, SAM_SON))).toBe('unresolved');
  });
  it('createRegistry sets aside documents whose number does not parse', () => {
    const r = createRegistry([...DOCS, { ...DOCS[0]!, id: 'bad', number: '12/4/2016' }]);
    expect(r.unparsed.map((d) => d.id)).toEqual(['bad']);
  });
});
