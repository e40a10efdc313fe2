/**
 * Every error code of the contract, each from a fixture laid over a minimal valid project,
 * asserted with its code, file, row or line, and field. A case must also raise no error
 * other than its own: a checker that cries wolf is as bad as one that misses.
 */
import { describe, expect, it } from 'vitest';
import type { Issue } from '../src/core/issues.ts';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateProject } from '../src/checks/engine.ts';
import { projectWith, validateCase } from './helpers.ts';

type Expect = Partial<Pick<Issue, 'code' | 'file' | 'row' | 'line' | 'field' | 'severity' | 'value'>>;

const OBS = 'data/observations.csv';
const UNITS = 'data/units.csv';
const IND = 'data/indicators.csv';
const DOC = 'content/documents/01-nq-tu-2020-tinh-a.mdx';
const CONF = 'content/conferences/hoi-nghi-a.mdx';

const cases: [string, Expect[], { only?: boolean }?][] = [
  ['encoding-error-utf16', [{ code: 'encoding-error', file: UNITS, value: 'UTF-16' }]],
  ['encoding-error-cp1258', [{ code: 'encoding-error', file: UNITS, line: 2 }]],
  ['format-error-semicolon', [{ code: 'format-error', file: UNITS, row: 1 }]],
  ['format-error-quote', [{ code: 'format-error', file: OBS }]],
  ['missing-label', [{ code: 'missing-label', file: UNITS, row: 1, field: 'code' }]],
  ['extra-label', [{ code: 'extra-label', file: IND, row: 1, field: 'ghi_chu' }]],
  // The second `name` took the place of `description`, which is then missing too.
  [
    'duplicate-label',
    [
      { code: 'duplicate-label', file: IND, row: 1, field: 'name' },
      { code: 'missing-label', file: IND, field: 'description' },
    ],
  ],
  ['blank-header', [{ code: 'blank-header', file: IND, row: 1 }]],
  ['blank-row', [{ code: 'blank-row', file: OBS, row: 3, severity: 'warning' }]],
  ['extra-cell', [{ code: 'extra-cell', file: OBS, row: 4 }]],
  ['missing-cell', [{ code: 'missing-cell', file: OBS, row: 4, field: 'conference' }]],
  ['duplicate-id', [{ code: 'duplicate-id', file: UNITS, row: 5, field: 'id', value: 'xa-b' }]],
  ['foreign-key', [{ code: 'foreign-key', file: OBS, row: 4, field: 'unit', value: 'tinh-khong-co' }]],
  ['required', [{ code: 'required', file: OBS, row: 5, field: 'date' }]],
  ['type-error', [{ code: 'type-error', file: OBS, row: 5, field: 'date', value: '2021-02-30' }]],
  ['constraint-error', [{ code: 'constraint-error', file: OBS, row: 5, field: 'qualifier', value: 'tren' }]],
  [
    'number-locale',
    [
      { code: 'number-locale', file: OBS, row: 3, field: 'value', value: '1.017' },
      { code: 'number-locale', file: OBS, row: 5, field: 'total', value: '41,0' },
    ],
  ],
  ['unknown-field', [{ code: 'unknown-field', file: DOC, line: 9, field: 'tac_gia' }]],
  ['text-not-nfc', [{ code: 'text-not-nfc', file: DOC, line: 11 }]],
  ['invisible-char', [{ code: 'invisible-char', file: CONF, line: 21 }]],
  ['route-conflict-ext', [{ code: 'route-conflict', file: 'content/documents/01-nq-tu-2020-tinh-a.mdx', field: 'id' }]],
  [
    'route-conflict-case',
    [
      { code: 'route-conflict', field: 'id' },
      { code: 'constraint-error', file: 'content/documents/01-NQ-TU-2020-tinh-a.mdx', field: 'id' },
    ],
  ],
  // Both names carry diacritics, so each is also refused as an id.
  [
    'route-conflict-nfd',
    [
      { code: 'route-conflict', field: 'id' },
      { code: 'constraint-error', field: 'id' },
    ],
  ],
  ['duplicate-document', [{ code: 'duplicate-document', file: DOC, line: 2, field: 'number', value: '01-NQ/TU' }]],
  ['kind-number-mismatch', [{ code: 'kind-number-mismatch', file: DOC, line: 3, field: 'kind' }]],
  ['value-exceeds-total', [{ code: 'value-exceeds-total', file: OBS, row: 5, field: 'value', value: '42/41' }]],
  ['printed-mismatch', [{ code: 'printed-mismatch', file: OBS, row: 5, field: 'printed', severity: 'flag', value: '18,07%' }]],
  // The text says 6/41 where the row says 7/41; it says 31 where the parts it lists (rows 10 and 20) make the row of 30.
  [
    'text-figure-mismatch',
    [
      { code: 'text-figure-mismatch', file: CONF, line: 23, field: 'body', severity: 'warning', value: '6/41 (17,07%)' },
      { code: 'text-figure-mismatch', file: CONF, line: 25, field: 'body', severity: 'warning', value: '31' },
    ],
  ],
  // 7/41, 17,07% and 30 are recorded; a date, an ordinal, a term of years and a document number are no figures.
  [
    'text-figure-unrecorded',
    [{ code: 'text-figure-unrecorded', file: CONF, line: 25, field: 'body', severity: 'warning', value: '12/20' }],
  ],
  ['parts-sum-mismatch', [{ code: 'parts-sum-mismatch', file: OBS, row: 2, field: 'value', severity: 'flag' }]],
  // Front matter is plain data: `title: *Hội*` is an alias to YAML, refused at its line.
  ['yaml-alias', [{ code: 'yaml-forbidden', file: CONF, line: 2, field: 'title', value: '*Hội*' }]],
  [
    'yaml-syntax',
    [
      { code: 'yaml-forbidden', file: CONF, line: 2 },
      { code: 'yaml-forbidden', file: CONF, line: 7, field: 'organizer', value: '&to' },
    ],
  ],
  // Decoded values: YAML escapes, HTML entities, component attributes.
  [
    'decoded-text',
    [
      { code: 'text-not-nfc', file: DOC, line: 7, field: 'title' },
      { code: 'invisible-char', file: DOC, line: 7, field: 'title', value: 'U+D800 nửa cặp thay thế đứng riêng / lone surrogate' },
      { code: 'invisible-char', file: DOC, line: 4, field: 'issuer', value: 'U+202E right-to-left override' },
      { code: 'invisible-char', file: CONF, line: 8, field: 'summary', value: 'U+000B tab dọc / vertical tab' },
      { code: 'invisible-char', file: CONF, line: 19, field: 'body', value: 'U+202E right-to-left override' },
      { code: 'invisible-char', file: CONF, line: 19, field: 'body', value: 'U+00AD gạch nối mềm / soft hyphen' },
      { code: 'text-not-nfc', file: CONF, line: 19, field: 'body' },
      { code: 'invisible-char', file: CONF, line: 21, field: 'Callout.title' },
    ],
  ],
  ['csv-cell-text', [{ code: 'invisible-char', file: OBS, row: 5, field: 'note' }]],
  ['number-overflow', [{ code: 'constraint-error', file: OBS, row: 3, field: 'value' }]],
  ['target-range', [{ code: 'constraint-error', file: OBS, row: 5, field: 'target', value: '-5' }]],
  ['empty-value', [{ code: 'required', file: OBS, row: 2, field: 'value' }]],
  ['doc-number', [{ code: 'constraint-error', file: DOC, line: 2, field: 'number', value: 'nghị quyết hai' }]],
  ['missing-key', [{ code: 'required', file: CONF, line: 3, field: 'held' }]],
  [
    'chart-empty',
    [
      { code: 'chart-empty', file: CONF, line: 25, field: 'Chart' },
      { code: 'chart-empty', file: CONF, line: 27, field: 'Chart' },
    ],
  ],
  [
    'image-off-host',
    [
      { code: 'mdx-forbidden', file: CONF, line: 25, field: 'image.url', value: 'https://example.org/anh.png' },
      { code: 'mdx-forbidden', file: CONF, line: 27, field: 'image.url', value: '//example.org/b.jpg' },
      // A reference image is located where it is drawn, with the address its definition gives.
      { code: 'mdx-forbidden', file: CONF, line: 29, field: 'image.url', value: 'https://example.org/ban-do.png' },
    ],
  ],
  [
    'bare-attribute',
    [
      { code: 'mdx-forbidden', file: CONF, line: 25, field: 'DocRef.id' },
      { code: 'mdx-forbidden', file: CONF, line: 27, field: 'Callout.type' },
    ],
  ],
  ['doc-link-missing', [{ code: 'foreign-key', file: CONF, line: 25, field: 'link', value: 'doc:khong-co' }]],
  // A plan of March 2019 cannot carry out a resolution of 12/4/2020.
  [
    'relation-dates',
    [
      {
        code: 'relation-dates',
        file: 'content/documents/05-kh-tu-2019-tinh-a.mdx',
        line: 9,
        field: 'implements[0]',
        value: '01-nq-tu-2020-tinh-a',
      },
    ],
  ],
];

