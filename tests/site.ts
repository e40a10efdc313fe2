/**
 * Builds the real site (the real Astro build, the real loaders) into a temporary directory,
 * for tests that read the built pages. One build per base path per test run.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listFiles as distFiles } from '../scripts/lib/dist.ts';

export const ROOT = join(import.meta.dirname, '..');

/**
 * The site the tests own: its content/, data/ and portal.config.ts. Tests never read the
 * repository's own content/ and data/, which a portal replaces with its own.
 */
export const SITE_FIXTURE = join(ROOT, 'tests', 'fixtures', 'site');

/**
 * How long one build may take before it counts as hung, for a test that builds in its body: the
 * same bound as the build process itself, so a slow shared machine does not fail a test.
 */
export const BUILD_TIMEOUT = 240_000;

const VITE_ENV = new Set(['BASE_URL', 'DEV', 'PROD', 'MODE', 'SSR']);

export interface BuildOptions {
  /** Base path, e.g. `/portal/`. */
  base?: string;
  /** Project root to build (defaults to a copy of the fixture site, made once per process). */
  root?: string;
  /** Extra environment for the build. */
  env?: Record<string, string>;
  /** Name of the output folder under .cache/test-builds/. */
  name: string;
  /** Keep the build's log (without `--silent`) in `<out>.log`. */
  log?: boolean;
}

export function buildSite(opts: BuildOptions): string {
  const out = join(ROOT, '.cache', 'test-builds', opts.name);
  mkdirSync(join(ROOT, '.cache', 'test-builds'), { recursive: true });
  const output = execFileSync(process.execPath, [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', ...(opts.log ? [] : ['--silent'])], {
    cwd: opts.root ?? fixtureProject(),
    env: {
      // Vitest sets Vite's BASE_URL, DEV, PROD, MODE and SSR; Astro would take them over its own
      // (a build that believes it is DEV derives the site's data again on every page).
      ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !VITE_ENV.has(k))),
      // Vitest runs with NODE_ENV=test; the site is built as it is deployed.
      NODE_ENV: 'production',
      OUT_DIR: out,
      ASTRO_CACHE_DIR: join(ROOT, '.cache', 'test-builds', `${opts.name}-cache`),
      BASE_PATH: opts.base ?? '/',
      ASTRO_TELEMETRY_DISABLED: '1',
      ...opts.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: BUILD_TIMEOUT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (opts.log) writeFileSync(`${out}.log`, output.replace(/\x1b\[[0-9;]*m/g, ''));
  if (!existsSync(join(out, 'index.html'))) throw new Error(`build produced no index.html in ${out}`);
  return out;
}

/** Every file under a folder, relative paths with `/`. */
export function listFiles(dir: string): string[] {
  return distFiles(dir).sort();
}

export { readText as readPage } from '../scripts/lib/dist.ts';

/**
 * A throwaway project: this project's sources and config with the fixture site's portal.config.ts
 * (`withContent` also copies the fixture's content/ and data/), sharing node_modules, for tests
 * that build a site from fixed, changed or generated content.
 */
export function copyProject(withContent = true): string {
  const root = mkdtempSync(join(tmpdir(), 'cong-ban-sao-'));
  for (const f of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json', 'budgets.json']) cpSync(join(ROOT, f), join(root, f), { recursive: true });
  for (const f of withContent ? ['portal.config.ts', 'content', 'data'] : ['portal.config.ts']) cpSync(join(SITE_FIXTURE, f), join(root, f), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
  return root;
}

let fixtureRoot: string | undefined;

/** One unchanged copy of the fixture site per process, removed when the process ends. */
export function fixtureProject(): string {
  if (!fixtureRoot) {
    const root = copyProject();
    fixtureRoot = root;
    process.once('exit', () => rmSync(root, { recursive: true, force: true }));
  }
  return fixtureRoot;
}
