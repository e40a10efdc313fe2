/**
 * The million-row table on its own: national units, the indicators, and `rows` observations in
 * groups that hold up to every check (wholes and parts, ratios, bounds), each group given by one
 * of `conferences` reports. The report ids go in conferences.txt: the rows benchmark checks
 * references against them without compiling thousands of articles.
 */
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRng, fork } from './prng.ts';
import { generateUnits, unitsCsv } from './units.ts';
import { figureGroup, INDICATORS_CSV, OBSERVATIONS_HEADER, rowCsv } from './figures.ts';

export interface RowsOptions {
  rows: number;
  seed?: number;
  conferences?: number;
}

/** Rows of the table as text chunks, for tests and for streaming to disk. */
export function* observationChunks(opts: RowsOptions): Generator<string> {
  const seed = opts.seed ?? 1;
  const units = generateUnits(fork(seed, 'units'));
  const rng = createRng(seed ^ 0x5eed);
  const confIds = conferenceIds(opts);
  yield OBSERVATIONS_HEADER;
  let left = opts.rows;
  for (let g = 1; left > 0; g++) {
    const unit = rng.pick(units.communes);
    const date = `${rng.int(2018, 2026)}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
    const rows = figureGroup(rng, { prefix: `${unit.id}-${g}`, unit: unit.id, date, conference: confIds[g % confIds.length]! });
    // The last group is cut short after its whole and parts, never between them.
    const take = left >= rows.length ? rows : left >= 5 ? rows.slice(0, left) : rows.slice(5, 5 + left);
    left -= take.length;
    yield `${take.map(rowCsv).join('\n')}\n`;
  }
}

export function conferenceIds(opts: RowsOptions): string[] {
  return Array.from({ length: opts.conferences ?? 2000 }, (_, i) => `hoi-nghi-so-lieu-${i + 1}`);
}

/** Writes units.csv, indicators.csv, observations.csv and conferences.txt under `dir/data`. */
export async function writeRowsProject(dir: string, opts: RowsOptions): Promise<void> {
  mkdirSync(join(dir, 'data'), { recursive: true });
  writeFileSync(join(dir, 'data/units.csv'), unitsCsv(generateUnits(fork(opts.seed ?? 1, 'units')).all));
  writeFileSync(join(dir, 'data/indicators.csv'), INDICATORS_CSV);
  writeFileSync(join(dir, 'data/conferences.txt'), `${conferenceIds(opts).join('\n')}\n`);
  const out = createWriteStream(join(dir, 'data/observations.csv'));
  for (const chunk of observationChunks(opts)) if (!out.write(chunk)) await new Promise((r) => out.once('drain', r));
  await new Promise<void>((r, j) => out.end((e?: Error) => (e ? j(e) : r())));
}
