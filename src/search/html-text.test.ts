import { describe, expect, it } from 'vitest';
import { separateBlocks } from './html-text.ts';

describe('separateBlocks(html)', () => {
  it('separateBlocks puts a space before each closing block tag, so the text of two blocks never runs together', () => {
    const html = '<table><tr><th>Thông tin văn bản</th></tr><tr><td>Số hiệu</td></tr></table><p>a</p><li>b</li>';
    const text = separateBlocks(html).replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
    expect(text).toBe('Thông tin văn bản Số hiệu a b ');
    // Inline elements are left as they are: a word is never split.
    expect(separateBlocks('<p>Đảng <strong>ủy</strong>x</p>')).toBe('<p>Đảng <strong>ủy</strong>x </p>');
  });
});
