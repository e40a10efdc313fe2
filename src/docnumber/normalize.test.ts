import { describe, expect, it } from 'vitest';
import { prepWithMap } from './normalize.ts';

describe('prepWithMap', () => {
  it('prepWithMap(nfcText) keeps the text and maps every offset to itself', () => {
    const text = 'Thực hiện Nghị quyết số 02-NQ/TU của Tỉnh ủy';
    const { text: out, map } = prepWithMap(text);
    expect(out).toBe(text);
    expect(map).toEqual(Array.from({ length: text.length + 1 }, (_, i) => i));
  });

  it('prepWithMap(nfdText) composes, replaces look-alikes and maps back to the original offsets', () => {
    const text = 'Nghi\u0323 quyê\u0301t\u00A002\u2013NQ/TU';
    const { text: out, map } = prepWithMap(text);
    expect(out).toBe('Nghị quyết 02-NQ/TU');
    expect(out.length).toBe(text.length - 2);
    // "02" starts after the no-break space in both texts.
    expect(text.slice(map[out.indexOf('02')]!, map[out.indexOf('02') + 2])).toBe('02');
    expect(map[out.length]).toBe(text.length);
  });
});
