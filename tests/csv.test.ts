import { describe, expect, it } from 'vitest';
import { readCsv, readCsvBytes } from '../src/corpus/csv.ts';
import { unitColumns, unitSchema } from '../src/schemas/unit.ts';
import { observationColumns, observationSchema } from '../src/schemas/observation.ts';

const units = { columns: unitColumns, schema: unitSchema };
const obs = { columns: observationColumns, schema: observationSchema };
const HEADER = unitColumns.join(',');

describe('readCsv(text, file, spec)', () => {
  it('readCsvBytes reads a file Excel saved: UTF-8 with BOM, CRLF, quoted cells', () => {
    const text = `${HEADER}\r\nviet-nam,"Việt Nam",quoc-gia,,,,,\r\nben-tre,"Bến Tre, tỉnh",tinh,viet-nam,,2025-06-30,,83\r\n`;
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    const r = readCsvBytes(bytes, 'data/units.csv', units);
    expect(r.issues).toEqual([]);
    expect(r.rows.map((x) => [x.row, x.data.id, x.data.name, x.data.code])).toEqual([
      [2, 'viet-nam', 'Việt Nam', undefined],
      [3, 'ben-tre', 'Bến Tre, tỉnh', '83'],
    ]);
  });

  it('readCsv keeps an empty number cell as no data, never 0', () => {
    const r = readCsv(`${observationColumns.join(',')}\na,i,u,2021-01-01,,,,,,,c,\n`, 'o.csv', obs);
    expect(r.issues).toEqual([]);
    expect(r.rows[0]!.data.value).toBeUndefined();
    expect(r.rows[0]!.data.total).toBeUndefined();
  });

  it('readCsv reads machine numbers exactly and refuses 1.017 and 17,07', () => {
    const r = readCsv(
      `${observationColumns.join(',')}\na,i,u,2021-01-01,1017,,,,17.07,,c,\nb,i,u,2021-01-01,1.017,,,,"17,07",,c,\n`,
      'o.csv',
      obs,
    );
    expect(r.rows[0]!.data).toMatchObject({ value: 1017, target: 17.07 });
    expect(r.issues.map((i) => [i.code, i.row, i.field, i.value])).toEqual([
      ['number-locale', 3, 'value', '1.017'],
      ['number-locale', 3, 'target', '17,07'],
    ]);
  });

  it('readCsv names an unquoted comma as an extra cell with the quoting hint', () => {
    const r = readCsv(`${observationColumns.join(',')}\na,i,u,2021-01-01,7,41,,17,07%,15,,c,\n`, 'o.csv', obs);
    expect(r.issues[0]).toMatchObject({ code: 'extra-cell', row: 2 });
    expect(r.issues[0]!.hint!.vi).toContain('"17,07%"');
  });

  it('readCsv refuses a semicolon-separated file and says how to re-save it', () => {
    const r = readCsv(`${unitColumns.join(';')}\nviet-nam;Việt Nam;quoc-gia;;;;;\n`, 'u.csv', units);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ code: 'format-error', row: 1 });
    expect(r.issues[0]!.message.vi).toContain('";"');
    expect(r.issues[0]!.hint!.vi).toContain('CSV UTF-8');
  });

  it('readCsvBytes refuses UTF-16 with a hint naming UTF-8', () => {
    const bytes = new Uint8Array([0xff, 0xfe, ...new TextEncoder().encode('id')]);
    const r = readCsvBytes(bytes, 'u.csv', units);
    expect(r.issues[0]).toMatchObject({ code: 'encoding-error', value: 'UTF-16' });
    expect(r.complete).toBe(false);
  });
});
