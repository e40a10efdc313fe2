import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { keyWithReads, readPageReads, writePageReads } from '../src/build/page-reads.ts';

const dir = mkdtempSync(join(tmpdir(), 'page-reads-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the record of what each page read', () => {
  it('puts the digest of the reads in place of the whole site’s, and keeps other keys as they are', () => {
    const digestOf = (reads: Iterable<string>) => [...reads].join('+');
    expect(keyWithReads('reads|SITE|CODE|PROPS|own', ['a', 'b'], digestOf)).toBe('reads|reads:a+b|CODE|PROPS|own');
    expect(keyWithReads('reads|SITE|CODE|PROPS', undefined, digestOf)).toBe('reads|SITE|CODE|PROPS');
    expect(keyWithReads('reads|SITE|CODE|PROPS', ['a'], undefined)).toBe('reads|SITE|CODE|PROPS');
    expect(keyWithReads('other|SITE', ['a'], digestOf)).toBe('other|SITE');
  });

  it('writes each read once and reads back every page’s reads; an unreadable file is no record', () => {
    const file = join(dir, 'page-reads.json');
    const pages = new Map([
      ['/b/', ['conferences', 'label("x")']],
      ['/a/', ['label("x")']],
      ['/c/', []],
    ]);
    writePageReads(file, pages);
    expect(readPageReads(file)).toEqual(new Map([...pages].sort()));
    writeFileSync(file, '{"reads": [');
    expect(readPageReads(file)).toEqual(new Map());
    expect(readPageReads(join(dir, 'none.json'))).toEqual(new Map());
  });
});
