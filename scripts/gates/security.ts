/**
 * Security gate over the built HTML: a CSP on every page, no inline script but JSON-LD data,
 * no inline style, no event-handler attributes, no javascript: URLs, no third-party resources.
 */
import { tags } from '../lib/dist.ts';
import type { GateContext, GateResult } from './types.ts';
import { codeSalt, judgeEachPage } from './verdicts.ts';

/** Elements that make the browser fetch what their URL names. */
const FETCHING = new Set(['script', 'img', 'iframe', 'source', 'audio', 'video', 'embed', 'object', 'track', 'input']);
/** `<link rel>` values that fetch; canonical, alternate, license… only point. */
const FETCHING_REL = /\b(stylesheet|icon|preload|modulepreload|prefetch|manifest|apple-touch-icon)\b/i;
const EXTERNAL = /^(https?:)?\/\//i;

/** What a page's findings depend on besides its bytes: this gate's code and the tag reader. */
const SALT = codeSalt(new URL(import.meta.url), new URL('../lib/dist.ts', import.meta.url));

function findings(html: string): string[] {
  const out: string[] = [];
  const all = tags(html);
  if (
    !all.some(
      (t) =>
        t.tag === 'meta' && t.attrs['http-equiv']?.toLowerCase() === 'content-security-policy' && /script-src/.test(t.attrs.content ?? ''),
    )
  )
    out.push('thiếu Content-Security-Policy (no CSP)');
  if (/<style\b/i.test(html)) out.push('thẻ <style> nội tuyến (inline <style>)');
  for (const t of all) {
    if (t.tag === 'script' && !('src' in t.attrs) && t.attrs.type !== 'application/ld+json') out.push('script nội tuyến (inline script)');
    for (const [name, value] of Object.entries(t.attrs)) {
      if (/^on[a-z]+$/.test(name)) out.push(`thuộc tính sự kiện ${name} trên <${t.tag}> (event-handler attribute)`);
      if (name === 'style') out.push(`thuộc tính style trên <${t.tag}> (inline style attribute)`);
      if (/^\s*javascript:/i.test(value)) out.push(`địa chỉ javascript: trên <${t.tag}> (javascript: URL)`);
    }
    const url = t.attrs.src ?? (t.tag === 'link' && FETCHING_REL.test(t.attrs.rel ?? '') ? t.attrs.href : undefined);
    if (url && EXTERNAL.test(url) && (FETCHING.has(t.tag) || t.tag === 'link'))
      out.push(`tải tài nguyên từ bên ngoài ${url} (third-party request)`);
  }
  return out;
}

/** Judges every page; a page whose bytes were judged in an earlier run (with `cacheDir`) keeps that verdict. */
export function securityGate(ctx: GateContext): GateResult {
  const { pages, failures, checked } = judgeEachPage(ctx, 'security', SALT, findings);
  return { gate: 'security', ok: failures.length === 0 && pages > 0, checked, failures };
}
