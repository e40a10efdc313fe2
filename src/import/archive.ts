/**
 * A portal's archive in one run: the sources under a folder, the fingerprint that recognises an
 * article already imported whatever its file is called, and the run's table.
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Issue } from '../core/issues.ts';
import type { Block } from './blocks.ts';
import { FINGERPRINT_COMMENT } from './draft.ts';
import { SOURCE_EXTENSIONS } from './read.ts';

/** Every source file under the paths given (folders walked, in name order; hidden entries skipped). */
export function listSources(paths: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (p: string) => {
    const st = statSync(p);
    if (st.isDirectory()) {
      for (const name of readdirSync(p).sort()) if (!name.startsWith('.')) walk(join(p, name));
    } else out.push(p);
  };
  for (const p of paths) walk(p);
  // A file named on the command line is tried whatever its type (and refused if unknown); a folder gives only sources.
  return out.filter((f) => paths.includes(f) || SOURCE_EXTENSIONS.includes(extname(f).toLowerCase()));
}

/**
 * What an article says, as a fingerprint: the text of its body (and its title), letters and
 * digits only, NFC and lower case, so the same article saved as a page and copied as text, or
 * renamed, is the same article.
 */
export function fingerprint(title: string, body: readonly Block[]): string {
  const hash = createHash('sha256');
  const norm = (s: string) =>
    s
      .normalize('NFC')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '');
  hash.update(norm(title));
  for (const b of body) hash.update(norm(b.kind === 'table' ? b.rows.flat().join('') : b.text));
  return `sha256:${hash.digest('hex').slice(0, 32)}`;
}

/** Fingerprints of the drafts already in content/conferences/, by draft path (read from their first lines only). */
export function knownFingerprints(root: string): Map<string, string> {
  const dir = join(root, 'content', 'conferences');
  const out = new Map<string, string>();
  if (!existsSync(dir)) return out;
  const buf = Buffer.alloc(2048);
  for (const name of readdirSync(dir)) {
    if (!/\.mdx?$/.test(name)) continue;
    const fd = openSync(join(dir, name), 'r');
    let n = 0;
    try {
      n = readSync(fd, buf, 0, buf.length, 0);
    } finally {
      closeSync(fd);
    }
    const head = buf.toString('utf8', 0, n);
    const at = head.indexOf(FINGERPRINT_COMMENT);
    if (at < 0) continue;
    const fp = /sha256:[0-9a-f]+/.exec(head.slice(at + FINGERPRINT_COMMENT.length))?.[0];
    if (fp) out.set(fp, `content/conferences/${name}`);
  }
  return out;
}

export interface FileOutcome {
  file: string;
  /** `written`, `already` (imported before: nothing written), `failed`. */
  status: 'written' | 'already' | 'failed';
  draft?: string;
  figures?: number;
  resolved?: number;
  unresolved?: number;
  findings?: number;
  /** Why the file gave no draft (bilingual). */
  reason?: string;
  /** The finding behind the reason, where the catalogue has one (`source-too-large`). */
  issues?: Issue[];
}

/** The run's table, one row per file, as text a terminal shows. */
export function outcomeTable(rows: readonly FileOutcome[]): string {
  const head = ['Tệp (file)', 'Bản nháp (draft)', 'Số liệu', 'VB có', 'VB thiếu', 'Phát hiện', 'Lý do (reason)'];
  const status = (r: FileOutcome) => (r.status === 'written' ? r.draft! : r.status === 'already' ? `đã nhập (already): ${r.draft}` : '—');
  const cells = rows.map((r) => [
    r.file,
    status(r),
    String(r.figures ?? ''),
    String(r.resolved ?? ''),
    String(r.unresolved ?? ''),
    String(r.findings ?? ''),
    r.reason ?? '',
  ]);
  const width = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) =>
    c
      .map((x, i) => x.padEnd(width[i]!))
      .join(' | ')
      .trimEnd();
  return [line(head), width.map((w) => '-'.repeat(w)).join('-|-'), ...cells.map(line)].join('\n');
}
