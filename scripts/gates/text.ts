/** Text gate: every page is Vietnamese, NFC, with no replacement character and none of the forbidden characters the content check refuses. */
import { findForbidden } from '../../src/core/forbidden-chars.ts';
import type { GateContext, GateResult } from './types.ts';
import { codeSalt, judgeEachPage } from './verdicts.ts';

/** What a page's findings depend on besides its bytes: this gate's code and the list of forbidden characters. */
const SALT = codeSalt(new URL(import.meta.url), new URL('../../src/core/forbidden-chars.ts', import.meta.url));

function findings(html: string): string[] {
  const out: string[] = [];
  if (!/^<!DOCTYPE html>\s*<html\b[^>]*\blang="vi"/i.test(html)) out.push('thiếu <html lang="vi"> (missing lang="vi")');
  if (html.normalize('NFC') !== html) out.push('văn bản chưa chuẩn hóa NFC (text is not NFC)');
  const bad = html.indexOf('\uFFFD');
  if (bad >= 0) out.push(`có ký tự U+FFFD (replacement character) ở vị trí ${bad}`);
  // The content check's own list: HTML may hold tabs and line breaks, nothing else of it.
  const inv = findForbidden(html, { allowLayout: true })[0];
  if (inv) out.push(`có ký tự ẩn ${inv.name} ở vị trí ${inv.index} (invisible character)`);
  return out;
}

/** Judges every page; a page whose bytes were judged in an earlier run (with `cacheDir`) keeps that verdict. */
export function textGate(ctx: GateContext): GateResult {
  const { pages, failures, checked } = judgeEachPage(ctx, 'text', SALT, findings);
  return {
    gate: 'text',
    ok: failures.length === 0 && pages > 0,
    checked,
    failures: pages ? failures : ['không tìm thấy trang nào (no pages found)'],
  };
}
