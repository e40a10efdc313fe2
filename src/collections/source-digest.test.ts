import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sourceDigest, sourceFiles } from './source-digest.ts';

describe('sourceDigest', () => {
  const root = mkdtempSync(join(tmpdir(), 'ma-nguon-'));
  const write = (rel: string, text: string) => {
    mkdirSync(join(root, rel, '..'), { recursive: true });
    writeFileSync(join(root, rel), text);
  };
  write('src/lib/format.ts', 'export const a = 1;\n');
  write('src/lib/format.test.ts', 'test\n');
  write('src/charts/__snapshots__/x.snap', 'snap\n');
  write('src/pages/index.astro', '<p>a</p>\n');
  write('portal.config.ts', "export const portal = { name: 'A' };\n");
  write('package-lock.json', '{}\n');
  write('content/documents/a.mdx', 'content is keyed apart\n');
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('sourceFiles(root) lists every file under src/ and the config files, not tests, snapshots or content', () => {
    expect(sourceFiles(root)).toEqual(['src/lib/format.ts', 'src/pages/index.astro', 'portal.config.ts', 'package-lock.json']);
  });

  it('sourceDigest(root) changes with any source or config file, and only with them', () => {
    const digest = sourceDigest(root);
    expect(sourceDigest(root)).toBe(digest);
    write('src/lib/format.test.ts', 'another test\n');
    write('content/documents/a.mdx', 'edited\n');
    expect(sourceDigest(root)).toBe(digest);
    for (const [rel, text] of [
      ['src/lib/format.ts', 'export const a = 2;\n'],
      ['src/pages/index.astro', '<p>b</p>\n'],
      ['portal.config.ts', "export const portal = { name: 'B' };\n"],
      ['package-lock.json', '{ }\n'],
      ['src/lib/new-module.ts', '\n'],
    ] as const) {
      const before = sourceDigest(root);
      write(rel, text);
      expect(sourceDigest(root), rel).not.toBe(before);
    }
  });
});
