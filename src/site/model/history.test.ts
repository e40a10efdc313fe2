import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commitDay, historyLink, parseGitLog, readHistory } from './history.ts';

describe('parseGitLog', () => {
  it('parseGitLog(out) keeps the newest date of each file (git log lists newest first)', () => {
    const out = '\x1e2022-01-02\0\ncontent/a.mdx\0\x1e2021-09-24\0\ncontent/a.mdx\0content/bé.mdx\0';
    expect([...parseGitLog(out)]).toEqual([
      ['content/a.mdx', '2022-01-02'],
      ['content/bé.mdx', '2021-09-24'],
    ]);
  });

  it('parseGitLog(out) dates a commit by its day in Vietnam, whatever the committer’s zone', () => {
    const out =
      '\x1e2021-09-23T23:30:00+00:00\0\ncontent/a.mdx\0\x1e2021-09-23T08:00:00-07:00\0\ncontent/b.mdx\0\x1e2021-09-24T06:59:59+07:00\0\ncontent/c.mdx\0';
    expect([...parseGitLog(out)]).toEqual([
      ['content/a.mdx', '2021-09-24'],
      ['content/b.mdx', '2021-09-23'],
      ['content/c.mdx', '2021-09-24'],
    ]);
    expect(commitDay('2021-09-23T16:59:59Z')).toBe('2021-09-23');
    expect(commitDay('2021-09-23T17:00:00Z')).toBe('2021-09-24');
    expect(commitDay('23/9/2021')).toBeUndefined();
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
