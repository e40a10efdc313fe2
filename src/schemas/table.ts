/**
 * A CSV table declared once. Each column is one entry: its name (the key), what its cells hold
 * (the zod type, the same check over a raw cell for the million-row path, the open data's type)
 * and its Vietnamese description. From that one declaration follow the table's zod schema (its
 * keys in column order; the types derive from it), the header the CSV reader checks with the
 * columns a table may leave out, the fast row typer (by column name), and the fields of the open
 * data (datapackage.json, src/site/outputs/open-data.ts). A new column is one entry here plus its use.
 */
import { z } from 'astro/zod';
import { PARTIAL_DATE_PATTERN } from '../core/partial-date.ts';
import { isSlug } from '../core/slug.ts';
import {
  FAIL,
  isoDate,
  isPartialDateOrPeriodCell,
  numberCell,
  numberCellFast,
  optionalCell,
  optionalSlugFast,
  optionalTextFast,
  partialDateOrPeriod,
  slug,
  text,
} from './fields.ts';

/** A Table Schema field type (frictionless): what the open data declares for a column. */
export type FieldType = 'string' | 'number' | 'integer' | 'date' | 'boolean';

/** A field of a published table, as datapackage.json describes it. */
export interface Field {
  name: string;
  type: FieldType;
  /** Vietnamese description, written into datapackage.json. */
  description: string;
  required?: boolean;
  /** Table Schema constraints, e.g. the pattern of a partial date. */
  constraints?: { pattern: string };
}

/** What a column's cells hold, shared by every column of the kind. */
export interface Cell<Z extends z.ZodType = z.ZodType> {
  /** The contract: the zod type of the cell, whose findings editors get. */
  zod: Z;
  /**
   * The same over a raw cell, for tables of a million rows: exactly what zod gives for a cell it
   * accepts, or `FAIL` when unsure (zod then decides). Pure: a cell equal to the one above gets
   * the value above without being read again. Required in every column of a table read fast.
   */
  fast?: (cell: string) => z.output<Z> | typeof FAIL;
  type: FieldType;
  constraints?: { pattern: string };
  /** What the open data adds to the description: how the cell is written. */
  written?: string;
}

export interface Column<Z extends z.ZodType = z.ZodType> extends Cell<Z> {
  /** Vietnamese description for the open data. */
  description: string;
  /** A column a table may leave out of its header (added to the contract after portals adopted it). */
  optional?: true;
}

/** A column every table's header must have. */
export function column<Z extends z.ZodType>(cell: Cell<Z>, description: string): Column<Z> & { optional?: undefined } {
  return { ...cell, description };
}

/**
 * A column a header may leave out (one added to the contract after portals adopted it): without
 * it every row reads it as empty, and a row has no key for it (as zod gives it).
 */
export function optionalColumn<Z extends z.ZodType>(cell: Cell<Z>, description: string): Column<Z> & { optional: true } {
  return { ...cell, description, optional: true };
}

type Columns = Record<string, Column>;
type RequiredName<D extends Columns> = { [K in keyof D]: D[K] extends { optional: true } ? never : K }[keyof D] & string;
type OptionalName<D extends Columns> = Exclude<keyof D & string, RequiredName<D>>;
type Shape<D extends Columns> = { [K in keyof D]: D[K]['zod'] };

/**
 * Types one row from its cells; `above` is the row above when this typer accepted it and
 * `aboveCells` that row's cells. Undefined: ask zod.
 */
type FastRow<T> = (cells: readonly string[], above: T | undefined, aboveCells: readonly string[]) => T | undefined;
/** Makes the typer for one header, given where each column is in it (-1: absent). */
export type FastTable<T> = (positionOf: (column: string) => number) => FastRow<T>;

export interface Table<D extends Columns> {
  /** The header every file must have, in the contract's order. */
  columns: readonly RequiredName<D>[];
  /** Columns a header may leave out. */
  optional: readonly OptionalName<D>[];
  schema: z.ZodObject<Shape<D>, z.core.$strict>;
  /** The open data's fields, in column order. */
  fields: Field[];
  /** The declaration itself: a table with one more column is `{ ...declared, more }`. */
  declared: D;
}

/** The kinds of cell the tables share: `column(cells.slug, 'Mã …')`. */
export const cells = {
  slug: { zod: slug, fast: (v) => (isSlug(v) ? v : FAIL), type: 'string' },
  optionalSlug: { zod: optionalCell(slug), fast: optionalSlugFast, type: 'string' },
  text: { zod: text, type: 'string' },
  optionalText: { zod: optionalCell(text), fast: optionalTextFast, type: 'string' },
  /** A machine number; empty is "no data". */
  number: { zod: numberCell, fast: numberCellFast, type: 'number' },
  optionalIsoDate: { zod: optionalCell(isoDate), type: 'date' },
  /**
   * A figure's date: a partial date or a period of two (`2015/2020`). Table Schema's `date` type
   * takes only full days, so the open data declares a string with the ISO pattern.
   */
  period: {
    zod: partialDateOrPeriod,
    fast: (v) => (isPartialDateOrPeriodCell(v) ? v : FAIL),
    type: 'string',
    constraints: { pattern: `${PARTIAL_DATE_PATTERN}(/${PARTIAL_DATE_PATTERN})?` },
    written: 'YYYY-MM-DD, YYYY-MM hoặc YYYY theo độ chính xác của nguồn; BẮT ĐẦU/KẾT THÚC như 2015/2020 khi nguồn nêu một giai đoạn',
  },
} satisfies Record<string, Cell>;

