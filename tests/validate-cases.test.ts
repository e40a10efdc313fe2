/**
 * Every error code of the contract, each from a fixture laid over a minimal valid project,
 * asserted with its code, file, row or line, and field. A case must also raise no error
 * other than its own: a checker that cries wolf is as bad as one that misses.
 */
import { describe, expect, it } from 'vitest';
import type { Issue } from '../src/core/issues.ts';
import { validateCase } from './helpers.ts';

type Expect = Partial<Pick<Issue, 'code' | 'file' | 'row' | 'line' | 'field' | 'severity' | 'value'>>;

const OBS = 'data/observations.csv';
const UNITS = 'data/units.csv';
const IND = 'data/indicators.csv';
const DOC = 'content/documents/01-nq-tu-2020-tinh-a.mdx';
const CONF = 'content/conferences/hoi-nghi-a.mdx';

const cases: [string, Expect[], { only?: boolean } ?][] = [
  ['encoding-error-utf16', [{ code: 'encoding-error', file: UNITS, value: 'UTF-16' }]],
  ['encoding-error-cp1258', [{ code: 'encoding-error', file: UNITS, line: 2 }]],
  ['format-error-semicolon', [{ code: 'format-error', file: UNITS, row: 1 }]],
  ['format-error-quote', [{ code: 'format-error', file: OBS }]],
  ['missing-label', [{ code: 'missing-label', file: UNITS, row: 1, field: 'code' }]],
  ['extra-label', [{ code: 'extra-label', file: IND, row: 1, field: 'ghi_chu' }]],
  // The second `name` took the place of `description`, which is then missing too.
  ['duplicate-label', [{ code: 'duplicate-label', file: IND, row: 1, field: 'name' }, { code: 'missing-label', file: IND, field: 'description' }]],
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
  ['unknown-field', [{ code: 'unknown-field', file: DOC, line: 8, field: 'tac_gia' }]],
  ['text-not-nfc', [{ code: 'text-not-nfc', file: DOC, line: 10 }]],
  ['invisible-char', [{ code: 'invisible-char', file: CONF, line: 14 }]],
  ['route-conflict-ext', [{ code: 'route-conflict', file: 'content/documents/01-nq-tu-2020-tinh-a.mdx', field: 'id' }]],
  ['route-conflict-case', [{ code: 'route-conflict', field: 'id' }, { code: 'constraint-error', file: 'content/documents/01-NQ-TU-2020-tinh-a.mdx', field: 'id' }]],
  // Both names carry diacritics, so each is also refused as an id.
  ['route-conflict-nfd', [{ code: 'route-conflict', field: 'id' }, { code: 'constraint-error', field: 'id' }]],
  ['duplicate-document', [{ code: 'duplicate-document', file: DOC, line: 2, field: 'number', value: '01-NQ/TU' }]],
  ['kind-number-mismatch', [{ code: 'kind-number-mismatch', file: DOC, line: 3, field: 'kind' }]],
  ['value-exceeds-total', [{ code: 'value-exceeds-total', file: OBS, row: 5, field: 'value', value: '42/41' }]],
  ['printed-mismatch', [{ code: 'printed-mismatch', file: OBS, row: 5, field: 'printed', severity: 'flag', value: '18,07%' }]],
  ['parts-sum-mismatch', [{ code: 'parts-sum-mismatch', file: OBS, row: 2, field: 'value', severity: 'flag' }]],
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

  it('validateProject(root) reports every forbidden MDX construct with its line, all at once', () => {
    const { issues } = validateCase('mdx-forbidden');
    const lines = issues.filter((i) => i.code === 'mdx-forbidden').map((i) => [i.line, i.value]);
    expect(lines).toEqual([
      [18, 'import X from "./x.js"'],
      [20, '{1 + 1}'],
      [22, '<script>'],
      [24, 'onClick'],
      [26, '<Widget>'],
      [28, 'javascript:alert(1)'],
      [30, '<iframe>'],
      [32, '<style>'],
      [32, '{`p{}`}'],
    ]);
    expect(issues.every((i) => i.file === CONF)).toBe(true);
  });
});
