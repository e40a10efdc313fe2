/**
 * The million-row fast path (csv-scan.ts, the fast typers of fields.ts, the one-scan checkText)
 * must say exactly what papaparse + zod say: same rows, same findings, in the same order.
 */
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import fc from 'fast-check';
import { readCsv, readCsvBytes, readCsvWithPapaparse, type CsvResult } from '../src/corpus/csv.ts';
import { scanRecords } from '../src/corpus/csv-scan.ts';
import { checkText, decodeUtf8, describeInvisible } from '../src/corpus/text.ts';
import { findForbidden } from '../src/core/forbidden-chars.ts';
import { makeIssue, type Issue } from '../src/core/issues.ts';
import { FAIL, isIsoDateCell, isRealIsoDate, isSlug, numberCell, numberCellFast, slug } from '../src/schemas/fields.ts';
import { observationColumns, observationOptionalColumns, observationSchema } from '../src/schemas/observation.ts';
import { unitColumns, unitSchema } from '../src/schemas/unit.ts';
import { observationChunks } from '../scripts/bench/rows.ts';
import { createRng } from '../scripts/bench/prng.ts';

const obs = { columns: observationColumns, schema: observationSchema };

/** Rows with their keys, undefined values included: what the two readers give must match exactly. */
const shape = (r: { rows: { row: number; data: object }[] }) => r.rows.map((x) => [x.row, Object.entries(x.data)]);

function expectSame(text: string, spec: typeof obs | { columns: typeof unitColumns; schema: typeof unitSchema } = obs): void {
  const fast = readCsv(text, 'data/observations.csv', spec as typeof obs);
  const slow = readCsvWithPapaparse(text, 'data/observations.csv', spec as typeof obs);
  expect(shape(fast)).toStrictEqual(shape(slow));
  expect(fast.issues).toStrictEqual(slow.issues);
  expect(fast.rejected).toStrictEqual(slow.rejected);
  expect(fast.complete).toBe(slow.complete);
  expectSameBytes(new TextEncoder().encode(text), spec);
}

/** readCsvBytes (its own fast path over the bytes) ≡ decodeUtf8 then papaparse + zod. */
function expectSameBytes(bytes: Uint8Array, spec: typeof obs | { columns: typeof unitColumns; schema: typeof unitSchema } = obs): void {
  const file = 'data/observations.csv';
  const fast = readCsvBytes(bytes, file, spec as typeof obs);
  const decoded = decodeUtf8(bytes, file);
  const slow: CsvResult<unknown> =
    decoded.text === undefined
      ? { rows: [], issues: decoded.issues, rejected: [], complete: false }
      : readCsvWithPapaparse(decoded.text, file, spec as typeof obs);
  expect(shape(fast)).toStrictEqual(shape(slow as typeof fast));
  expect(fast.issues).toStrictEqual(slow.issues);
  expect(fast.rejected).toStrictEqual(slow.rejected);
  expect(fast.complete).toBe(slow.complete);
}

const BAD_CELLS: Record<number, string[]> = {
  0: ['', ' ', 'Ben-Tre', 'a--b', '-a', 'a-', 'bến-tre', ' a', 'a b', 'a\u200Bb'],
  1: ['', 'X', 'a_b'],
  2: ['', 'ben tre'],
  3: [
    '',
    '2021-02-30',
    '2021-02-29',
    '2024-02-29',
    '0000-02-29',
    '0004-02-29',
    '1900-02-29',
    '23/9/2021',
    '2021-9-23',
    '2021-13-01',
    '2021-00-10',
    '2021-01-00',
    ' 2021-01-01',
    '２021-01-01',
    '2015/2020',
    '2020/2015',
    '2015-06/2020-03',
    '2015/2020-13',
    '2015//2020',
    '2015/',
    '/2020',
    '9/2021',
    '2015/2020/2021',
  ],
  4: [
    '1.017',
    '17,07',
    '',
    ' ',
    ' 5',
    '5 ',
    '-3',
    '1.5',
    '1.500',
    '1234.567',
    '-1.017',
    '12%',
    'abc',
    '1e3',
    '0x10',
    '.5',
    '5.',
    '-',
    '007',
    '1.017,5',
  ],
  5: ['1.017', '17,07', '', '0', '3.25'],
  6: ['', 'over', 'under', 'about', 'nearly', 'estimated', 'at-least', 'at-most', ' over', 'OVER', 'trên', 'x', ' ', 'toString'],
  7: ['', ' ', '  1.017 ', '17,07%', 'trên 5.120', 'Cấp ấp, khu phố'],
  8: ['', '17,07', '15', '1.017'],
  9: ['', ' ', 'Bad', ' a-b ', 'a-b'],
  10: ['', 'Bad Slug'],
  11: ['', ' ', 'ghi chú', ' x '],
};

