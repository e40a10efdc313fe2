import { describe, expect, it } from 'vitest';
import { BLOCK_MARK, blockExcerpt, separateBlocks } from './html-text.ts';

describe('separateBlocks(html)', () => {
  it('separateBlocks puts a space before each closing block tag, so the text of two blocks never runs together', () => {
    const html = '<table><tr><th>Thông tin văn bản</th></tr><tr><td>Số hiệu</td></tr></table><p>a</p><li>b</li>';
    const text = separateBlocks(html)
      .replace(/<[^>]+>/g, '')
      .split(BLOCK_MARK)
      .join(' ')
      .replace(/\s+/g, ' ');
    expect(text).toBe('Thông tin văn bản Số hiệu a b ');
    // Inline elements are left as they are: a word is never split.
    expect(separateBlocks('<p>Đảng <strong>ủy</strong>x</p>')).toBe(`<p>Đảng <strong>ủy</strong>x </p> ${BLOCK_MARK} `);
  });
  it("separateBlocks marks the end of a block outside it: a heading's text stays as it is", () => {
    expect(separateBlocks('<h1>Phường An Hòa</h1><p>x</p>')).toBe(`<h1>Phường An Hòa </h1> ${BLOCK_MARK} <p>x </p> ${BLOCK_MARK} `);
  });
});

describe('blockExcerpt(excerpt)', () => {
  it('keeps the block holding the matches, so the excerpt ends at a word of its own block', () => {
    const ex = `hết 30/6/2025 ${BLOCK_MARK} Số liệu ${BLOCK_MARK} Chưa có số liệu về Huyện <mark>Ba</mark> <mark>Tri</mark> trong kho. ${BLOCK_MARK} Lịch`;
    expect(blockExcerpt(ex)).toBe('Chưa có số liệu về Huyện <mark>Ba</mark> <mark>Tri</mark> trong kho.');
  });
  it('takes the block with the most matches, the longest on a tie, the longest when nothing is marked', () => {
    expect(blockExcerpt(`<mark>a</mark> b ${BLOCK_MARK} <mark>a</mark> <mark>c</mark>`)).toBe('<mark>a</mark> <mark>c</mark>');
    expect(blockExcerpt(`<mark>a</mark> ${BLOCK_MARK} x <mark>a</mark> y`)).toBe('x <mark>a</mark> y');
    expect(blockExcerpt(`ab ${BLOCK_MARK} abc d`)).toBe('abc d');
    expect(blockExcerpt('a b c')).toBe('a b c');
  });
  it('passes over a block that only repeats the title, unless no other block has a match', () => {
    const ex = `<mark>Kiêm</mark> <mark>nhiệm</mark> ${BLOCK_MARK} Số người giữ hai chức danh theo mô hình <mark>kiêm</mark> ${BLOCK_MARK} x`;
    expect(blockExcerpt(ex, 'Kiêm nhiệm')).toBe('Số người giữ hai chức danh theo mô hình <mark>kiêm</mark>');
    expect(blockExcerpt(ex)).toBe('<mark>Kiêm</mark> <mark>nhiệm</mark>');
    expect(blockExcerpt(`<mark>Kiêm</mark> nhiệm ${BLOCK_MARK} Khác`, 'Kiêm nhiệm')).toBe('<mark>Kiêm</mark> nhiệm');
  });
});
