/** Text gate: every page is Vietnamese, NFC, with no replacement character and none of the forbidden characters the content check refuses. */
import { readPages } from '../lib/dist.ts';
import { findForbidden } from '../../src/core/forbidden-chars.ts';
import type { GateContext, GateResult } from './types.ts';

export function textGate({ dist }: GateContext): GateResult {
  const pages = readPages(dist);
  const failures: string[] = [];
  for (const { path, html } of pages) {
    if (!/^<!DOCTYPE html>\s*<html\b[^>]*\blang="vi"/i.test(html)) failures.push(`${path}: thiếu <html lang="vi"> (missing lang="vi")`);
    if (html.normalize('NFC') !== html) failures.push(`${path}: văn bản chưa chuẩn hóa NFC (text is not NFC)`);
    const bad = html.indexOf('\uFFFD');
    if (bad >= 0) failures.push(`${path}: có ký tự U+FFFD (replacement character) ở vị trí ${bad}`);
    // The content check's own list: HTML may hold tabs and line breaks, nothing else of it.
    const inv = findForbidden(html, { allowLayout: true })[0];
    if (inv) failures.push(`${path}: có ký tự ẩn ${inv.name} ở vị trí ${inv.index} (invisible character)`);
  }
  return {
    gate: 'text',
    ok: failures.length === 0 && pages.length > 0,
    checked: `${pages.length} trang`,
    failures: pages.length ? failures : ['không tìm thấy trang nào (no pages found)'],
  };
}
