/**
 * A CSV table declared once (src/schemas/table.ts): the zod schema, the header the reader checks,
 * the fast row typer and the open data's fields all follow from the declaration, so a new column
 * is one entry. The fast typer, generic over the columns, gives what zod gives or leaves the row
 * to zod, whatever the header's order and the row above.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Papa from 'papaparse';
import { cells, column, defineTable, fastTyperOf, optionalColumn, rowTyper } from '../src/schemas/table.ts';
import { observationSchema, observationTable } from '../src/schemas/observation.ts';
import { readCsv, readCsvWithPapaparse } from '../src/corpus/csv.ts';
import { observationChunks } from '../scripts/bench/rows.ts';

const shape = (r: { rows: { row: number; data: object }[] }) => r.rows.map((x) => [x.row, Object.entries(x.data)]);

describe('defineTable', () => {
  const t = defineTable(
    { id: column(cells.slug, 'Mã'), n: column(cells.number, 'Số'), note: optionalColumn(cells.optionalText, 'Ghi chú') },
    { fast: true },
  );

  it('gives the header, the optional columns, the schema and the open data fields in the order declared', () => {
    expect(t.columns).toEqual(['id', 'n']);
    expect(t.optional).toEqual(['note']);
    expect(Object.keys(t.schema.shape)).toEqual(['id', 'n', 'note']);
    // Required in the open data exactly when the contract refuses an empty cell.
    expect(t.fields).toEqual([
      { name: 'id', type: 'string', description: 'Mã', required: true },
      { name: 'n', type: 'number', description: 'Số' },
      { name: 'note', type: 'string', description: 'Ghi chú' },
    ]);
    expect(fastTyperOf(t.schema)).toBeDefined();
  });

  it('refuses a fast table with a column that has no fast reader, and makes no typer unless asked', () => {
    expect(() => defineTable({ id: column(cells.slug, 'Mã'), name: column(cells.text, 'Tên') }, { fast: true })).toThrow(/name/);
    expect(fastTyperOf(defineTable({ id: column(cells.slug, 'Mã'), name: column(cells.text, 'Tên') }).schema)).toBeUndefined();
  });
});

describe('a column added to data/observations.csv is one declaration', () => {
  const extended = defineTable({ ...observationTable.declared, pages: optionalColumn(cells.number, 'Số trang của nguồn') }, { fast: true });
  const lines = [...observationChunks({ rows: 40, seed: 5 })].join('').split('\n').filter(Boolean);
  const withPages = (k: number) => ['1', '', '12', '1.017', 'abc', ' 3', '-2'][k % 7]!;

  it('reaches the header, the rows (fast path ≡ papaparse + zod), the findings and the open data', () => {
    const text = `${lines[0]},pages\n${lines
      .slice(1)
      .map((l, k) => `${l},${withPages(k)}`)
      .join('\n')}\n`;
    const fast = readCsv(text, 'data/observations.csv', extended);
    const slow = readCsvWithPapaparse(text, 'data/observations.csv', extended);
    expect(shape(fast)).toStrictEqual(shape(slow));
    expect(fast.issues).toStrictEqual(slow.issues);
    expect(fast.rows[0]!.data).toMatchObject({ pages: 1 });
    expect(fast.issues.map((i) => [i.field, i.code])).toContainEqual(['pages', 'number-locale']);
    expect(extended.fields.at(-1)).toEqual({ name: 'pages', type: 'number', description: 'Số trang của nguồn' });
    // A file without the column still reads, every row without the key.
    const old = readCsv(`${lines.join('\n')}\n`, 'data/observations.csv', extended);
    expect(old.issues).toEqual([]);
    expect(old.rows.every((r) => !('pages' in r.data))).toBe(true);
  });
});

describe('the observations fast typer ≡ zod', () => {
  /** Cells zod accepts, then cells it refuses or that the fast typer leaves to it. */
  const POOL: Record<string, [string[], string[]]> = {
    id: [
      ['a', 'a-b', 'b'],
      ['Bad', '', ' a'],
    ],
    indicator: [['i', 'j'], ['x_y']],
    unit: [['u', 'v'], ['u v']],
    date: [
      ['2021-01-01', '2021-02-28', '2015/2020', '2021', '2021-03'],
      ['2021-02-30', '2020/2015', '2021-13', ''],
    ],
    value: [
      ['', '1', '17.07', '-3', '1017'],
      ['1.017', 'abc', ' 5'],
    ],
    total: [['', '17', '18'], ['17,0']],
    qualifier: [
      ['', 'over', 'about'],
      [' over', 'x', 'toString'],
    ],
    printed: [
      ['', '1.017', 'trên 5'],
      [' ', ' trên 5 '],
    ],
    target: [['', '15', '16'], ['1,5']],
    part_of: [
      ['', 'a', 'b'],
      ['Bad', ' a-b '],
    ],
    conference: [['c', 'd'], ['']],
    note: [['', 'ghi chú', 'x'], [' x ']],
    derived: [
      ['', 'target', 'value', 'total'],
      ['value total', 'x', 'toString', ' target'],
    ],
  };
  const names = Object.keys(POOL);
  const cell = (n: string) =>
    fc.oneof({ weight: 12, arbitrary: fc.constantFrom(...POOL[n]![0]) }, { weight: 1, arbitrary: fc.constantFrom(...POOL[n]![1]) });
  const row = fc.tuple(...names.map(cell));

  const declared = Object.entries(observationTable.declared);
  // The typer compiled for the header, and the loop used where code cannot be compiled.
  const typers = {
    compiled: rowTyper(
      declared.map(([n]) => n),
      declared.map(([, c]) => c.fast!),
      true,
    ),
    loop: rowTyper(
      declared.map(([n]) => n),
      declared.map(([, c]) => c.fast!),
      false,
    ),
  };

  for (const [kind, typerOf] of Object.entries(typers))
    it(`types a row and the row after it as zod does, or leaves them to zod, in any header order (${kind})`, () => {
      let accepted = 0;
      fc.assert(
        fc.property(
          fc.shuffledSubarray(names, { minLength: names.length - 1 }),
          row,
          row,
          fc.array(fc.boolean(), { minLength: names.length, maxLength: names.length }),
          (header, a, b, same) => {
            // Every column but the optional one is in the header.
            fc.pre(names.every((n) => n === 'derived' || header.includes(n)));
            const byName = (r: string[]) => Object.fromEntries(names.map((n, i) => [n, r[i]!]));
            const first = byName(a);
            // The row after: some cells equal to the row above's, as a table repeats them.
            const second = byName(b.map((c, i) => (same[i] ? a[i]! : c)));
            const typer = typerOf((c) => header.indexOf(c));
            const cellsOf = (r: Record<string, string>) => header.map((h) => r[h]!);
            const zod = (r: Record<string, string>) => observationSchema.safeParse(Object.fromEntries(header.map((h) => [h, r[h]!])));
            const t1 = typer(cellsOf(first), undefined, []);
            const t2 = typer(cellsOf(second), t1, cellsOf(first));
            for (const [t, r] of [
              [t1, first],
              [t2, second],
            ] as const) {
              if (t === undefined) continue;
              accepted++;
              const z = zod(r);
              expect(z.success).toBe(true);
              expect(Object.entries(t as object)).toStrictEqual(Object.entries(z.data!));
            }
          },
        ),
        { numRuns: 3000 },
      );
      // Most rows are typed fast, the row after an accepted one too: the test reaches the typer.
      expect(accepted).toBeGreaterThan(1000);
    });

  it('refuses a column name that is not lowercase ASCII, digits and _', () => {
    expect(() => defineTable({ 'a b': column(cells.slug, 'x') }, { fast: true })).toThrow(/a b/);
  });

  it('accepts the rows of a generated table, so a million rows never wait for zod', () => {
    const lines = [...observationChunks({ rows: 200, seed: 2 })].join('').split('\n').filter(Boolean);
    const [header, ...rows] = lines.map((l) => Papa.parse<string[]>(l).data[0]!);
    const typer = fastTyperOf(observationSchema)!((c) => header!.indexOf(c));
    let above: ReturnType<typeof typer>;
    let aboveCells: string[] = [];
    for (const r of rows) {
      above = typer(r, above, aboveCells);
      aboveCells = r;
      expect(above, r.join(',')).toBeDefined();
    }
  });
});
