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
import { dirname, join } from 'node:path';
import { readPages } from '../lib/dist.ts';
import type { GateContext } from './types.ts';

export interface Verdicts<T = string[]> {
  /**
   * What was recorded for this page, or undefined when it has not been judged as it is (or when
   * `fresh` says the record no longer holds: a file the page loaded has changed).
   */
  get(html: string, fresh?: (verdict: T) => boolean): T | undefined;
  set(html: string, verdict: T): void;
  /** The verdict kept for this page, or `judge`'s, then kept. */
  of(html: string, judge: () => T): T;
  /** Writes the entries of the pages seen in this run; how many were reused. */
  save(): { reused: number; judged: number };
}

const isFindings = (v: unknown): v is string[] => Array.isArray(v) && v.every((f) => typeof f === 'string');

/**
 * Verdicts kept in `file` (none when `file` is undefined: every page is judged); `valid` says
 * whether a stored value is still one (by default, a list of findings).
 */
export function openVerdicts(file: string | undefined, salt: string): Verdicts;
export function openVerdicts<T>(file: string | undefined, salt: string, valid: (v: unknown) => v is T): Verdicts<T>;
export function openVerdicts<T>(file: string | undefined, salt: string, valid = isFindings as (v: unknown) => v is T): Verdicts<T> {
  let stored: Record<string, unknown> = {};
  if (file && existsSync(file)) {
    try {
      const data = JSON.parse(readFileSync(file, 'utf8')) as { salt?: string; pages?: Record<string, unknown> };
      if (data.salt === salt && data.pages && typeof data.pages === 'object') stored = data.pages;
    } catch {
      // An unreadable file is no cache: every page is judged again.
    }
  }
  const seen: Record<string, T> = {};
  let reused = 0;
  let judged = 0;
  const key = (html: string) => createHash('sha256').update(salt).update('\0').update(html).digest('base64url');
  return {
    get(html, fresh) {
      const k = key(html);
      const hit = Object.hasOwn(stored, k) ? stored[k] : undefined;
      if (hit !== undefined && valid(hit) && (!fresh || fresh(hit))) {
        seen[k] = hit;
        reused++;
        return hit;
      }
      return undefined;
    },
    set(html, verdict) {
      seen[key(html)] = verdict;
      judged++;
    },
    of(html, judge) {
      let verdict = this.get(html);
      if (verdict === undefined) this.set(html, (verdict = judge()));
      return verdict;
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

/** A salt of the code a verdict depends on: the text of each of `files` (a gate and the modules it judges with). */
export function codeSalt(...files: URL[]): string {
  return JSON.stringify(files.map((f) => readFileSync(f, 'utf8')));
}

/** What a gate says it looked at: the pages, what else it counted (`also`), how many kept their verdicts. */
export function pagesChecked(pages: number, reused: number, also = ''): string {
  return `${pages} trang${also && `, ${also}`}${reused ? `, ${reused} trang không đổi từ lần trước (unchanged since the last run)` : ''}`;
}

/**
 * A gate that judges each page on its own bytes: `judge`'s findings on every page of the build,
 * each after its page's path; a page judged as it is in an earlier run (with `cacheDir`) keeps its
 * verdict, kept in `<cacheDir>/<gate>.json`.
 */
export function judgeEachPage(
  { dist, cacheDir }: GateContext,
  gate: string,
  salt: string,
  judge: (html: string) => string[],
): { pages: number; failures: string[]; checked: string } {
  const pages = readPages(dist);
  const verdicts = openVerdicts(cacheDir && join(cacheDir, `${gate}.json`), salt);
  const failures: string[] = [];
  for (const { path, html } of pages) for (const f of verdicts.of(html, () => judge(html))) failures.push(`${path}: ${f}`);
  const { reused } = verdicts.save();
  return { pages: pages.length, failures, checked: pagesChecked(pages.length, reused) };
}
