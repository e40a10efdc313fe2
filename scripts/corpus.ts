/**
 * node scripts/corpus.ts --out DIR [--articles 40] [--seed 1]
 * Writes a generated corpus that passes `npm run check` (the benchmark's generator, here at a
 * small size) as DIR/content and DIR/data, replacing what was there. CI swaps it in for the
 * sample to prove that the tests, the build and the gates hold for any valid content.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { generateCorpus } from './bench/corpus.ts';
import { parseCli, usageError } from './lib/cli.ts';

const CLI = {
  usage: 'node scripts/corpus.ts --out DIR [--articles 40] [--seed 1]',
  options: { out: { type: 'string' }, articles: { type: 'string', default: '40' }, seed: { type: 'string', default: '1' } },
} as const;
const { values } = parseCli(CLI);
const positive = (name: string, v: string) =>
  /^[1-9]\d*$/.test(v) ? Number(v) : usageError(CLI, `--${name}: một số nguyên dương (a positive integer), không phải (not) ${v}.`);
const articles = positive('articles', values.articles);
const seed = positive('seed', values.seed);
if (!values.out) usageError(CLI, 'Thiếu --out (missing --out).');
const out = resolve(values.out);

const files = generateCorpus({ articles, seed });
for (const dir of ['content', 'data']) rmSync(join(out, dir), { recursive: true, force: true });
for (const [rel, text] of files) {
  mkdirSync(dirname(join(out, rel)), { recursive: true });
  writeFileSync(join(out, rel), text);
}
console.log(`${files.size} tệp (files), ${articles} bài (articles), seed ${seed} → ${out}`);
