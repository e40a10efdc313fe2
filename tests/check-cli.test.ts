import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectWith } from './helpers.ts';

const CHECK = join(import.meta.dirname, '..', 'scripts', 'check.ts');

function check(caseName: string, ...args: string[]) {
  const p = projectWith(caseName);
  try {
    return spawnSync(process.execPath, [CHECK, '--root', p.root, ...args], { encoding: 'utf8' });
  } finally {
    p.cleanup();
  }
}

describe('npm run check', () => {
  it('check exits 1 and names file, row, field, value and fix in Vietnamese and English', () => {
    const r = check('number-locale');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('data/observations.csv');
    expect(r.stdout).toContain('dòng (row) 3 · value · LỖI / error [number-locale]');
    expect(r.stdout).toContain('Giá trị (value): 1.017');
    expect(r.stdout).toContain('Cách sửa:');
    expect(r.stdout).toContain('(Fix:');
    expect(r.stdout).toMatch(/2 lỗi, 0 cảnh báo/);
  });

  it('check --json reports every issue at once with its location', () => {
    const r = check('mdx-forbidden', '--json');
    expect(r.status).toBe(1);
    const json = JSON.parse(r.stdout) as { issues: { code: string; line: number; file: string }[] };
    expect(json.issues.filter((i) => i.code === 'mdx-forbidden')).toHaveLength(9);
    expect(json.issues.every((i) => i.file === 'content/conferences/hoi-nghi-a.mdx' && i.line > 0)).toBe(true);
  });

  it('check exits 0 when there are only source flags', () => {
    const r = check('printed-mismatch');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('1 cờ nguồn');
  });
});
