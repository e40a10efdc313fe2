/** Open data: spreadsheet-safe CSV, JSON, datapackage.json, and the built site's files. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, inject, it } from 'vitest';
import { CHART_FIELDS, TABLES, dataPackage, inertText, portalPackage, toCsv, toJson, type Field } from '../src/site/outputs/open-data.ts';
import { corpusFigures } from '../src/articles/chart-html.ts';
import { isPublic } from '../src/domain/publishing.ts';
import { validateProject } from '../src/checks/engine.ts';
import { listFiles, SITE_FIXTURE } from './site.ts';

const dist = inject('dist');
const LIVE = /^[=+\-@\t\r]/;

const fields: Field[] = [
  { name: 'id', type: 'string', description: '' },
  { name: 'note', type: 'string', description: '' },
  { name: 'value', type: 'number', description: '' },
];
/** Every way a cell can try to run in a spreadsheet, plus a real negative number. */
const malicious = [
  { id: 'a', note: '=HYPERLINK("http://x","bấm")', value: -5 },
  { id: 'b', note: '+1+1', value: 0 },
  { id: 'c', note: '-2+3', value: 1.5 },
  { id: 'd', note: '@SUM(A1)', value: undefined },
  { id: 'e', note: '\tcmd', value: 2 },
  { id: 'f', note: '\r=1', value: 3 },
  { id: 'g', note: 'Cấp ấp, khu phố "mới"\nxuống dòng', value: 4 },
];

const parse = (csv: string) => Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });

