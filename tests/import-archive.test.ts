/**
 * A portal's archive in one run: a folder of 30 generated articles (text and saved pages, in
 * subfolders) with hostile and broken files among them, imported by the real command. One draft
 * per article, a progress line per file, one table (also as JSON); a bad file is a row of the
 * table, never the end of the run; an article already imported (under another name) is
 * recognised by its content; a document cited by many articles is proposed once; a second run
 * writes nothing.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { archiveArticle, writeArchive } from '../scripts/bench/import-archive.ts';
import { docxParts, documentOf } from './docx.ts';
import { FIXTURES, importCommand } from './helpers.ts';

let work: string;
let root: string;
let folder: string;

interface Run {
  files: {
    file: string;
    status: string;
    draft?: string;
    figures?: number;
    resolved?: number;
    unresolved?: number;
    findings?: number;
    reason?: string;
  }[];
  written: number;
  already: number;
  failed: number;
  proposedDocuments: { number: string; command: string; files: string[] }[];
}

const run = (args: string[]) => importCommand([...args, '--root', root]);
const listing = (dir: string) =>
  readdirSync(dir, { recursive: true })
    .map(String)
    .sort()
    .map((p) => `${p}:${statSync(join(dir, p)).mtimeMs}`);

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'nhap-kho-'));
  root = join(work, 'du-an');
  cpSync(join(FIXTURES, 'import', 'project'), root, { recursive: true });
  folder = join(work, 'kho-bai');
  writeArchive(folder, 30, 7);
  const bad = join(folder, 'z-loi');
  mkdirSync(bad);
  // A Word file that inflates to 30 MB of empty paragraphs, one that is no zip at all, an empty page.
  writeFileSync(join(bad, 'bom.docx'), docxParts({ 'word/document.xml': documentOf('<w:p/>'.repeat(5_000_000)) }));
  writeFileSync(join(bad, 'hong.docx'), Buffer.from('không phải tệp Word'));
  writeFileSync(join(bad, 'rong.txt'), '\n\n');
  // The fourth article again, under another name and as Windows text.
  const again = archiveArticle(3, 7);
  writeFileSync(join(bad, 'ban-sao.txt'), again.text.replace(/\n/g, '\r\n'));
  writeFileSync(join(bad, 'ghi-chu.pdf'), 'không phải nguồn');
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm run import -- FOLDER', () => {
  let first: Run;
  let stderr: string;
  beforeAll(async () => {
    const r = await run([folder, '--json']);
    stderr = r.stderr;
    expect(r.status, r.stderr.slice(-2000)).toBe(1);
    first = JSON.parse(r.stdout) as Run;
  });

  it('imports every article: one draft each, one row per source file, the bad ones with their reason', () => {
    expect(first.files).toHaveLength(34);
    expect(first.written).toBe(30);
    const bad = Object.fromEntries(
      first.files.filter((f) => f.status !== 'written').map((f) => [f.file.split('/').at(-1), f.status === 'failed' ? f.reason : f.status]),
    );
    expect(bad['bom.docx']).toMatch(/^tệp quá lớn, không đọc \(source too large, not parsed\)/);
    expect(bad['hong.docx']).toMatch(/^không đọc được tệp \(unreadable file\)/);
    expect(bad['rong.txt']).toBe('không tìm thấy nội dung bài (no article text found)');
    expect(bad['ban-sao.txt']).toBe('already');
    expect(first.files.find((f) => f.file.endsWith('ban-sao.txt'))!.draft).toBe(
      first.files.find((f) => f.file.endsWith('bai-00004.txt'))!.draft,
    );
    const drafts = readdirSync(join(root, 'content', 'conferences')).filter((n) => n.endsWith('.mdx'));
    expect(drafts).toHaveLength(30);
    for (const f of first.files.filter((x) => x.status === 'written')) {
      expect(f.figures).toBeGreaterThanOrEqual(3);
      expect((f.resolved ?? 0) + (f.unresolved ?? 0)).toBe(1);
    }
  });

  it('says how far it is, file by file', () => {
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(34);
    expect(lines[0]).toMatch(/^1\/34 .*bai-00001\.txt → content\/conferences\//);
    expect(lines.at(-1)).toMatch(/^34\/34 /);
  });

  it('proposes each missing document once, with the articles that cite it', () => {
    const numbers = first.proposedDocuments.map((d) => d.number);
    expect(new Set(numbers).size).toBe(numbers.length);
    const cited = first.files.filter((f) => f.status === 'written').reduce((n, f) => n + (f.unresolved ?? 0), 0);
    expect(first.proposedDocuments.reduce((n, d) => n + d.files.length, 0)).toBe(cited);
    expect(first.proposedDocuments.some((d) => d.files.length > 1)).toBe(true);
  });

  it('run again: recognises every article, writes nothing, and says so', async () => {
    const before = [...listing(join(root, 'content')), ...listing(join(root, 'import'))];
    const r = await run([folder]);
    expect(r.stdout).toMatch(/bản nháp mới \(new drafts\): 0 · đã nhập từ trước \(already imported\): 31 · lỗi \(failed\): 3/);
    expect(r.stdout).toMatch(/Không có gì mới để ghi \(nothing new written\)\./);
    expect(r.stdout).toMatch(/^Tệp \(file\) +\| Bản nháp \(draft\)/m);
    expect([...listing(join(root, 'content')), ...listing(join(root, 'import'))]).toEqual(before);
  });

  it('several files named one by one are one run too', async () => {
    const r = await run([join(folder, 'muc-001', 'bai-00001.txt'), join(folder, 'z-loi', 'rong.txt'), '--json']);
    const out = JSON.parse(r.stdout) as Run;
    expect(out.files.map((f) => f.status)).toEqual(['already', 'failed']);
  });
});
