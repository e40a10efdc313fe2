/**
 * Security gate over the built HTML: a CSP on every page, no inline script but JSON-LD data,
 * no inline style, no event-handler attributes, no javascript: URLs, no third-party resources.
 */
import { readPages, tags } from '../lib/dist.ts';
import type { GateContext, GateResult } from './types.ts';

/** Elements that make the browser fetch what their URL names. */
const FETCHING = new Set(['script', 'img', 'iframe', 'source', 'audio', 'video', 'embed', 'object', 'track', 'input']);
/** `<link rel>` values that fetch; canonical, alternate, license… only point. */
const FETCHING_REL = /\b(stylesheet|icon|preload|modulepreload|prefetch|manifest|apple-touch-icon)\b/i;
const EXTERNAL = /^(https?:)?\/\//i;

export function securityGate({ dist }: GateContext): GateResult {
  const pages = readPages(dist);
  const failures: string[] = [];
  for (const { path, html } of pages) {
    const all = tags(html);
    if (
      !all.some(
        (t) =>
          t.tag === 'meta' &&
          t.attrs['http-equiv']?.toLowerCase() === 'content-security-policy' &&
          /script-src/.test(t.attrs.content ?? ''),
      )
    )
      failures.push(`${path}: thiếu Content-Security-Policy (no CSP)`);
    if (/<style\b/i.test(html)) failures.push(`${path}: thẻ <style> nội tuyến (inline <style>)`);
    for (const t of all) {
      if (t.tag === 'script' && !('src' in t.attrs) && t.attrs.type !== 'application/ld+json')
        failures.push(`${path}: script nội tuyến (inline script)`);
      for (const [name, value] of Object.entries(t.attrs)) {
        if (/^on[a-z]+$/.test(name)) failures.push(`${path}: thuộc tính sự kiện ${name} trên <${t.tag}> (event-handler attribute)`);
        if (name === 'style') failures.push(`${path}: thuộc tính style trên <${t.tag}> (inline style attribute)`);
        if (/^\s*javascript:/i.test(value)) failures.push(`${path}: địa chỉ javascript: trên <${t.tag}> (javascript: URL)`);
      }
      const url = t.attrs.src ?? (t.tag === 'link' && FETCHING_REL.test(t.attrs.rel ?? '') ? t.attrs.href : undefined);
      if (url && EXTERNAL.test(url) && (FETCHING.has(t.tag) || t.tag === 'link'))
        failures.push(`${path}: tải tài nguyên từ bên ngoài ${url} (third-party request)`);
    }
  }
  return { gate: 'security', ok: failures.length === 0 && pages.length > 0, checked: `${pages.length} trang`, failures };
}
