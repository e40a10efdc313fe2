/** Text gate: every page is Vietnamese, NFC, with no replacement or invisible control characters. */
import { readPages } from '../lib/dist.ts';
import type { GateContext, GateResult } from './types.ts';

const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/u;

export function textGate({ dist }: GateContext): GateResult {
  const pages = readPages(dist);
  const failures: string[] = [];
  for (const { path, html } of pages) {
    if (!/^<!DOCTYPE html>\s*<html\b[^>]*\blang="vi"/i.test(html)) failures.push(`${path}: thiếu <html lang="vi"> (missing lang="vi")`);
    if (html.normalize('NFC') !== html) failures.push(`${path}: văn bản chưa chuẩn hóa NFC (text is not NFC)`);
    const bad = html.indexOf('\uFFFD');
    if (bad >= 0) failures.push(`${path}: có ký tự U+FFFD (replacement character) ở vị trí ${bad}`);
    const inv = INVISIBLE.exec(html);
    if (inv) failures.push(`${path}: có ký tự ẩn U+${inv[0].codePointAt(0)!.toString(16).toUpperCase()} ở vị trí ${inv.index} (invisible character)`);
  }
  return { gate: 'text', ok: failures.length === 0 && pages.length > 0, checked: `${pages.length} trang`, failures: pages.length ? failures : ['không tìm thấy trang nào (no pages found)'] };
}
