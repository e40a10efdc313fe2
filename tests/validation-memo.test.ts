/**
 * The preview validates again on every save with a memo of what unchanged text gave last time
 * (src/core/memo.ts): the result must be the one a fresh validation gives, whatever came before.
 * Every fixture case in turn, one memo throughout, each compared with a validation without it.
 */
import { cpSync, readdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateProject, type ValidationResult } from '../src/checks/engine.ts';
import { TextMemo } from '../src/core/memo.ts';
import { FIXTURES, projectWith } from './helpers.ts';

/** Everything a validation gives, as text: findings, entries (trees included), rows, mentions. */
function snapshot(r: ValidationResult): string {
  const { documents, conferences, ...tables } = r.corpus;
  const entries = (es: typeof documents | typeof conferences) =>
    es.map(({ id, file, data, body, tree, bodyLine }) => ({ id, file, data, body, tree, bodyLine }));
  return JSON.stringify({
    issues: r.issues,
    documents: entries(documents),
    conferences: entries(conferences),
    tables,
    mentions: [...r.mentions],
  });
}

const cases = readdirSync(join(FIXTURES, 'cases')).sort();
const memo = new TextMemo();
const made: (() => void)[] = [];
afterAll(() => made.forEach((f) => f()));

describe('validation with the preview memo', () => {
  it.each([...cases, 'minimal', ...cases.slice().reverse()])('%s: the same as without it', (name) => {
    const p = projectWith(name === 'minimal' ? undefined : name);
    made.push(p.cleanup);
    expect(snapshot(validateProject(p.root, memo))).toBe(snapshot(validateProject(p.root)));
  });

  it('follows an edit of the data and of the text between two runs, and the memo was used', () => {
    const p = projectWith('text-figure-mismatch');
    made.push(p.cleanup);
    const codes = (r: ValidationResult) => r.issues.map((i) => i.code);
    const mismatches = (r: ValidationResult) => codes(r).filter((c) => c === 'text-figure-mismatch').length;
    const first = validateProject(p.root, memo);
    expect(mismatches(first)).toBe(2);
    // The data now gives the 31 the text states: the same text, another finding.
    const data = join(p.root, 'data/observations.csv');
    writeFileSync(
      data,
      readFileSync(data, 'utf8').replace('tong,so-truong-hop,tinh-a,2021-09-23,30,,,30,', 'tong,so-truong-hop,tinh-a,2021-09-23,31,,,31,'),
    );
    const hits = memo.hits;
    const second = validateProject(p.root, memo);
    expect(memo.hits).toBeGreaterThan(hits);
    expect(snapshot(second)).toBe(snapshot(validateProject(p.root)));
    expect(mismatches(second)).toBe(1);
    // And the text a figure of its own that no row gives.
    const file = join(p.root, 'content/conferences/hoi-nghi-a.mdx');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nToàn tỉnh có 12 trường hợp kiêm nhiệm ở cấp xã.\n`);
    const third = validateProject(p.root, memo);
    expect(snapshot(third)).toBe(snapshot(validateProject(p.root)));
    expect(snapshot(third)).not.toBe(snapshot(second));
    rmSync(file);
    cpSync(join(FIXTURES, 'minimal/content/conferences/hoi-nghi-a.mdx'), file);
    expect(snapshot(validateProject(p.root, memo))).toBe(snapshot(validateProject(p.root)));
  });

  it.each(['decoded-text', 'invisible-char', 'mdx-forbidden', 'text-not-nfc', 'yaml-syntax'])(
    '%s: a line added above the body moves every finding below it, as a fresh validation says',
    (name) => {
      const p = projectWith(name);
      made.push(p.cleanup);
      const first = validateProject(p.root, memo);
      const lines = (r: ValidationResult) => r.issues.filter((i) => i.file.startsWith('content/')).map((i) => i.line);
      for (const dir of ['content/conferences', 'content/documents'])
        for (const f of readdirSync(join(p.root, dir))) {
          const file = join(p.root, dir, f);
          writeFileSync(file, readFileSync(file, 'utf8').replace(/^---\n/, '---\n# ghi chú của biên tập viên\n'));
        }
      const second = validateProject(p.root, memo);
      expect(snapshot(second)).toBe(snapshot(validateProject(p.root)));
      expect(lines(second)).toEqual(lines(first).map((l) => (l === undefined ? l : l + 1)));
    },
  );

  it('names each of two files holding the same text in its own findings', () => {
    const p = projectWith('yaml-syntax');
    made.push(p.cleanup);
    const dir = readdirSync(join(p.root, 'content/conferences')).length ? 'content/conferences' : 'content/documents';
    const [name] = readdirSync(join(p.root, dir));
    validateProject(p.root, memo);
    cpSync(join(p.root, dir, name!), join(p.root, dir, `ban-sao-${name}`));
    const twice = validateProject(p.root, memo);
    expect(snapshot(twice)).toBe(snapshot(validateProject(p.root)));
    expect(twice.issues.some((i) => i.file === `${dir}/ban-sao-${name}`)).toBe(true);
  });
});