const fastTables = new WeakMap<object, FastTable<unknown>>();

/** The fast typer of a table's schema, when the table was declared `fast`. */
export function fastTyperOf<S extends z.ZodType>(schema: S): FastTable<z.output<S>> | undefined {
  return fastTables.get(schema) as FastTable<z.output<S>> | undefined;
}

/**
 * The table of `declared`, its columns in the order written. `fast`: the table is read by the
 * fast typer (every column then needs a fast reader).
 */
export function defineTable<const D extends Columns>(declared: D, options: { fast?: boolean } = {}): Table<D> {
  const names = Object.keys(declared);
  const optional = names.filter((n) => declared[n]!.optional);
  const schema = z.strictObject(Object.fromEntries(names.map((n) => [n, declared[n]!.zod])) as Shape<D>);
  const fields = names.map((name): Field => {
    const c = declared[name]!;
    // Required in the open data exactly when the contract refuses an empty cell.
    const required = !c.zod.safeParse('').success;
    return {
      name,
      type: c.type,
      description: c.written ? `${c.description} (${c.written})` : c.description,
      ...(required ? { required } : {}),
      ...(c.constraints ? { constraints: c.constraints } : {}),
    };
  });
  if (options.fast) {
    const slow = names.filter((n) => !declared[n]!.fast);
    if (slow.length > 0) throw new Error(`defineTable: no fast reader for ${slow.join(', ')}`);
    fastTables.set(
      schema,
      rowTyper(
        names,
        names.map((n) => declared[n]!.fast!),
      ),
    );
  }
  return {
    columns: names.filter((n) => !declared[n]!.optional) as RequiredName<D>[],
    optional: optional as OptionalName<D>[],
    schema,
    fields,
    declared,
  };
}

/** Whether this process may compile code (node --disallow-code-generation-from-strings says no). */
const CAN_COMPILE = (() => {
  try {
    return new Function('return true')() as boolean;
  } catch {
    return false;
  }
})();

type Reader = (cell: string) => unknown;

/**
 * The fast typer: each cell read by its column's reader, in column order, into an object with
 * the keys zod gives (an absent optional column has none); a cell equal to the one above takes
 * the value above, having passed this very reader there. For each header it is compiled, as zod
 * compiles its object parsers: the function a hand-written typer would be (a cell by its fixed
 * position, one call site per column, the row as an object literal); a loop over the columns
 * takes about 1.4 times as long over a million rows, and remains where code cannot be compiled.
 * Per row: one object, no closure.
 */
export function rowTyper(names: readonly string[], readers: readonly Reader[], compile = CAN_COMPILE): FastTable<unknown> {
  for (const n of names)
    if (!/^[a-z][a-z0-9_]*$/.test(n))
      throw new Error(`defineTable: a column is named in lowercase ASCII, digits and _, not ${JSON.stringify(n)}`);
  return (positionOf) => {
    const present = names.flatMap((n, i) => (positionOf(n) < 0 ? [] : [i]));
    const keys = present.map((i) => names[i]!);
    const read = present.map((i) => readers[i]!);
    const at = Int32Array.from(keys, positionOf);
    if (compile) {
      // Only column names (checked above), column indexes and positions (integers) enter the source.
      const source = [
        'return function typeRow(cells, above, aboveCells) {',
        ...keys.map(
          (k, i) =>
            `  let v${i} = cells[${at[i]}]; if (above !== undefined && v${i} === aboveCells[${at[i]}]) v${i} = above.${k}; else if ((v${i} = read[${i}](v${i})) === FAIL) return undefined;`,
        ),
        `  return { ${keys.map((k, i) => `${k}: v${i}`).join(', ')} };`,
        '};',
      ].join('\n');
      return new Function('read', 'FAIL', source)(read, FAIL) as FastRow<unknown>;
    }
    const template: Record<string, unknown> = Object.fromEntries(keys.map((k) => [k, undefined]));
    const n = keys.length;
    return (cells, above, aboveCells) => {
      const row = { ...template };
      for (let k = 0; k < n; k++) {
        const p = at[k]!;
        const cell = cells[p]!;
        const key = keys[k]!;
        let v: unknown;
        if (above !== undefined && cell === aboveCells[p]) v = (above as Record<string, unknown>)[key];
        else if ((v = read[k]!(cell)) === FAIL) return undefined;
        row[key] = v;
      }
      return row;
    };
  };
}
