/** The scripts' command lines: strict flags, a clear bilingual error with the usage line, exit 2. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { explainCliError } from '../scripts/lib/cli.ts';
import { projectWith } from './helpers.ts';

const SCRIPTS = join(import.meta.dirname, '..', 'scripts');
const run = (script: string, ...args: string[]) =>
  spawnSync(process.execPath, [join(SCRIPTS, script), ...args], {
    encoding: 'utf8',
    cwd: join(import.meta.dirname, 'fixtures', 'minimal'),
  });

describe('command lines (parseArgs, strict)', () => {
  it.each([
    ['check.ts', ['--jsn'], 'Tùy chọn không có: --jsn (unknown option --jsn)', 'npm run check'],
    ['check.ts', ['--root'], 'Thiếu giá trị sau --root (missing value after --root)', 'npm run check'],
    ['check.ts', ['--json=yes'], 'Tùy chọn --json không nhận giá trị (option --json takes no value)', 'npm run check'],
    ['check.ts', ['thua'], 'Thừa đối số: thua (unexpected argument)', 'npm run check'],
    ['check.ts', ['--json', '--github'], 'Chọn một trong --json và --github (choose one of --json and --github)', 'npm run check'],
    ['new.ts', ['van-ban', 'Tiêu đề', '--force'], 'Tùy chọn không có: --force (unknown option --force)', 'npm run new'],
    ['new.ts', ['van-ban', 'Tiêu đề', '--root'], 'Thiếu giá trị sau --root (missing value after --root)', 'npm run new'],
    [
      'new.ts',
      ['bao-cao', 'Tiêu đề'],
      'Loại bài phải là van-ban hoặc hoi-nghi, không phải "bao-cao" (the kind must be van-ban or hoi-nghi)',
      'npm run new',
    ],
    ['new.ts', ['van-ban'], 'Thiếu tiêu đề (missing title)', 'npm run new'],
    ['gates.ts', ['--only', 'htlm'], 'Không có cổng (no such gate): htlm', 'npm run gates'],
    ['gates.ts', ['--dist'], 'Thiếu giá trị sau --dist (missing value after --dist)', 'npm run gates'],
    ['bench.ts', ['--size', 'huge'], '--size: 1k, 5k, 10k hoặc một số (or a number), không phải (not) huge', 'npm run bench'],
    ['bench.ts', ['--sizes', '1k'], 'Tùy chọn không có: --sizes (unknown option --sizes)', 'npm run bench'],
    ['build.ts', ['--verbose'], 'Tùy chọn không có: --verbose (unknown option --verbose)', 'npm run build'],
    [
      'corpus.ts',
      ['--articles', 'ba', '--out', '/tmp/x'],
      '--articles: một số nguyên dương (a positive integer), không phải (not) ba',
      'node scripts/corpus.ts',
    ],
    ['corpus.ts', ['--articles', '3'], 'Thiếu --out (missing --out)', 'node scripts/corpus.ts'],
  ])('%s %j exits 2 naming the problem, then the usage line', (script, args, reason, usage) => {
    const r = run(script, ...args);
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toContain(reason);
    expect(r.stderr).toContain(`Cách dùng (usage): ${usage}`);
    expect(r.stdout).toBe('');
  });

  it('new with a good command line still creates the article (the strict parser keeps --root and the title words)', () => {
    const p = projectWith();
    try {
      const r = spawnSync(process.execPath, [join(SCRIPTS, 'new.ts'), 'van-ban', 'Nghị', 'quyết', 'mới', '--root', p.root], {
        encoding: 'utf8',
      });
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toContain('content/documents/nghi-quyet-moi.mdx');
    } finally {
      p.cleanup();
    }
  });

  it('build --github stops on a content error before Astro starts, the finding as an annotation on its row', () => {
    const p = projectWith('foreign-key');
    try {
      const r = spawnSync(process.execPath, [join(SCRIPTS, 'build.ts'), '--github'], { encoding: 'utf8', cwd: p.root });
      expect(r.status, r.stderr).toBe(1);
      expect(r.stdout).toMatch(/^::error file=data\/observations\.csv,line=4,title=foreign-key · unit::/m);
      expect(r.stdout).not.toContain('[build]');
    } finally {
      p.cleanup();
    }
  });

  it('explainCliError names an unknown parseArgs error in both languages rather than dropping it', () => {
    expect(explainCliError(Object.assign(new Error('something else'), { code: 'ERR_X' }))).toBe(
      'Dòng lệnh không hợp lệ (invalid command line): something else',
    );
  });
});