const csvLine = (cells: string[]) => cells.map((c) => (/[",\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c)).join(',');

/** Generated rows, then one bad cell (or a bad row) in every few. */
function corrupted(rows: number, seed: number): string {
  const rng = createRng(seed);
  const lines = [...observationChunks({ rows, seed })].join('').split('\n');
  const out = [lines[0]!];
  for (const line of lines.slice(1)) {
    if (line === '' || !rng.chance(0.35)) {
      out.push(line);
      continue;
    }
    const cells = Papa.parse<string[]>(line).data[0]!;
    const kind = rng.int(0, 9);
    if (kind === 0) out.push(line, '');
    else if (kind === 1) out.push(',,,,,,,,,,,');
    else if (kind === 2) out.push(`${line},extra`);
    else if (kind === 3) out.push(cells.slice(0, rng.int(1, 11)).join(','));
    else {
      if (kind === 4) cells[11] = 'dòng một, dòng hai\nvà "ba"';
      else if (kind === 5) ((cells[11] = 'Cấp xa\u0301'), (cells[7] = '1.0\u00AD17'));
      else {
        const col = rng.int(0, 11);
        cells[col] = rng.pick(BAD_CELLS[col]!);
      }
      out.push(csvLine(cells));
    }
  }
  return out.join('\n');
}

describe('readCsv fast path ≡ papaparse + zod', () => {
  it('gives the same rows, findings and rejected rows over generated tables with every kind of bad cell', () => {
    for (const seed of [1, 2, 3, 4]) {
      const text = corrupted(1500, seed);
      // The fast path reads these itself: it must not hand them to papaparse.
      expect(scanRecords(text, () => true)).toBe(true);
      expect(new Set(readCsv(text, 'f', obs).issues.map((i) => i.code))).toEqual(
        new Set([
          'number-locale',
          'type-error',
          'required',
          'constraint-error',
          'blank-row',
          'extra-cell',
          'missing-cell',
          'text-not-nfc',
          'invisible-char',
        ]),
      );
      expectSame(text);
      expectSame(text.replaceAll('\n', '\r\n'));
    }
  });

  it('gives the same for every bad cell in every column, one row each', () => {
    const good = [...observationChunks({ rows: 9, seed: 7 })].join('').split('\n').filter(Boolean);
    const base = Papa.parse<string[]>(good[1]!).data[0]!;
    const rows: string[] = [];
    for (const [col, values] of Object.entries(BAD_CELLS))
      for (const v of values) {
        const cells = [...base];
        cells[Number(col)] = v;
        rows.push(csvLine(cells));
      }
    expectSame(`${good[0]}\n${rows.join('\n')}\n`);
  });

  it('gives the same for odd files: header only, blank lines, trailing newlines, reordered and extra columns, bad quoting', () => {
    const h = observationColumns.join(',');
    const row = 'a,i,u,2021-01-01,1,,,,,,c,';
    for (const text of [
      '',
      '\n',
      '\n\n',
      h,
      `${h}\n`,
      `${h}\n\n\n`,
      `\n${h}\n${row}`,
      `${h}\n${row}`,
      `${h}\n\n${row}\n\n`,
      `${h}\n${row}\n \n`,
      `\uFEFF${h}\n${row}\n`,
      `${h}\n${row}\r\n`,
      `${h}\r${row}\r`,
      `${[...observationColumns].reverse().join(',')}\n${row.split(',').reverse().join(',')}\n`,
      `${h},extra\n${row},x\n`,
      `${h},id\n${row},x\n`,
      `${h.replace('note', '')}\n${row}\n`,
      h.replaceAll(',', ';'),
      `${h}\n${row.replace(/,$/, ',"unterminated')}\n`,
      `${h}\n${row.replace(/,$/, ',"a"b')}\n`,
      `${h}\n${row.replace(/,$/, ',"a" ')}\n`,
      `${h}\n${row.replace(/,$/, ',a"b"c')}\n`,
      `${h}\n"a",i,u,2021-01-01,1,,,,,,c,""\n`,
      `${h}\n${row.replace(/,$/, ',"x"')}`,
    ])
      expectSame(text);
  });

  it('gives the same with the optional derived column: absent, present, reordered, every kind of cell', () => {
    const spec = { columns: observationColumns, optional: observationOptionalColumns, schema: observationSchema } as typeof obs;
    const h = observationColumns.join(',');
    const row = 'a,i,u,2021-01-01,1,,,,15,,c,';
    const cells = [
      '',
      ' ',
      'target',
      'value',
      'total',
      'value total',
      'target;value',
      'target target',
      'TARGET',
      ' target',
      'x',
      'toString',
      'note',
      ';',
    ];
    expectSame(`${h}\n${row}\n`, spec);
    expectSame(`${h},derived\n${cells.map((c) => `${row},${csvLine([c])}`).join('\n')}\n`, spec);
    expectSame(`derived,${h}\n${cells.map((c) => `${csvLine([c])},${row}`).join('\n')}\n`, spec);
  });

  it('gives the same for the units table, which has no fast typer', () => {
    expectSame(
      `${unitColumns.join(',')}\nviet-nam,"Việt Nam",quoc-gia,,,,,\nben-tre,"Bến Tre, tỉnh",tinh,viet-nam,,2025-06-30,,83\nx,,tinh,,,,,\n`,
      {
        columns: unitColumns,
        schema: unitSchema,
      },
    );
  });
});

describe('readCsvBytes ≡ decodeUtf8 + papaparse + zod', () => {
  it('reads random bytes of Vietnamese, commas, quotes, line ends, BOMs and broken UTF-8 as the reference does', () => {
    const enc = new TextEncoder();
    // Mostly clean pieces, which the fast path reads; now and then one that sends the file back.
    const piece = fc.oneof(
      {
        weight: 30,
        arbitrary: fc
          .constantFrom(
            'a',
            '1',
            '-',
            ',',
            ',',
            '"',
            '\n',
            '\n',
            ' ',
            'ấ',
            'ố,',
            ',ấ',
            'Cấp ấp, khu phố',
            'Toàn đơn vị',
            'ÿ',
            '\u00A0',
            '2021-01-01',
            'x-1',
            '17,07%',
          )
          .map((t) => enc.encode(t)),
      },
      {
        weight: 2,
        arbitrary: fc
          .constantFrom(
            '\r',
            'e\u0301',
            '\u200B',
            '\uFEFF',
            '\uFFFD',
            '\u00AD',
            '\u0085',
            '\u1F00',
            '\u1DFF',
            '\u1100\u1161',
            '\u180E',
            '\u0300',
            '\u02FF',
            '\u00AC',
            '\u00AE',
            '\x7F',
            '\x01',
            '\t',
          )
          .map((t) => enc.encode(t)),
      },
      {
        weight: 1,
        arbitrary: fc.constantFrom([0xff], [0xc3], [0xef, 0xbb, 0xbf], [0xfe, 0xff], [0x80], [0xe1, 0xba]).map((b) => new Uint8Array(b)),
      },
    );
    const good = [...observationChunks({ rows: 9, seed: 3 })].join('').split('\n').filter(Boolean);
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.integer({ min: 0, max: good.length - 1 }), fc.boolean(), (pieces, at, bom) => {
        const head = enc.encode(`${bom ? '\uFEFF' : ''}${good.slice(0, at + 1).join('\n')}\n`);
        const bytes = new Uint8Array([...head, ...pieces.flatMap((p) => [...p]), ...enc.encode(`\n${good.slice(at + 1).join('\n')}\n`)]);
        expectSameBytes(bytes);
      }),
      { numRuns: 600 },
    );
  });
});

describe('scanRecords ≡ Papa.parse on the texts it accepts', () => {
  it('reads random texts of commas, quotes and newlines as papaparse does, or hands them over', () => {
    const rng = createRng(11);
    const alphabet = ['a', 'b', ',', ',', '"', '"', '\n', '\r', ' ', 'ấ'];
    let accepted = 0;
    for (let k = 0; k < 20000; k++) {
      const text = Array.from({ length: rng.int(0, 14) }, () => rng.pick(alphabet)).join('');
      const records: string[][] = [];
      if (!scanRecords(text, (cells) => (records.push(cells), true))) continue;
      accepted++;
      const p = Papa.parse<string[]>(text, { delimiter: ',', skipEmptyLines: false });
      expect({ text, records, errors: [] }).toStrictEqual({ text, records: p.data, errors: p.errors });
    }
    expect(accepted).toBeGreaterThan(5000);
  });
});

/** checkText as it was: every line normalised and searched. */
function checkTextPerLine(text: string, file: string): Issue[] {
  const issues: Issue[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.normalize('NFC') !== line) {
      let col = 1;
      for (const w of line.split(/(\s+)/)) {
        if (w.normalize('NFC') !== w) {
          issues.push(makeIssue('text-not-nfc', { file, line: 1 + i, column: col, value: w.normalize('NFC'), expected: 'NFC' }));
          break;
        }
        col += w.length;
      }
    }
    for (const f of findForbidden(line, { allowLayout: true }))
      issues.push(
        makeIssue('invisible-char', {
          file,
          line: 1 + i,
          column: f.index + 1,
          value: describeInvisible(String.fromCodePoint(f.codePoint)),
          expected: 'không có ký tự ẩn hay ký tự điều khiển / no invisible or control characters',
        }),
      );
  });
  return issues;
}