describe('toCsv(fields, rows)', () => {
  const csv = toCsv(fields, malicious);
  const rows = parse(csv).data;

  it('toCsv writes no BOM for machines, one for Excel, and ends every record with CRLF', () => {
    expect(csv.split('\r\n')[0]).toBe('id,note,value');
    expect(toCsv(fields, malicious, { excel: true })).toBe(`\uFEFF${csv}`);
    expect(csv.replace(/"[^"]*"/g, '').match(/(?<!\r)\n/g)).toBeNull();
  });

  it('toCsv makes formula-like text inert but keeps negative numbers as numbers', () => {
    for (const r of rows) expect(r.note, r.id).not.toMatch(LIVE);
    expect(rows.map((r) => r.note.slice(0, 2))).toEqual(["'=", "'+", "'-", "'@", "'\t", "'\r", 'Cấ']);
    expect(rows.map((r) => r.value)).toEqual(['-5', '0', '1.5', '', '2', '3', '4']);
  });

  it('toCsv quotes commas, quotes and newlines as RFC 4180 says, and they round-trip', () => {
    expect(csv).toContain('"Cấp ấp, khu phố ""mới""\nxuống dòng"');
    expect(rows[6]!.note).toBe('Cấp ấp, khu phố "mới"\nxuống dòng');
  });

  it('toCsv refuses a non-number in a numeric column instead of writing it', () => {
    expect(() => toCsv(fields, [{ id: 'x', value: '=1' as unknown as number }])).toThrow(/value: expected a number/);
  });

  it('inertText(s) makes a cell inert that becomes a formula once leading spaces or line breaks are skipped', () => {
    for (const s of [' =1+1', '\n=1+1', '\r\n@SUM(A1)', '\u00A0+1', '  -2+3']) expect(inertText(s)).toBe(`'${s}`);
  });

  it('inertText leaves ordinary text alone', () => {
    expect(inertText('trên 5.120')).toBe('trên 5.120');
    expect(inertText('38,6%')).toBe('38,6%');
  });

  it('toJson writes null for empty cells and numbers as numbers', () => {
    expect(JSON.parse(toJson(fields, malicious))[3]).toEqual({ id: 'd', note: '@SUM(A1)', value: null });
  });
});

describe('dataPackage(input)', () => {
  const pkg = dataPackage({
    name: 'so-lieu',
    title: 'T',
    description: 'D',
    homepage: 'https://example.org/du-lieu/',
    licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
    sources: [{ title: 'Báo A' }],
  }) as {
    profile: string;
    licenses: { name: string }[];
    resources: {
      name: string;
      path: string;
      schema: {
        fields: { name: string; type: string }[];
        primaryKey: string;
        foreignKeys?: { fields: string; reference: { resource: string; fields: string } }[];
      };
    }[];
  };
  it('dataPackage describes every table with fields, types, a primary key and foreign keys that resolve', () => {
    expect(pkg.profile).toBe('tabular-data-package');
    expect(pkg.licenses[0]!.name).toBe('CC-BY-4.0');
    const names = new Set(pkg.resources.map((r) => r.name));
    for (const r of pkg.resources) {
      expect(r.path).toBe(`${r.name}.csv`);
      const own = new Set(r.schema.fields.map((f) => f.name));
      expect(own.has(r.schema.primaryKey)).toBe(true);
      for (const fk of r.schema.foreignKeys ?? []) {
        expect(own.has(fk.fields), `${r.name}.${fk.fields}`).toBe(true);
        expect(fk.reference.resource === '' || names.has(fk.reference.resource)).toBe(true);
      }
    }
    const obs = pkg.resources.find((r) => r.name === 'observations')!;
    expect(obs.schema.foreignKeys!.map((k) => `${k.fields}→${k.reference.resource || 'observations'}`)).toEqual([
      'indicator→indicators',
      'unit→units',
      'part_of→observations',
      'conference→conferences',
    ]);
    expect(obs.schema.fields.find((f) => f.name === 'value')!.type).toBe('number');
  });
});

describe('the built open data (du-lieu/)', () => {
  const files = listFiles(join(dist, 'du-lieu'));
  const csvs = files.filter((f) => f.endsWith('.csv'));
  const read = (f: string) => readFileSync(join(dist, 'du-lieu', f), 'utf8');

  it('every table has a CSV and a JSON, and every chart its own CSV and JSON', () => {
    for (const t of TABLES) expect(files).toEqual(expect.arrayContaining([`${t.name}.csv`, `${t.name}.json`]));
    expect(files.filter((f) => f.startsWith('bieu-do/') && f.endsWith('.csv')).length).toBeGreaterThan(5);
    expect(files.filter((f) => f.startsWith('bieu-do/') && f !== 'bieu-do/index.json').length % 2).toBe(0);
  });

  it('du-lieu/bieu-do/index.json lists every chart, and the build holds exactly the CSV and JSON it lists', () => {
    const { charts } = JSON.parse(read('bieu-do/index.json')) as { charts: { slug: string; title: string; csv: string; json: string }[] };
    expect(charts.length).toBeGreaterThan(5);
    const listed = charts.flatMap((c) => [`bieu-do/${c.slug}.csv`, `bieu-do/${c.slug}.json`]).sort();
    expect(files.filter((f) => f.startsWith('bieu-do/') && f !== 'bieu-do/index.json').sort()).toEqual(listed);
    for (const c of charts) expect(c.csv).toMatch(new RegExp(`^https?://.+/du-lieu/bieu-do/${c.slug}\\.csv$`));
    // The same bytes a route of its own would serve: a table CSV with BOM, rows behind a header.
    expect(read(listed[0]!).startsWith('\uFEFF')).toBe(true);
  });

  it('no exported CSV has a live formula cell; the tables machines read have no BOM, the copies for Excel and the charts’ CSV one', () => {
    for (const t of TABLES) expect(files).toContain(`excel/${t.name}.csv`);
    for (const f of csvs) {
      const text = read(f);
      expect(text.charCodeAt(0) === 0xfeff, f).toBe(f.startsWith('excel/') || f.startsWith('bieu-do/'));
      if (f.startsWith('excel/')) expect(text, f).toBe(`\uFEFF${read(f.slice('excel/'.length))}`);
      expect(text.endsWith('\r\n'), f).toBe(true);
      const table = TABLES.find((t) => `${t.name}.csv` === f.replace(/^excel\//, ''));
      const numeric = new Set((table?.fields ?? CHART_FIELDS).filter((x) => x.type === 'number').map((x) => x.name));
      for (const r of parse(text).data) {
        for (const [k, v] of Object.entries(r)) {
          if (numeric.has(k)) expect(v === '' || Number.isFinite(Number(v)), `${f} ${k}=${v}`).toBe(true);
          else expect(v, `${f} ${k}`).not.toMatch(LIVE);
        }
      }
    }
  });

  it('datapackage.json lists every table with the licence, sources and foreign keys', () => {
    const pkg = JSON.parse(read('datapackage.json'));
    expect(pkg.resources.map((r: { name: string }) => r.name)).toEqual(TABLES.map((t) => t.name));
    expect(pkg.licenses[0].path).toMatch(/^https:\/\/creativecommons\.org\//);
    expect(pkg.sources.length).toBeGreaterThan(0);
    expect(pkg.resources.find((r: { name: string }) => r.name === 'units').schema.foreignKeys).toHaveLength(2);
    // The profile wants at least one foreign key where the property is given.
    expect(pkg.resources.find((r: { name: string }) => r.name === 'indicators').schema).not.toHaveProperty('foreignKeys');
  });

  it("every published observation's value and total come back from the CSV and the JSON", () => {
    const { corpus } = validateProject(SITE_FIXTURE);
    const published = new Set(corpus.conferences.filter((c) => isPublic(c.data)).map((c) => c.id));
    const figures = corpusFigures(corpus, (id) => published.has(id));
    const csv = new Map(parse(read('observations.csv')).data.map((r) => [r.id, r]));
    const json = new Map((JSON.parse(read('observations.json')) as Record<string, unknown>[]).map((r) => [r.id, r]));
    expect(csv.size).toBe(figures.length);
    expect(json.size).toBe(figures.length);
    for (const f of figures) {
      expect(csv.get(f.id)!.value, f.id).toBe(f.value === undefined ? '' : String(f.value));
      expect(csv.get(f.id)!.total, f.id).toBe(f.total === undefined ? '' : String(f.total));
      expect(csv.get(f.id)!.printed, f.id).toBe(f.printed ?? '');
      expect(json.get(f.id)!.value, f.id).toBe(f.value ?? null);
      expect(json.get(f.id)!.total, f.id).toBe(f.total ?? null);
    }
  });

  it('the enriched table flags exactly the rates the source misprinted', () => {
    const rows = parse(read('observations-enriched.csv')).data;
    expect(rows.filter((r) => r.flagged === 'true').map((r) => `${r.value}/${r.total} ${r.printed} → ${r.computed}`)).toEqual([
      '88/288 38,6% → 30,56%',
      '61/163 38,65% → 37,42%',
    ]);
  });
});

describe("the portal's package", () => {
  it('is named after the short name and lists each source once, with its address when recorded', () => {
    const portal = {
      name: 'Cổng thử',
      shortName: 'Tỉnh Thử',
      tagline: 'Khẩu hiệu',
      license: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
    };
    const conf = (title: string, publisher: string, url?: string) => ({ data: { title, source: { publisher, ...(url ? { url } : {}) } } });
    const pkg = portalPackage(
      portal,
      [conf('Sơ kết', 'Báo A', 'https://a.example/1'), conf('Sơ kết', 'Báo A'), conf('Tổng kết', 'Báo B')],
      'https://cong.example/du-lieu/',
    );
    expect(pkg).toMatchObject({
      name: 'so-lieu-tinh-thu',
      title: 'Số liệu Cổng thử',
      description: 'Khẩu hiệu',
      homepage: 'https://cong.example/du-lieu/',
    });
    expect(pkg.sources).toEqual([{ title: 'Báo A: Sơ kết', path: 'https://a.example/1' }, { title: 'Báo B: Tổng kết' }]);
  });
});
