import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { historyLink, parseGitLog, readHistory } from './history.ts';

describe('parseGitLog', () => {
  it('parseGitLog(out) keeps the newest date of each file (git log lists newest first)', () => {
    const out = '\x1e2022-01-02\0\ncontent/a.mdx\0\x1e2021-09-24\0\ncontent/a.mdx\0content/bé.mdx\0';
    expect([...parseGitLog(out)]).toEqual([
      ['content/a.mdx', '2022-01-02'],
      ['content/bé.mdx', '2021-09-24'],
    ]);
  });

  it('parseGitLog("") is empty: a repository without commits dates nothing', () => {
    expect(parseGitLog('').size).toBe(0);
  });
});

describe('readHistory', () => {
  it('readHistory(dir) outside a git checkout is empty, not an error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'khong-git-'));
    try {
      expect(readHistory(dir).size).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('historyLink', () => {
  it('historyLink(template, file) puts the encoded path into {path}, and is undefined without a template', () => {
    expect(historyLink('https://example.org/repo/commits/main/{path}', 'content/conferences/a b.mdx')).toBe(
      'https://example.org/repo/commits/main/content/conferences/a%20b.mdx',
    );
    expect(historyLink('', 'content/a.mdx')).toBeUndefined();
  });
});
