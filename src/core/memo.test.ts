import { describe, expect, it } from 'vitest';
import { remember, TextMemo, withMemo } from './memo.ts';

describe('TextMemo', () => {
  it('computes once per text within a memo, and every time without one', () => {
    let calls = 0;
    const step = (t: string) => remember('len', t, () => (calls++, t.length));
    expect([step('ab'), step('ab')]).toEqual([2, 2]);
    expect(calls).toBe(2);
    const memo = new TextMemo();
    withMemo(memo, () => [step('ab'), step('ab'), step('abc')]);
    expect(calls).toBe(4);
    withMemo(memo, () => [step('ab'), step('abc')]);
    expect(calls).toBe(4);
    expect(memo.hits).toBe(2);
  });

  it('keeps steps apart: the same text under two steps is two results', () => {
    const memo = new TextMemo();
    const out = withMemo(memo, () => [remember('a', 'x', () => 1), remember('b', 'x', () => 2)]);
    expect(out).toEqual([1, 2]);
  });

  it('lets go of what the last run did not ask for', () => {
    const memo = new TextMemo();
    let calls = 0;
    const step = (t: string) => remember('s', t, () => ++calls);
    withMemo(memo, () => (step('old'), step('kept')));
    expect(memo.size).toBe(2);
    withMemo(memo, () => step('kept'));
    expect(memo.size).toBe(1);
    // 'old' was dropped: asked again, it is computed again.
    expect(withMemo(memo, () => step('old'))).toBe(3);
  });

  it('sweeps even when the run throws, and the memo is no longer in effect after it', () => {
    const memo = new TextMemo();
    expect(() =>
      withMemo(memo, () => {
        remember('s', 'a', () => 1);
        throw new Error('hỏng');
      }),
    ).toThrow('hỏng');
    expect(memo.size).toBe(1);
    let calls = 0;
    remember('s', 'a', () => ++calls);
    remember('s', 'a', () => ++calls);
    expect(calls).toBe(2);
  });

  it('tells long texts apart by their digest and short ones by themselves', () => {
    const memo = new TextMemo();
    const long = 'Toàn tỉnh có 1.017 trường hợp kiêm nhiệm. '.repeat(20);
    const out = withMemo(memo, () => [
      remember('s', long, () => 'a'),
      remember('s', `${long}.`, () => 'b'),
      remember('s', long, () => 'c'),
      remember('s', 'ngắn', () => 'd'),
    ]);
    expect(out).toEqual(['a', 'b', 'a', 'd']);
    expect(memo.size).toBe(3);
  });
});
