import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../scripts/bench/corpus.ts';
import { observationChunks } from '../scripts/bench/rows.ts';
import { editFigure } from '../scripts/bench/edits.ts';
import { validateProject } from '../src/checks/engine.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function write(files: Map<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'bench-gen-'));
  dirs.push(root);
  for (const [rel, text] of files) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), text);
  }
  return root;
}

/** The 30-article corpus with its observation table replaced by 2,000 generated rows plus the articles' own. */
function smallCorpus(seed: number): Map<string, string> {
  const files = generateCorpus({ articles: 30, seed });
  const extra = [...observationChunks({ rows: 2000, seed, conferences: 1 })].slice(1).join('');
  const conference = [...files.keys()].find((p) => p.startsWith('content/conferences/'))!.replace(/^.*\/|\.mdx$/g, '');
  files.set('data/observations.csv', files.get('data/observations.csv')! + extra.replaceAll('hoi-nghi-so-lieu-1', conference));
  return files;
}

describe('the benchmark corpus generator', () => {
  it("editFigure: the benchmark's figure edit changes one row of the report, value and printed, and leaves no error", () => {
    const files = generateCorpus({ articles: 30, seed: 3 });
    const conference = [...files.keys()].find((p) => p.startsWith('content/conferences/'))!.replace(/^.*\/|\.mdx$/g, '');
    const before = files.get('data/observations.csv')!;
    const after = editFigure(before, conference);
    const changed = before.split('\n').flatMap((l, i) => (l === after.split('\n')[i] ? [] : [[l, after.split('\n')[i]]]));
    expect(changed).toHaveLength(1);
    const [[old, now]] = changed as [[string, string]];
    const value = Number(/,(\d+),,over,/.exec(old)![1]);
    expect(now).toContain(`,${value + 1},,over,trên ${(value + 1).toLocaleString('de-DE')},`);
    expect(now).toContain(`,${conference},`);
    files.set('data/observations.csv', after);
    expect(validateProject(write(files)).issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(editFigure(before, 'khong-co-bao-cao-nay')).toBe(before);
  });

  it('generateCorpus({ articles: 30 }) with 2,000 more observation rows validates with no error and no warning', () => {
    const files = smallCorpus(7);
    const { issues, corpus } = validateProject(write(files));
    expect(issues.map((i) => `${i.severity} ${i.code} ${i.file}:${i.line ?? i.row} ${i.field} ${i.value}`)).toEqual([]);
    expect(corpus.documents.length + corpus.conferences.length).toBe(30);
    expect(corpus.observations.length).toBeGreaterThan(2000);
  });

  it('generateCorpus(same seed) is byte-identical; another seed differs', () => {
    const a = smallCorpus(7);
    const b = smallCorpus(7);
    expect([...a.keys()]).toEqual([...b.keys()]);
    for (const [k, v] of a) expect(b.get(k), k).toBe(v);
    expect(smallCorpus(8).get('data/observations.csv')).not.toBe(a.get('data/observations.csv'));
  });

  it('generateCorpus gives national units: 34 provinces in force, 29 merged with a successor, 3,321 communes', () => {
    const units = generateCorpus({ articles: 10, seed: 1 })
      .get('data/units.csv')!
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split(','));
    const provinces = units.filter((u) => u[2] === 'tinh');
    expect(provinces.filter((u) => !u[5])).toHaveLength(34);
    expect(provinces.filter((u) => u[5] === '2025-06-30' && u[6])).toHaveLength(29);
    expect(units.filter((u) => u[2] === 'xa')).toHaveLength(3321);
  });
});
