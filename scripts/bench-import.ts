/**
 * node scripts/bench-import.ts [--sizes 10,1000] [--seed N]   (through scripts/with-node.sh)
 * The import's part of the benchmark, apart from the site's (it needs no build): a generated
 * archive of each size imported in one run (`npm run import -- FOLDER`) into an empty project,
 * its wall time and peak memory measured, and the peak at the largest size against the target
 * (at most 1.2 × the peak at the smallest). Prints a table and the figures as JSON.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeArchive, writeEmptyProject } from './bench/import-archive.ts';
import { measure } from './bench/measure.ts';
import { parseCli, usageError } from './lib/cli.ts';

const ROOT = join(import.meta.dirname, '..');
const CLI = {
  usage: 'node scripts/bench-import.ts [--sizes 10,1000] [--seed N]',
  options: { sizes: { type: 'string', default: '10,1000' }, seed: { type: 'string', default: '1' } },
} as const;
const { values: args } = parseCli(CLI);
const sizes = args.sizes.split(',').map(Number);
const seed = Number(args.seed);
if (sizes.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(seed) || seed < 1)
  usageError(CLI, `--sizes, --seed: số nguyên dương (positive integers), không phải (not) ${args.sizes}, ${args.seed}.`);

const results: { articles: number; wallS: number; peakRssMb: number; msPerArticle: number }[] = [];
for (const n of sizes) {
  const work = mkdtempSync(join(tmpdir(), `bench-import-${n}-`));
  try {
    writeEmptyProject(join(work, 'project'));
    writeArchive(join(work, 'archive'), n, seed);
    // As `npm run import` runs it (package.json): a small young generation keeps a long run's heap flat.
    const m = measure(
      [
        process.execPath,
        '--max-semi-space-size=4',
        join(ROOT, 'scripts', 'import.ts'),
        join(work, 'archive'),
        '--json',
        '--root',
        join(work, 'project'),
      ],
      { cwd: ROOT, log: join(work, 'import.log') },
    );
    if (m.status !== 0) throw new Error(`import of ${n} articles failed (exit ${m.status}); log: ${join(work, 'import.log')}`);
    results.push({ articles: n, wallS: m.wallS, peakRssMb: m.peakRssMb, msPerArticle: Math.round((m.wallS * 1000) / n) });
    process.stderr.write(`[bench:import] ${n} articles: ${m.wallS} s, peak ${m.peakRssMb} MB\n`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
const first = results[0]!;
const last = results.at(-1)!;
const ratio = Math.round((last.peakRssMb / first.peakRssMb) * 100) / 100;
process.stdout.write(
  [
    '| articles | wall (s) | ms / article | peak RSS (MB) |',
    '|---:|---:|---:|---:|',
    ...results.map((r) => `| ${r.articles} | ${r.wallS} | ${r.msPerArticle} | ${r.peakRssMb} |`),
    '',
    `peak at ${last.articles} / peak at ${first.articles}: ${ratio} (target ≤ 1.2: ${ratio <= 1.2 ? 'met' : 'NOT met'})`,
    JSON.stringify({ results, ratio }),
    '',
  ].join('\n'),
);