describe('checkText in one scan ≡ line by line', () => {
  it('finds the same NFD words and invisible characters', () => {
    const rng = createRng(5);
    const pieces = [
      'Cấp ấp',
      'xa\u0301',
      'A\u030A',
      '\u200B',
      '\u00AD',
      '\uFEFF',
      '\u2126',
      'Ω',
      '😀',
      ' ',
      '\n',
      '\n',
      'abc',
      'đơn vị',
      '\u0301',
      '한',
      '\u1100\u1161',
    ];
    for (let k = 0; k < 3000; k++) {
      const text = Array.from({ length: rng.int(0, 12) }, () => rng.pick(pieces)).join('');
      expect(checkText(text, 'f')).toStrictEqual(checkTextPerLine(text, 'f'));
    }
  });

  it('relies only on characters that are NFC however they are combined', () => {
    const plain: string[] = [];
    // Controls other than tab and line breaks are forbidden characters, found wherever they are.
    const control = (c: number) => (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || (c >= 0x7f && c <= 0x9f);
    for (let c = 0; c < 0x300; c++) if (c !== 0xad && !control(c)) plain.push(String.fromCharCode(c));
    for (let c = 0x1e00; c <= 0x1eff; c++) plain.push(String.fromCharCode(c));
    for (const a of plain) {
      expect(a.normalize('NFC')).toBe(a);
      for (const b of ['a', 'e', 'ấ', 'ơ', 'ư', '\u00c2', '\u1ea0', a]) expect((a + b).normalize('NFC')).toBe(a + b);
    }
    expect(checkText(plain.join(''), 'f')).toEqual([]);
  });
});

describe('fast cell readers ≡ zod', () => {
  it('isIsoDateCell accepts exactly what isRealIsoDate accepts, years 0000 to 2400', () => {
    for (let y = 0; y <= 2400; y += y < 120 || (y > 1890 && y < 2110) ? 1 : 97)
      for (let m = 0; m <= 13; m++)
        for (const d of [0, 1, 28, 29, 30, 31, 32]) {
          const v = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          expect([v, isIsoDateCell(v)]).toEqual([v, isRealIsoDate(v)]);
        }
  });

  it('numberCellFast gives the number zod gives, or leaves the cell to zod', () => {
    const rng = createRng(9);
    const chars = ['0', '1', '5', '9', '.', ',', '-', ' ', 'e', '%'];
    for (let k = 0; k < 20000; k++) {
      const v = Array.from({ length: rng.int(0, 8) }, () => rng.pick(chars)).join('');
      const fast = numberCellFast(v);
      const z = numberCell.safeParse(v);
      if (fast !== FAIL) expect([v, z.success && z.data]).toEqual([v, fast]);
      else if (z.success) expect(v.trim()).not.toBe(v);
    }
  });

  it('isSlug accepts exactly what the slug schema accepts', () => {
    const rng = createRng(3);
    const chars = ['a', 'z', '0', '9', '-', '-', 'A', ' ', '_', 'ấ'];
    for (let k = 0; k < 20000; k++) {
      const v = Array.from({ length: rng.int(0, 7) }, () => rng.pick(chars)).join('');
      expect([v, isSlug(v)]).toEqual([v, slug.safeParse(v).success]);
    }
  });
});

describe('fast readers ≡ papaparse + zod on tables that repeat themselves', () => {
  it('reads random tables of repeated, quoted, empty and NFD cells, with a BOM or CRLF, as the reference does', () => {
    // Each column's cells from a few values, good and bad, so that rows repeat the row above
    // and the last few rows cell by cell, as a real table does.
    const pools: string[][] = [
      ['a', 'a-1', 'b-2', 'Bad', '', 'x y'],
      ['truong-hop-kiem-nhiem', 'i', 'I', ''],
      ['loc-nghia', 'u', ' u', ''],
      ['2021-01-01', '2021', '2020-03', '2015/2020', '23/9/2021', ''],
      ['1', '17.07', '341', '1.017', '', ' 5'],
      ['', '17', '0', '17,07'],
      ['', 'over', 'about', 'trên'],
      ['', '341', '38,6%', 'trên 5.120', 'x"y', '""', 'a\nb'],
      ['', '15', '100'],
      ['', 'a', 'a-1', 'Bad'],
      ['c', 'hoi-nghi-1', 'Bad Slug', ''],
      ['', 'Cấp xã', 'Cấp ấp, khu phố', 'xa\u0301', 'A\u030A', 'ghi "chú"', ' x ', 'Toàn đơn vị'],
    ];
    const row = fc.tuple(...pools.map((p) => fc.record({ pick: fc.nat(p.length - 1), again: fc.nat(9) })));
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), fc.boolean(), fc.boolean(), fc.nat(9), (rows, bom, crlf, oddRow) => {
        let above = pools.map((p) => p[0]!);
        const lines = rows.map((cells, r) => {
          // Mostly the cell above; now and then a row one cell short or blank.
          above = cells.map((c, i) => (c.again < 6 ? above[i]! : pools[i]![c.pick]!));
          if (r % 10 === oddRow && oddRow < 2) return oddRow === 0 ? '' : csvLine(above.slice(0, -1));
          return csvLine(above);
        });
        const nl = crlf ? '\r\n' : '\n';
        expectSame(`${bom ? '\uFEFF' : ''}${[observationColumns.join(','), ...lines].join(nl)}${nl}`);
      }),
      { numRuns: 300 },
    );
  });
});
