/**
 * Child process of the rows benchmark: `node scripts/bench/validate-rows.ts DIR`. Reads, validates
 * and cross-checks DIR/data/observations.csv exactly as `npm run check` does, prints one JSON line
 * of timings; then times the parts of that path one by one (after the peak RSS is taken).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Papa from 'papaparse';
import { readCsvBytes } from '../../src/corpus/csv.ts';
import { checkText, decodeUtf8 } from '../../src/corpus/text.ts';
import { crossCheck, TableIds } from '../../src/checks/cross.ts';
import { checkParts } from '../../src/domain/arithmetic.ts';
import { PATHS, type Corpus } from '../../src/checks/engine.ts';
import { unitColumns, unitSchema } from '../../src/schemas/unit.ts';
import { indicatorColumns, indicatorSchema } from '../../src/schemas/indicator.ts';
import { observationColumns, observationSchema } from '../../src/schemas/observation.ts';
import { parseCli, usageError } from '../lib/cli.ts';

const CLI = { usage: 'node scripts/bench/validate-rows.ts DIR', options: {}, positionals: true } as const;
const { positionals } = parseCli(CLI);
if (positionals.length !== 1) usageError(CLI, 'Cần đúng một thư mục dự án (need exactly one project folder).');
const dir = positionals[0]!;
const read = (rel: string) => readFileSync(join(dir, rel));

const t0 = performance.now();
const units = readCsvBytes(read(PATHS.units), PATHS.units, { columns: unitColumns, schema: unitSchema });
const indicators = readCsvBytes(read(PATHS.indicators), PATHS.indicators, { columns: indicatorColumns, schema: indicatorSchema });
const t1 = performance.now();
const bytes = read(PATHS.observations);
const observations = readCsvBytes(bytes, PATHS.observations, { columns: observationColumns, schema: observationSchema });
const t2 = performance.now();
const corpus: Corpus = { documents: [], conferences: [], units: units.rows, indicators: indicators.rows, observations: observations.rows };
// The tables' ids as engine.ts gives them to crossCheck.
const known = {
  documents: new Set<string>(),
  conferences: new Set(read('data/conferences.txt').toString('utf8').split('\n').filter(Boolean)),
  units: new TableIds(units.rows, units.rejected),
  indicators: new TableIds(indicators.rows, indicators.rejected),
  observations: new TableIds(observations.rows, observations.rejected),
};
const cross = crossCheck(corpus, known, { observations: observations.rejected });
const t3 = performance.now();
const peakRssMb = process.resourceUsage().maxRSS / 1024;
const issues = [...units.issues, ...indicators.issues, ...observations.issues, ...cross];
const errors = issues.filter((i) => i.severity === 'error');

// The same path in parts, to say where the time goes.
const phases: Record<string, number> = {};
const time = (name: string, f: () => unknown) => {
  const s = performance.now();
  f();
  phases[name] = Math.round(performance.now() - s);
};
let text = '';
let records: string[][] = [];
time('decodeUtf8', () => (text = decodeUtf8(bytes, 'x').text!));
time('checkText (NFC, invisible chars)', () => checkText(text, 'x'));
time('papaparse', () => (records = Papa.parse<string[]>(text, { delimiter: ',' }).data));
time('zod safeParse per row', () => {
  const header = records[0]!;
  for (let r = 1; r < records.length; r++) {
    const cells = records[r]!;
    if (cells.length !== header.length) continue;
    const rec: Record<string, string> = {};
    header.forEach((h, i) => (rec[h] = cells[i]!));
    observationSchema.safeParse(rec);
  }
});
time('checkParts', () => checkParts(observations.rows));

process.stdout.write(
  `${JSON.stringify({
    rows: observations.rows.length,
    bytes: bytes.length,
    smallTablesMs: Math.round(t1 - t0),
    parseValidateMs: Math.round(t2 - t1),
    crossCheckMs: Math.round(t3 - t2),
    totalMs: Math.round(t3 - t0),
    rowsPerSecond: Math.round(observations.rows.length / ((t3 - t1) / 1000)),
    peakRssMb: Math.round(peakRssMb),
    errors: errors.length,
    firstErrors: errors.slice(0, 3).map((e) => `${e.code} row ${e.row} ${e.field} ${e.value}`),
    phasesMs: phases,
  })}\n`,
);
