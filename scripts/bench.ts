/**
 * npm run bench -- --size 1k|5k|10k|1k,5k,10k [--rows 1000000] [--skip-bare] [--skip-rows] [--skip-dev] [--search-only] [--profile] [--seed N] [--keep]
 * npm run bench -- --only rows [--rows 1000000] [--seed N] [--keep]
 * Generates a national-size corpus and measures, in one run: `npm run check` alone; the whole
 * pipeline (`npm run build`: check → astro build with charts and the search index), cold; the same after editing
 * one article; bare Astro + @astrojs/mdx on the same MDX; the observation table alone at
 * `--rows` rows; and what a browser fetches for a first search query and for later ones. Prints a
 * table, each figure beside its target (scripts/bench/targets.ts), and writes
 * bench-results/<date>-<size>.json. Several sizes run one after another, each in a process of its
 * own, and end with one table of targets, a column per size. `--only rows` measures the
 * observation table alone: no corpus, no builds, the rows line and its two targets. `--search-only`:
 * the cold build and the search figures alone (no check alone, rebuild, bare Astro, rows).
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseCli, usageError } from './lib/cli.ts';
import { spawnSync } from 'node:child_process';
import type { Figures } from './bench/targets.ts';
import type { Measured } from './bench/measure.ts';

const ROOT = join(import.meta.dirname, '..');
const SIZES: Record<string, number> = { '1k': 1000, '5k': 5000, '10k': 10000 };
const CLI = {
  usage:
    'npm run bench -- --size 1k|5k|10k|N[,…] [--rows 1000000] [--skip-bare] [--skip-rows] [--skip-dev] [--search-only] [--profile] [--seed N] [--keep] | --only rows [--rows N] [--seed N] [--keep]',
  options: {
    size: { type: 'string', default: '1k' },
    out: { type: 'string' },
    rows: { type: 'string', default: '1000000' },
    seed: { type: 'string', default: '1' },
    only: { type: 'string' },
    'skip-bare': { type: 'boolean' },
    'skip-rows': { type: 'boolean' },
    'skip-dev': { type: 'boolean' },
    'search-only': { type: 'boolean' },
    profile: { type: 'boolean' },
    keep: { type: 'boolean' },
  },
} as const;
const { values: args } = parseCli(CLI);
if (args.only !== undefined && args.only !== 'rows') usageError(CLI, `--only: rows, không phải (not) ${args.only}.`);
if (args.size.includes(',')) await benchSizes(args.size.split(','));
const size = args.size;
const articles = SIZES[size] ?? positiveInt(size);
const rows = positiveInt(args.rows);
const seed = positiveInt(args.seed);
if (!articles) usageError(CLI, `--size: 1k, 5k, 10k hoặc một số (or a number), không phải (not) ${size}.`);
if (!rows || !seed) usageError(CLI, `--rows, --seed: số nguyên dương (positive integers), không phải (not) ${args.rows}, ${args.seed}.`);

// The modules that do the work load only once the command line is known good: a usage error
// answers at once.
const [
  { generateCorpus },
  { writeRowsProject },
  { writeBareProject },
  { countHtml, dirSize, measure },
  { summariseProfiles },
  { searchBytes },
  { FIRST_QUERY, LATER_QUERIES, MARKED_QUERIES, targetRows },
  { measureDevEdits },
  { editFigure },
] = await Promise.all([
  import('./bench/corpus.ts'),
  import('./bench/rows.ts'),
  import('./bench/bare.ts'),
  import('./bench/measure.ts'),
  import('./bench/profile.ts'),
  import('./bench/search-bytes.ts'),
  import('./bench/targets.ts'),
  import('./bench/dev-edit.ts'),
  import('./bench/edits.ts'),
]);

function positiveInt(s: string): number {
  return /^[1-9]\d*$/.test(s) ? Number(s) : 0;
}

const work = mkdtempSync(join(tmpdir(), `bench-${size}-`));
const log = (s: string) => process.stderr.write(`[bench ${size}] ${s}\n`);
if (args.only === 'rows') await benchRowsOnly();
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

const result: Record<string, unknown> & Partial<Figures> = {
  size,
  articles,
  seed,
  date: new Date().toISOString(),
  machine: { cpus: (await import('node:os')).cpus().length, node: process.version },
};
// Inside each project: the prerender chunks Astro writes to the output folder import packages from node_modules.
const buildEnv = (name: string) => ({
  OUT_DIR: join(work, name === 'bare' ? 'bare' : 'ours', `dist-${name}`),
  ASTRO_CACHE_DIR: join(work, name === 'bare' ? 'bare' : 'ours', `.cache-${name}`),
});

const searchOnly = Boolean(args['search-only']);
if (!searchOnly) {
  log('npm run check');
  const check = measure(['node', 'scripts/check.ts', '--quiet'], { cwd: ours, log: join(work, 'check.log') });
  failIf(check, 'check', join(work, 'check.log'));
  result.check = check;
}

log('our pipeline, cold');
// `npm run build`: one validation, then the Astro build in the same process.
const pipeline = ['node', 'scripts/build.ts'];
const cold = measure(pipeline, { cwd: ours, env: buildEnv('ours'), log: join(work, 'ours-cold.log') });
failIf(cold, 'our build', join(work, 'ours-cold.log'));
const oursDist = buildEnv('ours').OUT_DIR;
result.ours = {
  ...cold,
  pages: countHtml(oursDist),
  dist: dirSize(oursDist),
  pagefind: dirSize(join(oursDist, 'pagefind')),
  phases: astroPhases(join(work, 'ours-cold.log')),
  profile: buildProfile(join(work, 'ours-cold.log'), cold.wallS),
};

log('first search query in Chromium, then later ones');
try {
  result.search = await searchBytes(oursDist, FIRST_QUERY, LATER_QUERIES, MARKED_QUERIES);
} catch (e) {
  log(`search not measured: ${(e as Error).message.split('\n')[0]}`);
}

// One report edited three ways, a rebuild after each: a sentence added to its body, its title
// changed (other pages list it by title), one of its figures changed (charts, tables and lists
// show it). The target bounds each.
const edited = [...files.keys()].filter((p) => p.startsWith('content/conferences/')).sort()[0]!;
const reportId = edited.replace(/^.*\//, '').replace(/\.mdx$/, '');
const EDITS: { kind: 'body' | 'title' | 'figure'; file: string; edit: (text: string) => string }[] = [
  { kind: 'body', file: edited, edit: (t) => `${t}\nHội nghị thống nhất bổ sung nội dung này sau khi rà soát lại số liệu.\n` },
  {
    kind: 'title',
    file: edited,
    edit: (t) => t.replace(/^title: (['"]?)(.*?)\1$/m, (_, _q, title: string) => `title: '${title.replace(/'/g, "''")} (sửa)'`),
  },
  { kind: 'figure', file: 'data/observations.csv', edit: (t) => editFigure(t, reportId) },
];
if (!searchOnly) {
  result.rebuilds = {};
  for (const { kind, file, edit } of EDITS) {
    log(`our pipeline after one edit: ${kind}`);
    const before = readFileSync(join(ours, file), 'utf8');
    const after = edit(before);
    if (after === before) throw new Error(`the ${kind} edit changed nothing in ${file}`);
    writeFileSync(join(ours, file), after);
    const logFile = join(work, `ours-rebuild-${kind}.log`);
    const rebuild = measure(pipeline, { cwd: ours, env: buildEnv('ours'), log: logFile });
    failIf(rebuild, `our rebuild after the ${kind} edit`, logFile);
    result.rebuilds[kind] = { ...rebuild, edited: file, phases: astroPhases(logFile), profile: buildProfile(logFile, rebuild.wallS) };
  }
  result.rebuild = result.rebuilds.body;
}

// The preview an editor runs: at the size its target names (1,000 articles) and below.
if (!searchOnly && !args['skip-dev'] && articles <= 1000) {
  log('npm run dev: edits of one report, each save to the page showing it');
  try {
    result.dev = await measureDevEdits(ours, edited, `hoi-nghi/${reportId}/`, 5);
  } catch (e) {
    log(`dev not measured: ${(e as Error).message.split('\n')[0]}`);
  }
}

if (!args['skip-bare'] && !searchOnly) {
  log('bare Astro + @astrojs/mdx, cold');
  const bare = join(work, 'bare');
  writeBareProject(bare, join(ours, 'content'), join(ROOT, 'node_modules'));
  const b = measure(ASTRO, { cwd: bare, env: buildEnv('bare'), log: join(work, 'bare.log') });
  failIf(b, 'bare build', join(work, 'bare.log'));
  result.bare = { ...b, pages: countHtml(buildEnv('bare').OUT_DIR), dist: dirSize(buildEnv('bare').OUT_DIR) };
  // The fair baseline has a search index too: the Pagefind CLI over bare Astro's pages.
  log('Pagefind CLI over bare Astro’s output');
  const pf = measure([join(ROOT, 'node_modules/.bin/pagefind'), '--site', buildEnv('bare').OUT_DIR], {
    cwd: bare,
    log: join(work, 'bare-pagefind.log'),
  });
  failIf(pf, 'Pagefind CLI', join(work, 'bare-pagefind.log'));
  result.barePagefind = { ...pf, pagefind: dirSize(join(buildEnv('bare').OUT_DIR, 'pagefind')) };
}

if (args.profile && !searchOnly) {
  log('profiling one cold astro build');
  const profDir = join(work, 'profile');
  rmSync(buildEnv('prof').ASTRO_CACHE_DIR, { recursive: true, force: true });
  measure(['node', '--cpu-prof', `--cpu-prof-dir=${profDir}`, ...ASTRO.slice(1)], {
    cwd: ours,
    env: buildEnv('prof'),
    log: join(work, 'profile.log'),
  });
  result.profile = summariseProfiles(profDir);
}

if (!args['skip-rows'] && !searchOnly) result.rows = await measureRows();

// Filled above: the cold build always, the rest unless skipped.
result.targets = targetRows(articles, result as Figures);
mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
const out = join(ROOT, 'bench-results', `${result.date!.toString().slice(0, 10)}-${size}.json`);
writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
// For the run of several sizes that started this one.
if (args.out) writeFileSync(args.out, `${JSON.stringify(result)}\n`);
printTable(result);
log(`results: ${out}; work files: ${work}`);
if (!args.keep) rmSync(work, { recursive: true, force: true });

/** The observation table alone, in a process of its own: its figures and its timings by phase. */
type RowsFigures = Measured & {
  rows: number;
  totalMs: number;
  rowsPerSecond: number;
  errors: number;
  phasesMs: Record<string, number>;
  [more: string]: unknown;
};
async function measureRows(): Promise<RowsFigures> {
  log(`observations table alone, ${rows} rows`);
  const rowsDir = join(work, 'rows');
  await writeRowsProject(rowsDir, { rows, seed });
  const m = measure(['node', join(ROOT, 'scripts/bench/validate-rows.ts'), rowsDir], { cwd: ROOT, log: join(work, 'rows.log') });
  failIf(m, 'rows validation', join(work, 'rows.log'));
  const json = readFileSync(join(work, 'rows.log'), 'utf8')
    .split('\n')
    .findLast((l) => l.startsWith('{'))!;
  return { ...m, ...JSON.parse(json) };
}

