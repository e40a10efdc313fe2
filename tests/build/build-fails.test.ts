/** `npm run build` publishes nothing when the content has an error, fails when search indexing fails, and says why. */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILD_TIMEOUT, ROOT, copyProject, countBuild } from '../site.ts';
import { FIXTURES } from '../helpers.ts';

describe('npm run build', () => {
  it(
    'stops before building when a figure is malformed, with the located report',
    () => {
      const root = copyProject();
      const out = join(ROOT, '.cache', 'test-builds', 'build-fails');
      rmSync(out, { recursive: true, force: true });
      try {
        appendFileSync(
          join(root, 'data/observations.csv'),
          'so-sai,truong-hop-kiem-nhiem,ben-tre,2021-09-23,1.017,,,1.017,,,so-ket-kiem-nhiem-ben-tre-2021,\n',
        );
        const r = spawnSync(process.execPath, [join(ROOT, 'scripts/build.ts')], {
          cwd: root,
          encoding: 'utf8',
          env: { ...process.env, OUT_DIR: out, ASTRO_CACHE_DIR: `${out}-cache`, DEV: '', BASE_URL: '', NODE_ENV: 'production' },
        });
        expect(r.status).toBe(1);
        expect(r.stdout).toContain('[number-locale]');
        expect(r.stdout).toContain('data/observations.csv');
        expect(r.stdout).toContain('Chưa thể xuất bản');
        expect(existsSync(join(out, 'index.html'))).toBe(false);
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    },
    BUILD_TIMEOUT,
  );

  it(
    'fails, and exits, when the search index cannot take a page (a page without lang="vi")',
    () => {
      // The smallest valid project: what fails is the index, after every page is rendered.
      const root = copyProject(false);
      cpSync(join(FIXTURES, 'minimal'), root, { recursive: true });
      const out = join(ROOT, '.cache', 'test-builds', 'index-fails');
      rmSync(out, { recursive: true, force: true });
      try {
        countBuild('index-fails');
        mkdirSync(join(root, 'public/trang-cu'), { recursive: true });
        writeFileSync(
          join(root, 'public/trang-cu/index.html'),
          '<!doctype html><html><head><title>Cũ</title></head><body><main data-pagefind-body>Trang cũ</main></body></html>\n',
        );
        const r = spawnSync(process.execPath, [join(ROOT, 'scripts/build.ts')], {
          cwd: root,
          encoding: 'utf8',
          timeout: 240_000,
          env: { ...process.env, OUT_DIR: out, ASTRO_CACHE_DIR: `${out}-cache`, DEV: '', BASE_URL: '', NODE_ENV: 'production' },
        });
        expect(r.error).toBeUndefined();
        expect(r.status).not.toBe(0);
        expect(`${r.stdout}${r.stderr}`).toContain('trang-cu/index.html: thiếu lang="vi"');
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    },
    BUILD_TIMEOUT,
  );
});
