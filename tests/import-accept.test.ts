/**
 * From candidate figures to data in one step: `npm run import -- --accept import/<slug>.figures.csv`
 * appends the rows an editor kept to data/observations.csv (ids as the review file gives them,
 * `conference` the draft, `printed` verbatim), refuses and writes nothing when the check would
 * then find a new error, and never adds a row twice. Runs the real command on a throwaway copy
 * of the fixture project, after a real import.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { acceptRows } from '../src/import/accept.ts';
import { validateProject } from '../src/checks/engine.ts';
import { FIXTURES, importCommand } from './helpers.ts';

const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

/** A project with one imported article: its root, the review file, and the draft's id. */
async function imported() {
  const root = mkdtempSync(join(tmpdir(), 'nhap-nhan-'));
  cpSync(join(FIXTURES, 'import', 'project'), root, { recursive: true });
  roots.push(root);
  const r = await importCommand([join(FIXTURES, 'import', 'sources', 'cong-thanh-pho.txt'), '--json', '--root', root]);
  const out = JSON.parse(r.stdout) as { draft: string };
  const slug = out.draft.replace('content/conferences/', '').replace('.mdx', '');
  return { root, slug, review: join(root, 'import', `${slug}.figures.csv`) };
}

const accept = (root: string, review: string) => importCommand(['--accept', review, '--root', root]);
const rowsOf = (text: string) =>
  Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;

/** Keeps the review rows `keep` says (by position), with the indicator the editor confirmed. */
function edit(review: string, keep: (r: Record<string, string>, i: number) => boolean) {
  const rows = rowsOf(readFileSync(review, 'utf8')).filter(keep);
  writeFileSync(review, Papa.unparse(rows, { newline: '\n' }) + '\n');
  return rows;
}

describe('npm run import -- --accept', () => {
  it('appends the kept rows with their ids, the draft as conference, printed verbatim; the check passes; a second run adds nothing', async () => {
    const { root, slug, review } = await imported();
    const kept = edit(review, (r) => r.indicator !== '' && r.part_of === '' && r.value !== '');
    expect(kept.length).toBeGreaterThanOrEqual(2);
    const before = readFileSync(join(root, 'data', 'observations.csv'), 'utf8');
    const r = await accept(root, review);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`Đã thêm ${kept.length} dòng vào data/observations.csv`));
    const after = readFileSync(join(root, 'data', 'observations.csv'), 'utf8');
    expect(after.startsWith(before)).toBe(true);
    const added = rowsOf(after).slice(rowsOf(before).length);
    expect(added.map((a) => a.id)).toEqual(kept.map((k) => k.id));
    for (const [i, a] of added.entries()) {
      expect(a.conference).toBe(slug);
      expect(a.printed).toBe(kept[i]!.printed);
      expect(a.indicator).toBe(kept[i]!.indicator);
    }
    expect(added.find((a) => a.printed === '35,2%')).toMatchObject({ value: '72', total: '240' });
    expect(validateProject(root).issues.filter((i) => i.severity === 'error')).toEqual([]);
    // Again: every row is in the data already.
    const again = await accept(root, review);
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/Không có dòng mới \(nothing new\)/);
    expect(readFileSync(join(root, 'data', 'observations.csv'), 'utf8')).toBe(after);
  });

  it('refuses, writing nothing, when a kept row would add an error (an indicator left unconfirmed), naming it', async () => {
    const { root, review } = await imported();
    edit(review, (r, i) => {
      r.indicator = 'chua-xac-nhan';
      return i === 1;
    });
    const before = readFileSync(join(root, 'data', 'observations.csv'), 'utf8');
    const r = await accept(root, review);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/Không thêm gì \(nothing written\)/);
    expect(r.stderr).toMatch(/chua-xac-nhan/);
    expect(readFileSync(join(root, 'data', 'observations.csv'), 'utf8')).toBe(before);
  });

  it('takes the inert mark off a text cell, and gives a taken id the next free suffix with its parts following it', () => {
    const header = 'id,indicator,unit,date,value,total,qualifier,printed,target,part_of,conference,note,sentence\n';
    const data = 'id,indicator,unit,date,value,total,qualifier,printed,target,part_of,conference,note\nb-01,x,u,2021,5,,,5,,,khac,\n';
    const review = `${header}b-01,x,u,2021,9,,,9,,,b,'=ghi chú,'-câu\nb-02,x,u,2021,4,,,4,,b-01,b,,\nb-03,x,u,2021,5,,,5,,,khac,,\n`;
    const r = acceptRows(review, data);
    expect(r.added.map((a) => [a.id, a.part_of, a.note])).toEqual([
      ['b-01-2', '', '=ghi chú'],
      ['b-02', 'b-01-2', ''],
    ]);
    expect(r.already).toEqual(['b-03']);
    expect(r.append).toBe('b-01-2,x,u,2021,9,,,9,,,b,=ghi chú\nb-02,x,u,2021,4,,,4,,b-01-2,b,\n');
  });
});
