/**
 * A portal that adopted the generator under the old contract upgrades: `npm run check` names
 * every row the amended rules affect and why; `--fix` makes the safe conversions (the qualifier
 * read from `printed`, a period read from the row's own note), keeps the rest of the file byte
 * for byte, and reports what is left for an editor.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateProject } from '../src/checks/engine.ts';
import { applyFixes } from '../src/checks/fix.ts';
import { makeIssue } from '../src/core/issues.ts';
import { FIXTURES, projectWith } from './helpers.ts';

const CHECK = join(import.meta.dirname, '..', 'scripts', 'check.ts');
const OLD = join(FIXTURES, 'cases', 'old-contract', 'data', 'observations.csv');

const found = (root: string) =>
  validateProject(root)
    .issues.filter((i) => i.code === 'qualifier-word' || i.code === 'figure-period')
    .map((i) => [i.code, i.row, i.field, i.severity, i.fix?.to]);

describe('upgrading a project written to the old contract', () => {
  it('check names each row the new rules affect, why, and which conversions are safe', () => {
    const p = projectWith('old-contract');
    try {
      expect(found(p.root)).toEqual([
        ['qualifier-word', 6, 'qualifier', 'error', 'nearly'],
        ['qualifier-word', 7, 'qualifier', 'error', 'over'],
        ['qualifier-word', 8, 'qualifier', 'error', 'estimated'],
        ['figure-period', 9, 'date', 'warning', '2015/2020'],
        ['qualifier-word', 10, 'printed', 'warning', undefined],
      ]);
      const r = spawnSync(process.execPath, [CHECK, '--root', p.root], { encoding: 'utf8' });
      expect(r.status).toBe(1);
      expect(r.stdout).toContain('dòng (row) 6 · qualifier · LỖI / error [qualifier-word]');
      expect(r.stdout).toContain('Nguồn in “gần 80”: từ “gần” là nearly, không phải about');
      expect(r.stdout).toContain('Sửa tự động được (npm run check -- --fix): 2015/2020');
    } finally {
      p.cleanup();
    }
  });

  it('check --fix converts what is safe, keeps every other byte, and reports the rest', () => {
    const p = projectWith('old-contract');
    try {
      const r = spawnSync(process.execPath, [CHECK, '--root', p.root, '--fix'], { encoding: 'utf8' });
      expect(r.stdout).toContain('Đã sửa tự động 4 chỗ (fixed 4):');
      expect(r.stdout).toContain('data/observations.csv, dòng (row) 6 · qualifier: about → nearly');
      expect(r.stdout).toContain('data/observations.csv, dòng (row) 7 · qualifier: (trống / empty) → over');
      expect(r.stdout).toContain('data/observations.csv, dòng (row) 9 · date: 2020-03 → 2015/2020');
      // What is left: a qualifier no printed word supports, for an editor to look up.
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/dòng \(row\) 10 · printed · CẢNH BÁO \/ warning \[qualifier-word\]/);
      const before = readFileSync(OLD, 'utf8').split('\n');
      const after = readFileSync(join(p.root, 'data', 'observations.csv'), 'utf8').split('\n');
      expect(after[0]!.startsWith('\uFEFF')).toBe(true);
      expect(after.length).toBe(before.length);
      const changed = after.map((l, i) => (l === before[i] ? undefined : i + 1)).filter((x) => x !== undefined);
      expect(changed).toEqual([6, 7, 8, 9]);
      expect(after[5]).toBe('gan,so-truong-hop,tinh-a,2021-09-23,80,,nearly,gần 80,,,hoi-nghi-a,"Bí thư, phó bí thư"');
      expect(after[8]).toBe('dao-tao,so-truong-hop,tinh-a,2015/2020,5120,,over,trên 5.120,,,hoi-nghi-a,Từ năm 2015 đến đầu năm 2020');
      // A second run has nothing left to convert.
      expect(applyFixes(p.root, validateProject(p.root).issues).applied).toEqual([]);
    } finally {
      p.cleanup();
    }
  });
});

describe('applyFixes(root, issues) on a table', () => {
  it('rewrites only the records it changes: CRLF, quotes a cell did not need and a multi-line note stay', () => {
    const root = mkdtempSync(join(tmpdir(), 'sua-'));
    try {
      mkdirSync(join(root, 'data'));
      const file = 'data/observations.csv';
      const lines = ['id,qualifier,printed,note', '"a",about,gần 80,"dòng 1\r\ndòng 2"', 'b,about,gần 5,"x, y"', '"c",,40,'];
      writeFileSync(join(root, file), `${lines.join('\r\n')}\r\n`);
      const at = (row: number, to: string) => ({ ...makeIssue('qualifier-word', { file, row, field: 'qualifier' }), fix: { to } });
      const r = applyFixes(root, [at(3, 'nearly'), at(1, 'x'), at(9, 'x')]);
      expect(r.applied.map((a) => [a.row, a.from, a.to])).toEqual([[3, 'about', 'nearly']]);
      expect(r.skipped.map((i) => i.row)).toEqual([1, 9]);
      expect(readFileSync(join(root, file), 'utf8')).toBe(`${[lines[0], lines[1], 'b,nearly,gần 5,"x, y"', lines[3]].join('\r\n')}\r\n`);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('applyFixes(root, issues) on front matter', () => {
  it('replaces or removes the field on the finding’s line and nothing else; a field not found there is skipped', () => {
    const root = mkdtempSync(join(tmpdir(), 'sua-'));
    try {
      mkdirSync(join(root, 'content', 'documents'), { recursive: true });
      const file = 'content/documents/a.mdx';
      const text = '---\r\nnumber: 01-NQ/TU\r\nstatus: in-force\r\nterm: XII\r\n---\r\n\r\nstatus: in-force trong thân bài\r\n';
      writeFileSync(join(root, file), text);
      const at = (line: number, field: string, to: string | null) => ({
        ...makeIssue('constraint-error', { file, line, field }),
        fix: { to },
      });
      const r = applyFixes(root, [at(3, 'status', null), at(4, 'term', 'XIII'), at(2, 'status', null)]);
      expect(r.applied.map((a) => [a.line, a.field, a.from, a.to])).toEqual([
        [3, 'status', 'in-force', null],
        [4, 'term', 'XII', 'XIII'],
      ]);
      expect(r.skipped.map((i) => i.line)).toEqual([2]);
      expect(readFileSync(join(root, file), 'utf8')).toBe(
        '---\r\nnumber: 01-NQ/TU\r\nterm: XIII\r\n---\r\n\r\nstatus: in-force trong thân bài\r\n',
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
