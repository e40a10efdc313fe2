/**
 * What a gate found on a page, kept by the page's exact bytes: a page that has not changed since
 * the last run (the same HTML, judged by the same tool in the same configuration) gets the same
 * findings without being judged again. The key is a digest of the gate's own `salt` (its tool's
 * version and its configuration) and the page; the findings are stored without the page's path,
 * so a page moved or copied elsewhere is still found. Entries of pages not seen in a run are
 * dropped when it saves, so the file holds one site's pages, not every page there ever was.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface Verdicts {
  /** The findings recorded for this page, or undefined when it has not been judged as it is. */
  get(html: string): string[] | undefined;
  set(html: string, findings: string[]): void;
  /** Writes the entries of the pages seen in this run; how many were reused. */
  save(): { reused: number; judged: number };
}

/** Verdicts kept in `file` (none when `file` is undefined: every page is judged). */
export function openVerdicts(file: string | undefined, salt: string): Verdicts {
  let stored: Record<string, string[]> = {};
  if (file && existsSync(file)) {
    try {
      const data = JSON.parse(readFileSync(file, 'utf8')) as { salt?: string; pages?: Record<string, string[]> };
      if (data.salt === salt && data.pages && typeof data.pages === 'object') stored = data.pages;
    } catch {
      // An unreadable file is no cache: every page is judged again.
    }
  }
  const seen: Record<string, string[]> = {};
  let reused = 0;
  let judged = 0;
  const key = (html: string) => createHash('sha256').update(salt).update('\0').update(html).digest('base64url');
  return {
    get(html) {
      const k = key(html);
      const hit = Object.hasOwn(stored, k) ? stored[k] : undefined;
      if (hit && Array.isArray(hit) && hit.every((f) => typeof f === 'string')) {
        seen[k] = hit;
        reused++;
        return hit;
      }
      return undefined;
    },
    set(html, findings) {
      seen[key(html)] = findings;
      judged++;
    },
    save() {
      if (file) {
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(`${file}.tmp`, JSON.stringify({ salt, pages: seen }));
        renameSync(`${file}.tmp`, file);
      }
      return { reused, judged };
    },
  };
}