describe('validateProject(root) on the minimal project', () => {
  it('validateProject(root) finds nothing wrong in the minimal valid project', () => {
    expect(validateCase().issues).toEqual([]);
  });

  for (const [name, expected] of cases) {
    it(`validateProject(root) reports ${name} with its location`, () => {
      const { issues } = validateCase(name);
      for (const e of expected) expect(issues).toContainEqual(expect.objectContaining(e));
      const codes = new Set(expected.map((e) => e.code));
      const others = issues.filter((i) => i.severity === 'error' && !codes.has(i.code));
      expect(others).toEqual([]);
      for (const i of issues) {
        expect(i.message.vi.length).toBeGreaterThan(5);
        expect(i.message.en.length).toBeGreaterThan(5);
      }
    });
  }

  it('validateProject(root) reports only the figures of the text that the data contradicts or lacks', () => {
    expect(
      validateCase('text-figure-mismatch')
        .issues.filter((i) => i.code.startsWith('text-figure'))
        .map((i) => [i.line, i.expected]),
    ).toEqual([
      [23, '7/41 (17,07%) (data/observations.csv, dòng / row 5: ti-le)'],
      [25, '30 (data/observations.csv, dòng / row 2: tong)'],
    ]);
    expect(validateCase('text-figure-unrecorded').issues.filter((i) => i.code.startsWith('text-figure'))).toHaveLength(1);
  });

  it('validateProject(root) trims the spaces around a text value, so one issuer stays one', () => {
    const p = projectWith();
    try {
      const file = join(p.root, DOC);
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^issuer: .*$/m, 'issuer: "  Tỉnh ủy A "'));
      const r = validateProject(p.root);
      expect(r.issues).toEqual([]);
      expect(r.corpus.documents[0]!.data.issuer).toBe('Tỉnh ủy A');
    } finally {
      p.cleanup();
    }
  });

  it('validateProject(root) reports every forbidden MDX construct with its line, all at once', () => {
    const { issues } = validateCase('mdx-forbidden');
    const lines = issues.filter((i) => i.code === 'mdx-forbidden').map((i) => [i.line, i.value]);
    expect(lines).toEqual([
      [25, 'import X from "./x.js"'],
      [27, '{1 + 1}'],
      [29, '<script>'],
      [31, 'onClick'],
      [33, '<Widget>'],
      [35, 'javascript:alert(1)'],
      [37, '<iframe>'],
      [39, '<style>'],
      [39, '{`p{}`}'],
    ]);
    expect(issues.every((i) => i.file === CONF)).toBe(true);
  });
});
