/**
 * Builds the real site (the real Astro build, the real loaders) into a temporary directory,
 * for tests that read the built pages. One build per base path per test run.
 */
import { execFile, execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { ExecFileOptionsWithStringEncoding } from 'node:child_process';
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

/**
 * The test runner's environment without what Vitest adds for Vite (BASE_URL, DEV, PROD, MODE, SSR)
 * and its own VITEST* markers: Astro would take them over its own, or believe it runs under a test
 * runner (its dev server then serves no page), in a build or a preview server a test starts.
 */
export function astroEnv(): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !VITE_ENV.has(k) && !k.startsWith('VITEST')));
}

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

/** Where every site build of a test run is written down, one line each, so the run can say how many it made. */
const BUILD_LOG = join(ROOT, '.cache', 'test-builds', 'builds.txt');

/** Starts the count of site builds for a test run (called by the global setup). */
export function resetBuildCount(): void {
  mkdirSync(dirname(BUILD_LOG), { recursive: true });
  writeFileSync(BUILD_LOG, '');
}

/** Writes down one site build (Astro's, or `scripts/build.ts` that runs it) made by a test. */
export function countBuild(name: string): void {
  mkdirSync(dirname(BUILD_LOG), { recursive: true });
  appendFileSync(BUILD_LOG, `${name}\n`);
}

/** The site builds written down since the last reset, by name. */
export function buildsMade(): string[] {
  return existsSync(BUILD_LOG) ? readFileSync(BUILD_LOG, 'utf8').split('\n').filter(Boolean) : [];
}

function buildCommand(opts: BuildOptions): { out: string; args: string[]; options: ExecFileOptionsWithStringEncoding } {
  const out = join(ROOT, '.cache', 'test-builds', opts.name);
  mkdirSync(join(ROOT, '.cache', 'test-builds'), { recursive: true });
  countBuild(opts.name);
  const args = [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', ...(opts.log ? [] : ['--silent'])];
  return {
    out,
    args,
    options: {
      cwd: opts.root ?? fixtureProject(),
      env: {
        // Vitest sets Vite's BASE_URL, DEV, PROD, MODE and SSR; Astro would take them over its own
        // (a build that believes it is DEV derives the site's data again on every page).
        ...astroEnv(),
        // Vitest runs with NODE_ENV=test; the site is built as it is deployed.
        NODE_ENV: 'production',
        OUT_DIR: out,
        ASTRO_CACHE_DIR: join(ROOT, '.cache', 'test-builds', `${opts.name}-cache`),
        BASE_PATH: opts.base ?? '/',
        ASTRO_TELEMETRY_DISABLED: '1',
        ...opts.env,
      },
      timeout: BUILD_TIMEOUT,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  };
}

function finish(opts: BuildOptions, out: string, output: string): string {
  if (opts.log) writeFileSync(`${out}.log`, output.replace(/\x1b\[[0-9;]*m/g, ''));
  if (!existsSync(join(out, 'index.html'))) throw new Error(`build produced no index.html in ${out}`);
  return out;
}

export function buildSite(opts: BuildOptions): string {
  const { out, args, options } = buildCommand(opts);
  return finish(opts, out, execFileSync(process.execPath, args, { ...options, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }));
}

/** The same build, without blocking: the global setup runs two at once on the two cores. */
export function buildSiteAsync(opts: BuildOptions): Promise<string> {
  const { out, args, options } = buildCommand(opts);
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, args, options, (err, stdout, stderr) => {
      if (err) reject(new Error(`build ${opts.name} failed: ${err.message}\n${stdout}\n${stderr}`));
      else {
        try {
          resolve(finish(opts, out, stdout));
        } catch (e) {
          reject(e);
        }
      }
    });
    child.stdin?.end();
  });
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
  for (const f of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json', 'budgets.json'])
    cpSync(join(ROOT, f), join(root, f), { recursive: true });
  for (const f of withContent ? ['portal.config.ts', 'content', 'data'] : ['portal.config.ts'])
    cpSync(join(SITE_FIXTURE, f), join(root, f), { recursive: true });
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
