import { describe, expect, it } from 'vitest';
import { makeIssue } from '../core/issues.ts';
import { brokenArticles, brokenAt } from './preview.ts';

const none = { documents: new Set<string>(), conferences: new Set<string>() };
const heldError = makeIssue('type-error', { file: 'content/conferences/so-ket-2021.mdx', line: 4, field: 'held', value: '2019-13-45' });

describe('brokenArticles', () => {
  it('brokenArticles(issues, published, base) gives each article with an error the address its page would have, under the base path', () => {
    const docError = makeIssue('type-error', { file: 'content/documents/02-nq-tu.mdx', line: 2, field: 'issued', value: 'x' });
    const broken = brokenArticles(
      [
        heldError,
        docError,
        makeIssue('type-error', { file: 'content/conferences/so-ket-2021.mdx', line: 5, field: 'published', value: 'y' }),
      ],
      none,
      '/portal/',
    );
    expect(broken.map((b) => [b.file, b.path, b.errors.map((e) => e.field)])).toEqual([
      ['content/conferences/so-ket-2021.mdx', '/portal/hoi-nghi/so-ket-2021/', ['held', 'published']],
      ['content/documents/02-nq-tu.mdx', '/portal/van-ban/02-nq-tu/', ['issued']],
    ]);
  });

  it('leaves out warnings, files that are not articles, and articles that still have a page', () => {
    const warning = makeIssue('type-error', { file: 'content/conferences/a.mdx', severity: 'warning' });
    const row = makeIssue('type-error', { file: 'data/observations.csv', row: 3 });
    expect(brokenArticles([warning, row, heldError], { documents: new Set(), conferences: new Set(['so-ket-2021']) }, '/')).toEqual([]);
  });
});

describe('brokenAt', () => {
  const broken = brokenArticles([heldError], none, '/');
  it('brokenAt(broken, pathname) finds the article at its address, with or without the trailing slash', () => {
    expect(brokenAt(broken, '/hoi-nghi/so-ket-2021/')?.file).toBe('content/conferences/so-ket-2021.mdx');
    expect(brokenAt(broken, '/hoi-nghi/so-ket-2021')?.file).toBe('content/conferences/so-ket-2021.mdx');
    expect(brokenAt(broken, '/hoi-nghi/so-ket-2020/')).toBeUndefined();
    expect(brokenAt(broken, '/kiem-tra/')).toBeUndefined();
  });
});
