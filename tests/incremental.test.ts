/**
 * Rebuilds: an edited article is compiled again alone; a page whose key and code are unchanged is
 * copied from the previous build, not rendered; and whatever was reused, the site is the one a
 * clean build of the same sources gives, file by file.
 */
import { appendFileSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareBuilds } from '../scripts/gates/determinism.ts';
import { BUILD_TIMEOUT, ROOT, buildSite, copyProject, readPage } from './site.ts';

const compiled = () =>
  ['documents', 'conferences'].flatMap((c) => readdirSync(join(ROOT, '.cache/test-builds/incremental-cache/articles', c)).map((f) => `${c}/${f}`));

/** Pages the build rendered (and handed to the search index) rather than copied from the last build. */
const rendered = (out: string) => Number(/\((\d+) khi dựng trang/.exec(readFileSync(`${out}.log`, 'utf8'))?.[1]);

/**
 * What differs from a clean build of the same sources. Pagefind numbers pages in the order they
 * are added, and a rebuild adds the copied pages after the rendered ones: its index files then
 * differ in name, not in what they hold — every page's record (fragment) must be the same file.
 */
function differences(rebuilt: string, root: string): string[] {
  const clean = cleanBuild(root);
  const entry = (dir: string) => JSON.parse(readFileSync(join(dir, 'pagefind/pagefind-entry.json'), 'utf8')).languages.vi.page_count;
  expect(entry(rebuilt)).toBe(entry(clean));
  return compareBuilds(rebuilt, clean).filter((d) => !/: pagefind\/(index|filter)\/|: pagefind\/pagefind[.-]/.test(d));
}

/** A clean build of the same sources, with a cache of its own. */
function cleanBuild(root: string): string {
  rmSync(join(ROOT, '.cache/test-builds/incremental-clean-cache'), { recursive: true, force: true });
  return buildSite({ name: 'incremental-clean', root });
}

describe('rebuild after editing', () => {
  const root = copyProject();
  rmSync(join(ROOT, '.cache/test-builds/incremental-cache'), { recursive: true, force: true });
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  let full = 0;

  it('one article\'s text: compiles and renders that article again, copies the other pages, and equals a clean build', () => {
    const first = buildSite({ name: 'incremental', root, log: true });
    full = rendered(first);
    const before = compiled();
    expect(before).toHaveLength(17);
    expect(full).toBeGreaterThan(80);
    appendFileSync(join(root, 'content/conferences/khao-sat-tp-ben-tre-2019.mdx'), '\nĐoạn bổ sung của biên tập viên.\n');
    const second = buildSite({ name: 'incremental', root, log: true });
    const added = compiled().filter((f) => !before.includes(f));
    expect(added).toHaveLength(1);
    expect(added[0]).toMatch(/^conferences\//);
    expect(readPage(second, 'hoi-nghi/khao-sat-tp-ben-tre-2019/index.html')).toContain('Đoạn bổ sung của biên tập viên.');
    // The article, and the pages without a key (home, indexes, feeds): not the other articles,
    // localities, indicators or lists.
    expect(rendered(second)).toBeLessThan(15);
    expect(differences(second, root)).toEqual([]);
  }, 3 * BUILD_TIMEOUT);

  it('a title other pages show: renders every page again, and equals a clean build', () => {
    const file = join(root, 'content/documents/02-nq-tu-2016-ben-tre.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('title: "Về xây dựng Đảng,', 'title: "Về công tác xây dựng Đảng,'));
    const third = buildSite({ name: 'incremental', root, log: true });
    expect(rendered(third)).toBe(full);
    expect(differences(third, root)).toEqual([]);
  }, 2 * BUILD_TIMEOUT);
});
