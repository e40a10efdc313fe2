/**
 * The open data as clients no one here wrote read it: the Frictionless reference library (npm
 * `datapackage`) loads datapackage.json and every table CSV written from the fixture site's data,
 * validates the descriptor against its profile, and reads every row with its types and foreign keys.
 * Plain functions (open-data.ts over the validated fixture), no site build.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Package } from 'datapackage';
import { dataPackage, tableRows, toCsv, TABLES, type Row } from '../src/site/outputs/open-data.ts';
import { corpusFigures } from '../src/checks/corpus-figures.ts';
import { isPublic } from '../src/domain/publishing.ts';
import { validateProject } from '../src/checks/engine.ts';
import { SITE_FIXTURE } from './site.ts';

const { corpus } = validateProject(SITE_FIXTURE);
const published = corpus.conferences.filter((c) => isPublic(c.data));
const ids = new Set(published.map((c) => c.id));
const figures = corpusFigures(corpus, (id) => ids.has(id));
const rows = tableRows({
  units: corpus.units.map((r) => r.data as unknown as Row),
  indicators: corpus.indicators.map((r) => r.data as unknown as Row),
  conferences: published,
  figures,
  pageUrl: (id) => `https://example.org/hoi-nghi/${id}/`,
});
const descriptor = dataPackage({
  name: 'so-lieu-thu',
  title: 'Số liệu thử',
  description: 'Bộ dữ liệu của cổng thử.',
  homepage: 'https://example.org/du-lieu/',
  licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  sources: [{ title: 'Báo A' }],
});
const dir = mkdtempSync(join(tmpdir(), 'du-lieu-'));
for (const t of TABLES) writeFileSync(join(dir, `${t.name}.csv`), toCsv(t.fields, rows[t.name]));
writeFileSync(join(dir, 'datapackage.json'), `${JSON.stringify(descriptor, null, 1)}\n`);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('datapackage.json and the table CSVs, read by the Frictionless reference library', () => {
  it('the descriptor is valid against the tabular-data-package profile (no empty foreignKeys)', async () => {
    const pkg = await Package.load(join(dir, 'datapackage.json'));
    expect(pkg.errors.map(String)).toEqual([]);
    expect(pkg.valid).toBe(true);
    expect(pkg.resources.map((r) => r.name)).toEqual(TABLES.map((t) => t.name));
    for (const r of pkg.resources) expect(r.valid, `${r.name}: ${r.errors.map(String).join('; ')}`).toBe(true);
    const indicators = (descriptor.resources as { name: string; schema: Record<string, unknown> }[]).find((r) => r.name === 'indicators')!;
    expect(indicators.schema).not.toHaveProperty('foreignKeys');
  });

  it('every resource reads, every row, with its declared headers, types and foreign keys resolved', async () => {
    const pkg = await Package.load(join(dir, 'datapackage.json'));
    for (const r of pkg.resources) {
      const table = TABLES.find((t) => t.name === r.name)!;
      const read = await r.read({ keyed: true, relations: true });
      expect(read, r.name).toHaveLength(rows[table.name].length);
      // A byte-order mark would make the first header `\uFEFFid`, and no row would have an id.
      expect(r.headers, r.name).toEqual(table.fields.map((f) => f.name));
      expect(
        read.every((row) => typeof row.id === 'string' || typeof row.id === 'object'),
        r.name,
      ).toBe(true);
    }
    const observations = await pkg.resources.find((r) => r.name === 'observations')!.read({ keyed: true });
    const byId = new Map(observations.map((o) => [o.id as string, o]));
    for (const f of figures) {
      expect(byId.get(f.id)!.value, f.id).toBe(f.value ?? null);
      expect(byId.get(f.id)!.date, f.id).toBe(f.date);
    }
  });

  it('the table CSVs machines read have no byte-order mark; the copies for Excel have one', () => {
    for (const t of TABLES) {
      expect(toCsv(t.fields, rows[t.name]).charCodeAt(0), t.name).not.toBe(0xfeff);
      expect(toCsv(t.fields, rows[t.name], { excel: true }).charCodeAt(0), t.name).toBe(0xfeff);
    }
  });
});
