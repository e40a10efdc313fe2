/** What static hosts are told to send matches what the site is built for. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { SECURITY_HEADERS, cspString } from '../src/site/outputs/security.ts';
import { ROOT, readPage } from './site.ts';

describe('deployment', () => {
  it('dist/_headers sends the security headers, the CSP with wasm-unsafe-eval and frame-ancestors', () => {
    const headers = readPage(inject('dist'), '_headers');
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) expect(headers).toContain(`  ${k}: ${v}`);
    expect(SECURITY_HEADERS['Content-Security-Policy']).toMatch(/script-src 'self' 'wasm-unsafe-eval'.*frame-ancestors 'none'/);
  });

  it('every page carries the same CSP in its meta tag', () => {
    expect(readPage(inject('dist'), 'index.html')).toContain(
      `<meta http-equiv="Content-Security-Policy" content="${cspString().replace(/'/g, "'")}">`,
    );
  });

  it('the README tells nginx users the very CSP the site is built for', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain(`add_header Content-Security-Policy "${SECURITY_HEADERS['Content-Security-Policy']}" always;`);
  });

  it('the GitHub Pages workflow builds with the base path and runs the tests and the gates', () => {
    const wf = readFileSync(join(ROOT, '.github/workflows/deploy.yml'), 'utf8');
    expect(wf).toContain('BASE_PATH: ${{ steps.pages.outputs.base_path');
    expect(wf).toContain('run: npm test');
    expect(wf).toContain('run: npm run test:build');
    expect(wf).toContain('npm run gates');
    expect(wf).toContain('actions/deploy-pages');
  });

  it('the workflow installs the lockfile as it is (npm ci), type-checks, and leaves the sample corpus tests to this repository', () => {
    const wf = readFileSync(join(ROOT, '.github/workflows/deploy.yml'), 'utf8');
    expect(wf).toContain('run: npm ci');
    expect(wf).not.toMatch(/npm install|npm i\b/);
    expect(wf).toContain('run: npm run typecheck');
    // A portal that replaced the sample must not be held to the sample's counts.
    expect(wf).not.toContain('test:sample');
    const ci = readFileSync(join(ROOT, '.ci/run'), 'utf8');
    for (const step of [
      'scripts/with-node.sh npm test',
      'npm run test:build',
      'npm run test:utc',
      'npm run test:sample',
      'npm run typecheck',
      'npm run knip',
      'npm run lint',
      'npm run format:check',
      'scripts/corpus.ts',
      'git status --porcelain',
    ])
      expect(ci).toContain(step);
  });

  it('a push that changes only content/ and data/ skips the tests, the type check and the tools only they use, never the content check, build or gates', () => {
    const wf = readFileSync(join(ROOT, '.github/workflows/deploy.yml'), 'utf8');
    const steps = wf.split(/\n\s+- /);
    const step = (needle: string) => steps.find((s) => s.includes(needle)) ?? '';
    const at = (needle: string) => steps.findIndex((s) => s.includes(needle));
    expect(step("':(exclude)content' ':(exclude)data'")).toContain('content_only=true');
    // The scope is known before anything is installed.
    expect(at("':(exclude)content' ':(exclude)data'")).toBeLessThan(at('run: npm ci'));
    for (const skipped of [
      'run: npm ci --no-audit --no-fund', // the first such step: the whole install
      'run: node scripts/check.ts --github',
      'run: npm test',
      'run: npm run test:build',
      'run: npm run typecheck',
      'run: npm run lint',
      'run: npm run format:check',
    ])
      expect(step(skipped), skipped).toContain("if: steps.scope.outputs.content_only != 'true'");
    expect(step('--omit=dev')).toContain("if: steps.scope.outputs.content_only == 'true'");
    // The build checks the content in any case; on a content-only push it annotates what it finds.
    expect(step('run: npm run build')).toContain("steps.scope.outputs.content_only == 'true' && '--github'");
    expect(step('npm run gates'), 'gates').not.toContain('content_only');
  });

  it('what a content-only push installs holds everything the build and the gates import', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { dependencies?: Record<string, string>; dev?: boolean; devOptional?: boolean }>;
    };
    expect(lock.packages['']!.dependencies).toEqual(pkg.dependencies);
    const sources = [
      'scripts/build.ts',
      'scripts/gates.ts',
      ...readdirSync(join(ROOT, 'scripts/gates')).map((f) => `scripts/gates/${f}`),
      'scripts/lib/browser.ts',
      'astro.config.mjs',
      ...readdirSync(join(ROOT, 'src'), { recursive: true, encoding: 'utf8' })
        .filter((f) => /\.(ts|mjs|astro)$/.test(f) && !f.endsWith('.test.ts'))
        .map((f) => `src/${f}`),
    ];
    const imported = new Set<string>();
    for (const file of sources) {
      const text = readFileSync(join(ROOT, file), 'utf8');
      for (const m of text.matchAll(
        /(?:^import(?!\s+type\b)[^'"]*?from\s*|\bimport\(|require\.resolve\(|createRequire\([^)]*\)\.resolve\()'([^'.][^']*)'/gm,
      )) {
        const spec = m[1]!;
        if (spec.startsWith('node:') || spec.startsWith('astro:') || spec.startsWith('virtual:')) continue;
        imported.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
      }
    }
    // Every package those files load is installed without the development tools: listed in
    // `dependencies` or, below one, not marked `dev` in the lockfile.
    const missing = [...imported].filter((name) => {
      const locked = lock.packages[`node_modules/${name}`];
      return !(name in pkg.dependencies) && (!locked || locked.dev || locked.devOptional);
    });
    expect(missing).toEqual([]);
    expect([...imported]).toEqual(expect.arrayContaining(['astro', 'pagefind', 'html-validate', 'playwright-core', 'typescript']));
  });
});
