import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateProject } from '../../src/validate/engine.ts';

const ROOT = join(import.meta.dirname, '..', '..');

describe('the sample corpus', () => {
  it('validateProject(sample) gives exactly the two printed-rate flags of the Bến Tre City report and nothing else', () => {
    const { issues, corpus } = validateProject(ROOT);
    expect(issues.map((i) => [i.code, i.severity, i.file, i.row, i.field, i.value, i.expected])).toEqual([
      ['printed-mismatch', 'flag', 'data/observations.csv', 9, 'printed', '38,6%', '30,56%'],
      ['printed-mismatch', 'flag', 'data/observations.csv', 10, 'printed', '38,65%', '37,42%'],
    ]);
    expect(corpus.conferences).toHaveLength(5);
    expect(corpus.documents.length).toBeGreaterThanOrEqual(12);
  });

  it('validateProject(sample) keeps both 02-NQ/TU as two documents of two provinces', () => {
    const { corpus } = validateProject(ROOT);
    const twins = corpus.documents.filter((d) => d.data.number === '02-NQ/TU');
    expect(twins.map((d) => [d.data.unit, d.data.issued]).sort()).toEqual([
      ['ben-tre', '2016-04-12'],
      ['unknown-tinh-mien-nui-phia-bac', '2021-01-21'],
    ]);
  });

  it('validateProject(sample) reads 1.017 = 2 + 26 + 180 + 809 as a whole and its four parts', () => {
    const { corpus } = validateProject(ROOT);
    const whole = corpus.observations.find((o) => o.data.value === 1017 && !o.data.part_of)!;
    const parts = corpus.observations.filter((o) => o.data.part_of === whole.data.id).map((o) => o.data.value);
    expect(parts.sort((a, b) => a! - b!)).toEqual([2, 26, 180, 809]);
    expect(whole.data.printed).toBe('1.017');
  });

  it('npm run check -- --json prints one JSON object with the issues and exits 0 on the sample', () => {
    const out = execFileSync(process.execPath, ['scripts/check.ts', '--json'], { cwd: ROOT, encoding: 'utf8' });
    const json = JSON.parse(out) as { issues: Record<string, unknown>[] };
    expect(json.issues).toHaveLength(2);
    expect(Object.keys(json.issues[0]!).sort()).toEqual(['code', 'expected', 'field', 'file', 'hint', 'message', 'row', 'severity', 'value']);
    expect(json.issues[0]!.message).toEqual({ vi: expect.stringContaining('Nguồn in'), en: expect.stringContaining('source prints') });
  });
});
