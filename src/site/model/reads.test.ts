import { describe, expect, it } from 'vitest';
import { readable, readsDigest, recordReads, valueDigest } from './reads.ts';

const model = (title: string) => ({
  conferences: [{ id: 'a', collection: 'conferences', digest: 'x', data: { title, htmlFile: '/c/1.html' } }],
  units: new Set(['tinh-a']),
  label: (id: string) => `Tỉnh ${id}`,
});

describe('what a page reads of the model', () => {
  it('notes lists and accessors with their arguments while a page renders, and nothing outside', async () => {
    const s = readable(model('Sơ kết'));
    expect(s.label('x')).toBe('Tỉnh x');
    const { result, reads } = await recordReads(async () => {
      await Promise.resolve();
      return [s.conferences.length, s.label('tinh-a')];
    });
    expect(result).toEqual([1, 'Tỉnh tinh-a']);
    expect([...reads].sort()).toEqual(['conferences', 'label("tinh-a")']);
    expect(readable(model('x'))).not.toBe(s);
  });

  it('digests what the reads give: a title changes it, the compiled body and the store digest do not', () => {
    const reads = ['conferences', 'label("tinh-a")', 'units'];
    const d = (s: object) => readsDigest(s, reads, new Map());
    const base = model('Sơ kết');
    expect(d(model('Sơ kết'))).toBe(d(base));
    expect(d(model('Tổng kết'))).not.toBe(d(base));
    const body = model('Sơ kết');
    body.conferences[0]!.data.htmlFile = '/c/2.html';
    body.conferences[0]!.digest = 'y';
    expect(d(body)).toBe(d(base));
    const units = model('Sơ kết');
    units.units.add('xa-b');
    expect(d(units)).not.toBe(d(base));
    // A read the model no longer has is not the same as one that gives nothing.
    expect(readsDigest(base, ['gone'], new Map())).not.toBe(readsDigest({ gone: undefined }, ['gone'], new Map()));
    expect(valueDigest(new Map([['a', 1]]))).not.toBe(valueDigest(new Map()));
    expect(valueDigest(new Date('2021-09-23'))).not.toBe(valueDigest(new Date('2021-09-24')));
    expect(valueDigest({ a: [1, { b: 'x' }] })).toBe(valueDigest({ a: [1, { b: 'x' }] }));
    expect(valueDigest({ a: [1, { b: 'x' }] })).not.toBe(valueDigest({ a: [1, { b: 'y' }] }));
    expect(valueDigest(['a', 'b'])).not.toBe(valueDigest(['ab']));
  });
});