/** `--only rows`: the rows line and its two targets, written to bench-results/<date>-rows.json. */
async function benchRowsOnly(): Promise<never> {
  const r = await measureRows();
  const date = new Date().toISOString();
  const targets = targetRows(0, { ours: { wallS: 0, peakRssMb: 0 }, rebuild: { wallS: 0 }, rows: r }).filter(
    (t) => t.figure.includes('observation rows') || t.figure === 'the same, peak memory',
  );
  mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
  const out = join(ROOT, 'bench-results', `${date.slice(0, 10)}-rows.json`);
  writeFileSync(out, `${JSON.stringify({ rows: r, seed, date, targets }, null, 2)}\n`);
  const lines = [
    '| run | wall s | cpu s | peak RSS MB | note |',
    '|---|---|---|---|---|',
    `| rows: ${r.rows} observations | ${r.wallS.toFixed(1)} | ${r.cpuS.toFixed(1)} | ${r.peakRssMb} | ${r.totalMs} ms in-process, ${r.rowsPerSecond} rows/s, ${r.errors} errors |`,
    '',
    `In-process phases, ms: ${JSON.stringify(r.phasesMs)}`,
    '',
    '| figure | measured | target | met |',
    '|---|---|---|---|',
    ...targets.map((t) => `| ${t.figure} | ${t.measured} | ${t.target} | ${t.met ? 'yes' : 'no'} |`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  log(`results: ${out}; work files: ${work}`);
  if (!args.keep) rmSync(work, { recursive: true, force: true });
  process.exit(0);
}

/**
 * Where a build's time went, from its log: the validation, the route generation (pages rendered
 * or restored from the previous build), the search index after the pages, and the rest (Node and
 * Astro starting, content sync, the bundling of the pages' code, the sitemap).
 */
function buildProfile(file: string, wallS: number): Record<string, number> {
  const log = readFileSync(file, 'utf8').replace(/\x1b\[[0-9;]*m/g, '');
  const num = (re: RegExp) => Number(re.exec(log)?.[1] ?? NaN);
  const validation = num(/Kiểm tra nội dung và dữ liệu: ([\d.]+) s/);
  // Astro writes "12.34s", or "1m 5s" past a minute.
  const took = /generating static routes[\s\S]*?Completed in (?:(\d+)m\s*)?([\d.]+)s/.exec(log);
  const routes = took ? Number(took[1] ?? 0) * 60 + Number(took[2]) : NaN;
  const index = num(/hoàn tất chỉ mục sau khi dựng trang: ([\d.]+) s/);
  const restored = (log.match(/\(restored\)|\(cached\)/g) ?? []).length;
  const rendered = (log.match(/ \(\+[\d.]+m?s\)/g) ?? []).length;
  return {
    wallS,
    validationS: validation,
    routesS: routes,
    searchIndexS: index,
    otherS: Math.round((wallS - validation - routes - index) * 10) / 10,
    rendered,
    restored,
  };
}

/** Phase lines of the Astro log (content sync, page generation, search index), as printed. */
function astroPhases(file: string): string[] {
  const clean = readFileSync(file, 'utf8')
    .replace(/\x1b\[[0-9;]*m/g, '')
    .split('\n');
  return clean
    .filter(
      (l) =>
        /Completed in|Synced content|Content config|pages? built|generating static routes|search|pagefind|sitemap|Complete!/i.test(l) &&
        l.length < 200,
    )
    .slice(0, 20);
}

function printTable(r: Record<string, any>): void {
  const mb = (b: number) => (b / 1e6).toFixed(1);
  const line = (name: string, m: any, extra = '') =>
    `| ${name} | ${m.wallS.toFixed(1)} | ${m.cpuS.toFixed(1)} | ${m.peakRssMb} | ${m.dist ? mb(m.dist.bytes) : '–'} | ${m.pagefind ? mb(m.pagefind.bytes) : '–'} | ${extra} |`;
  const lines = [
    `${r.articles} articles (seed ${r.seed}), ${r.ours.pages} pages built by our pipeline${r.bare ? `, ${r.bare.pages} by bare Astro` : ''}`,
    '| run | wall s | cpu s | peak RSS MB | dist MB | pagefind MB | note |',
    '|---|---|---|---|---|---|---|',
    line(
      'ours: check + astro build, cold',
      r.ours,
      r.bare
        ? `${(r.ours.wallS / r.bare.wallS).toFixed(2)}× bare${r.barePagefind ? `, ${(r.ours.wallS / (r.bare.wallS + r.barePagefind.wallS)).toFixed(2)}× bare + Pagefind` : ''}`
        : '',
    ),
  ];
  if (r.check) lines.splice(3, 0, line('npm run check', r.check));
  for (const [kind, m] of Object.entries((r.rebuilds ?? {}) as Record<string, any>))
    lines.push(line(`ours: rebuild after one edit (${kind})`, m, `${(m.wallS / r.ours.wallS).toFixed(2)}× cold`));
  if (r.bare) lines.push(line('bare Astro + @astrojs/mdx, cold', r.bare));
  if (r.barePagefind) lines.push(line('Pagefind CLI over bare Astro’s output', r.barePagefind));
  if (r.rows)
    lines.push(
      line(
        `rows: ${r.rows.rows} observations`,
        r.rows,
        `${r.rows.totalMs} ms in-process, ${r.rows.rowsPerSecond} rows/s, ${r.rows.errors} errors`,
      ),
    );
  const prof = (name: string, p: Record<string, number>) =>
    `${name}: ${p.wallS} s = validation ${p.validationS} s, route generation ${p.routesS} s (${p.rendered} pages rendered, ${p.restored} restored), search index after the pages ${p.searchIndexS} s, the rest (start, content sync, bundling, sitemap) ${p.otherS} s`;
  lines.push('', prof('Cold build', r.ours.profile));
  for (const [kind, m] of Object.entries((r.rebuilds ?? {}) as Record<string, any>))
    lines.push(prof(`Rebuild after one edit (${kind})`, m.profile));
  if (r.dev)
    lines.push(
      '',
      `npm run dev: ready ${r.dev.readyS} s, the report's page first ${r.dev.firstPageS} s; each edit, save to page: ${r.dev.editsS.join(', ')} s`,
    );
  if (r.search) {
    const kb = (b: number) => `${(b / 1024).toFixed(0)}`;
    const parts = (f: any) =>
      Object.entries(f.byKind as Record<string, number>)
        .sort((a, b) => b[1] - a[1])
        .map(([k, b]) => `${k} ${kb(b)}${f.files[k] > 1 ? ` (${f.files[k]} files)` : ''}`)
        .join(', ');
    lines.push(
      '',
      `First query “${r.search.first.query}”, cold cache, KB with gzip: ${kb(r.search.first.gzipBytes)} in ${r.search.first.requests} requests = ${parts(r.search.first)}`,
    );
    for (const q of r.search.later)
      lines.push(`Later query “${q.query}”: ${kb(q.gzipBytes)} KB in ${q.requests} requests${q.requests ? ` = ${parts(q)}` : ''}`);
    const p = (r.search.precision ?? []) as { query: string; holding: number; k: number; hits: number }[];
    if (p.length) {
      const k = p.reduce((n, x) => n + x.k, 0);
      const hits = p.reduce((n, x) => n + x.hits, 0);
      lines.push(
        `Words typed with marks, first results holding the very word: ${hits}/${k}${k ? ` (${(hits / k).toFixed(2)})` : ''} = ${p.map((x) => `${x.query} ${x.hits}/${x.k} of ${x.holding} pages`).join(', ')}`,
      );
    }
  }
  lines.push('', '| figure | measured | target | met |', '|---|---|---|---|');
  for (const t of r.targets as ReturnType<typeof targetRows>)
    lines.push(`| ${t.figure} | ${t.measured} | ${t.target} | ${t.met === undefined ? '–' : t.met ? 'yes' : 'no'} |`);
  process.stdout.write(`${lines.join('\n')}\n`);
}

/** Each size in a process of its own (one size's memory never weighs on the next), then one table. */
async function benchSizes(sizes: string[]): Promise<never> {
  const flags = process.argv.slice(2).filter((a, i, all) => a !== '--size' && all[i - 1] !== '--size' && !a.startsWith('--size='));
  const done: { size: string; articles: number; targets: ReturnType<typeof targetRows> }[] = [];
  for (const one of sizes) {
    const file = join(mkdtempSync(join(tmpdir(), 'bench-out-')), 'result.json');
    const r = spawnSync(process.execPath, [import.meta.filename, '--size', one, '--out', file, ...flags], { stdio: 'inherit' });
    if (r.status !== 0) process.exit(r.status ?? 1);
    const json = JSON.parse(readFileSync(file, 'utf8'));
    done.push({ size: one, articles: json.articles, targets: json.targets });
  }
  const head = `| figure | ${done.map((d) => `${d.articles.toLocaleString('en')} articles`).join(' | ')} |`;
  const lines = ['', 'All sizes: measured (target) and whether it is met', head, `|---|${done.map(() => '---|').join('')}`];
  done[0]!.targets.forEach((t, i) => {
    const cells = done.map((d) => {
      const c = d.targets[i]!;
      return `${c.measured} (${c.target}) ${c.met === undefined ? '' : c.met ? '✓' : '✗'}`.trim();
    });
    lines.push(`| ${t.figure} | ${cells.join(' | ')} |`);
  });
  process.stdout.write(`${lines.join('\n')}\n`);
  process.exit(0);
}
