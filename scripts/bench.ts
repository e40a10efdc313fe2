/**
 * npm run bench -- --size 1k|5k|10k [--rows 1000000] [--skip-bare] [--skip-rows] [--profile] [--seed N] [--keep]
 * Generates a national-size corpus and measures, in one run: `npm run check` alone; the whole
 * pipeline (`npm run build`: check → astro build with charts and the search index), cold; the same after editing
 * one article; bare Astro + @astrojs/mdx on the same MDX; and the observation table alone at
 * `--rows` rows; and what a browser fetches for a first search query. Prints a table and writes
 * bench-results/<date>-<size>.json.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { generateCorpus } from './bench/corpus.ts';
import { writeRowsProject } from './bench/rows.ts';
import { writeBareProject } from './bench/bare.ts';
import { countHtml, dirSize, measure, type Measured } from './bench/measure.ts';
import { summariseProfiles } from './bench/profile.ts';
import { searchBytes } from './bench/search-bytes.ts';
import { parseCli, usageError } from './lib/cli.ts';

const ROOT = join(import.meta.dirname, '..');
const SIZES: Record<string, number> = { '1k': 1000, '5k': 5000, '10k': 10000 };
const CLI = {
  usage: 'npm run bench -- --size 1k|5k|10k|N [--rows 1000000] [--skip-bare] [--skip-rows] [--profile] [--seed N] [--keep]',
  options: {
    size: { type: 'string', default: '1k' }, rows: { type: 'string', default: '1000000' }, seed: { type: 'string', default: '1' },
    'skip-bare': { type: 'boolean' }, 'skip-rows': { type: 'boolean' }, profile: { type: 'boolean' }, keep: { type: 'boolean' },
  },
} as const;
const { values: args } = parseCli(CLI);
const size = args.size;
const articles = SIZES[size] ?? positiveInt(size);
const rows = positiveInt(args.rows);
const seed = positiveInt(args.seed);
if (!articles) usageError(CLI, `--size: 1k, 5k, 10k hoặc một số (or a number), không phải (not) ${size}.`);
if (!rows || !seed) usageError(CLI, `--rows, --seed: số nguyên dương (positive integers), không phải (not) ${args.rows}, ${args.seed}.`);

function positiveInt(s: string): number {
  return /^[1-9]\d*$/.test(s) ? Number(s) : 0;
}

const work = mkdtempSync(join(tmpdir(), `bench-${size}-`));
const log = (s: string) => process.stderr.write(`[bench ${size}] ${s}\n`);
const ASTRO = ['node', 'node_modules/astro/bin/astro.mjs', 'build'];

function failIf(m: Measured, what: string, logFile: string): void {
  if (m.status === 0) return;
  process.stderr.write(readFileSync(logFile, 'utf8').slice(-4000));
  throw new Error(`${what} failed (exit ${m.status}); log: ${logFile}`);
}

// Our project: the site's sources and config beside the generated content and data.
const ours = join(work, 'ours');
for (const p of ['src', 'scripts', 'public', 'astro.config.mjs', 'portal.config.ts', 'tsconfig.json', 'package.json', 'budgets.json'])
  if (existsSync(join(ROOT, p))) cpSync(join(ROOT, p), join(ours, p), { recursive: true });
symlinkSync(join(ROOT, 'node_modules'), join(ours, 'node_modules'));
log(`generating ${articles} articles in ${ours}`);
const files = generateCorpus({ articles, seed });
for (const [rel, text] of files) {
  mkdirSync(dirname(join(ours, rel)), { recursive: true });
  writeFileSync(join(ours, rel), text);
}

const result: Record<string, unknown> = { size, articles, seed, date: new Date().toISOString(), machine: { cpus: (await import('node:os')).cpus().length, node: process.version } };
// Inside each project: the prerender chunks Astro writes to the output folder import packages from node_modules.
const buildEnv = (name: string) => ({ OUT_DIR: join(work, name === 'bare' ? 'bare' : 'ours', `dist-${name}`), ASTRO_CACHE_DIR: join(work, name === 'bare' ? 'bare' : 'ours', `.cache-${name}`) });

log('npm run check');
const check = measure(['node', 'scripts/check.ts', '--quiet'], { cwd: ours, log: join(work, 'check.log') });
failIf(check, 'check', join(work, 'check.log'));
result.check = check;

log('our pipeline, cold');
// `npm run build`: one validation, then the Astro build in the same process.
const pipeline = ['node', 'scripts/build.ts'];
const cold = measure(pipeline, { cwd: ours, env: buildEnv('ours'), log: join(work, 'ours-cold.log') });
failIf(cold, 'our build', join(work, 'ours-cold.log'));
const oursDist = buildEnv('ours').OUT_DIR;
result.ours = { ...cold, pages: countHtml(oursDist), dist: dirSize(oursDist), pagefind: dirSize(join(oursDist, 'pagefind')), phases: astroPhases(join(work, 'ours-cold.log')) };

log('first search query in Chromium');
try {
  const q = await searchBytes(oursDist, 'kiêm nhiệm');
  // What a host serving gzip sends: Pagefind's index files are gzip already, the rest compresses.
  const wire = q.requests.reduce((n, r) => {
    const file = join(oursDist, r.path.replace(/\/$/, '/index.html'));
    return n + (existsSync(file) ? (/\.pf_\w+$/.test(file) ? r.bytes : gzipSync(readFileSync(file)).length) : r.bytes);
  }, 0);
  result.search = { query: 'kiêm nhiệm', requests: q.requests.length, bytes: q.total, pagefindBytes: q.pagefind, gzipBytes: wire };
} catch (e) {
  log(`search not measured: ${(e as Error).message.split('\n')[0]}`);
}

log('our pipeline after editing one article');
const edited = [...files.keys()].filter((p) => p.startsWith('content/conferences/')).sort()[0]!;
const text = readFileSync(join(ours, edited), 'utf8');
writeFileSync(join(ours, edited), `${text}\nHội nghị thống nhất bổ sung nội dung này sau khi rà soát lại số liệu.\n`);
const rebuild = measure(pipeline, { cwd: ours, env: buildEnv('ours'), log: join(work, 'ours-rebuild.log') });
failIf(rebuild, 'our rebuild', join(work, 'ours-rebuild.log'));
result.rebuild = { ...rebuild, edited, phases: astroPhases(join(work, 'ours-rebuild.log')) };

if (!args['skip-bare']) {
  log('bare Astro + @astrojs/mdx, cold');
  const bare = join(work, 'bare');
  writeBareProject(bare, join(ours, 'content'), join(ROOT, 'node_modules'));
  const b = measure(ASTRO, { cwd: bare, env: buildEnv('bare'), log: join(work, 'bare.log') });
  failIf(b, 'bare build', join(work, 'bare.log'));
  result.bare = { ...b, pages: countHtml(buildEnv('bare').OUT_DIR), dist: dirSize(buildEnv('bare').OUT_DIR) };
}

if (args.profile) {
  log('profiling one cold astro build');
  const profDir = join(work, 'profile');
  rmSync(buildEnv('prof').ASTRO_CACHE_DIR, { recursive: true, force: true });
  measure(['node', '--cpu-prof', `--cpu-prof-dir=${profDir}`, ...ASTRO.slice(1)], { cwd: ours, env: buildEnv('prof'), log: join(work, 'profile.log') });
  result.profile = summariseProfiles(profDir);
}

if (!args['skip-rows']) {
  log(`observations table alone, ${rows} rows`);
  const rowsDir = join(work, 'rows');
  await writeRowsProject(rowsDir, { rows, seed });
  const m = measure(['node', join(ROOT, 'scripts/bench/validate-rows.ts'), rowsDir], { cwd: ROOT, log: join(work, 'rows.log') });
  failIf(m, 'rows validation', join(work, 'rows.log'));
  const json = readFileSync(join(work, 'rows.log'), 'utf8').split('\n').findLast((l) => l.startsWith('{'))!;
  result.rows = { ...m, ...JSON.parse(json) };
}

mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
const out = join(ROOT, 'bench-results', `${result.date!.toString().slice(0, 10)}-${size}.json`);
writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
printTable(result);
log(`results: ${out}; work files: ${work}`);
if (!args.keep) rmSync(work, { recursive: true, force: true });

/** Phase lines of the Astro log (content sync, page generation, search index), as printed. */
function astroPhases(file: string): string[] {
  const clean = readFileSync(file, 'utf8').replace(/\x1b\[[0-9;]*m/g, '').split('\n');
  return clean.filter((l) => /Completed in|Synced content|Content config|pages? built|generating static routes|search|pagefind|sitemap|Complete!/i.test(l) && l.length < 200).slice(0, 20);
}

function printTable(r: Record<string, any>): void {
  const mb = (b: number) => (b / 1e6).toFixed(1);
  const line = (name: string, m: any, extra = '') =>
    `| ${name} | ${m.wallS.toFixed(1)} | ${m.cpuS.toFixed(1)} | ${m.peakRssMb} | ${m.dist ? mb(m.dist.bytes) : '–'} | ${m.pagefind ? mb(m.pagefind.bytes) : '–'} | ${extra} |`;
  const lines = [
    `${r.articles} articles (seed ${r.seed}), ${r.ours.pages} pages built by our pipeline${r.bare ? `, ${r.bare.pages} by bare Astro` : ''}`,
    '| run | wall s | cpu s | peak RSS MB | dist MB | pagefind MB | note |',
    '|---|---|---|---|---|---|---|',
    line('npm run check', r.check),
    line('ours: check + astro build, cold', r.ours, r.bare ? `${(r.ours.wallS / r.bare.wallS).toFixed(2)}× bare` : ''),
    line('ours: rebuild after one edit', r.rebuild),
  ];
  if (r.bare) lines.push(line('bare Astro + @astrojs/mdx, cold', r.bare));
  if (r.search) lines.push(`| first search query (“${r.search.query}”), ${r.search.requests} requests | – | – | – | ${mb(r.search.bytes)} fetched | ${mb(r.search.pagefindBytes)} | ${(r.search.gzipBytes / 1024).toFixed(0)} KB with gzip |`);
  if (r.rows) lines.push(line(`rows: ${r.rows.rows} observations`, r.rows, `${r.rows.totalMs} ms in-process, ${r.rows.rowsPerSecond} rows/s, ${r.rows.errors} errors`));
  process.stdout.write(`${lines.join('\n')}\n`);
}
