/**
 * From a review file to data: the rows the editor kept in `import/<slug>.figures.csv`, as rows
 * of data/observations.csv. A row the data already holds (same figure of the same report) is
 * never added again; an id already taken by another row gets the next free suffix, and the rows
 * that name it as their whole (`part_of`) follow it.
 */
import Papa from 'papaparse';
import { observationColumns } from '../schemas/observation.ts';
import { fromInert } from './draft.ts';

type Row = Record<string, string>;

export interface Accepted {
  /** Text to append to data/observations.csv (empty when nothing is new). */
  append: string;
  added: Row[];
  /** Rows of the review file the data already holds, by id. */
  already: string[];
}

const parse = (text: string): { fields: string[]; rows: Row[] } => {
  const r = Papa.parse<Row>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy' });
  return { fields: r.meta.fields ?? [], rows: r.data };
};

/** What makes two rows the same figure: everything but the id, the note and the part_of link. */
const sameFigure = (r: Row) =>
  ['indicator', 'unit', 'date', 'value', 'total', 'qualifier', 'printed', 'target', 'conference']
    .map((c) => (r[c] ?? '').trim())
    .join('\u0000');

function csvCell(s: string): string {
  return /[",\n\r]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The review file's kept rows against the data's current text; nothing is written here. */
export function acceptRows(review: string, observations: string): Accepted {
  const data = parse(observations);
  const kept = parse(review);
  const missing = observationColumns.filter((c) => !kept.fields.includes(c));
  if (missing.length) throw new Error(`review file lacks columns: ${missing.join(', ')}`);
  const ids = new Set(data.rows.map((r) => r.id));
  const figures = new Map(data.rows.map((r) => [sameFigure(r), r.id!]));
  const renamed = new Map<string, string>();
  const added: Row[] = [];
  const already: string[] = [];
  for (const raw of kept.rows) {
    const row: Row = {};
    for (const c of observationColumns) row[c] = fromInert((raw[c] ?? '').trim());
    // `printed` and `note` are the source's words: kept as they are, only the inert mark removed.
    row.printed = fromInert(raw.printed ?? '');
    row.note = fromInert(raw.note ?? '');
    const same = figures.get(sameFigure(row));
    if (same !== undefined) {
      already.push(row.id!);
      renamed.set(row.id!, same);
      continue;
    }
    let id = row.id!;
    for (let n = 2; ids.has(id); n++) id = `${row.id}-${n}`;
    if (id !== row.id) renamed.set(row.id!, id);
    row.id = id;
    ids.add(id);
    figures.set(sameFigure(row), id);
    added.push(row);
  }
  for (const r of added) if (r.part_of && renamed.has(r.part_of)) r.part_of = renamed.get(r.part_of)!;
  const eol = observations.includes('\r\n') ? '\r\n' : '\n';
  const lead = observations === '' ? `${observationColumns.join(',')}${eol}` : observations.endsWith('\n') ? '' : eol;
  // The data's own column order (the contract's when the file is new).
  const order = data.fields.length ? data.fields : [...observationColumns];
  const append = added.length ? lead + added.map((r) => order.map((c) => csvCell(r[c] ?? '')).join(',')).join(eol) + eol : '';
  return { append, added, already };
}
