/** What static hosts are told to send matches what the site is built for. */
import { readFileSync } from 'node:fs';
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

  it('a push that changes only content/ and data/ skips the tests and the type check, never the check, build or gates', () => {
    const wf = readFileSync(join(ROOT, '.github/workflows/deploy.yml'), 'utf8');
    const steps = wf.split(/\n\s+- /);
    const step = (needle: string) => steps.find((s) => s.includes(needle)) ?? '';
    expect(step("':(exclude)content' ':(exclude)data'")).toContain('content_only=true');
    for (const skipped of [
      'run: npm test',
      'run: npm run test:build',
      'run: npm run typecheck',
      'run: npm run lint',
      'run: npm run format:check',
    ])
      expect(step(skipped), skipped).toContain("if: steps.scope.outputs.content_only != 'true'");
    for (const kept of ['node scripts/check.ts', 'run: npm run build', 'npm run gates'])
      expect(step(kept), kept).not.toContain('content_only');
  });
});
