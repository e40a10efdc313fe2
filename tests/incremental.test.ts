/** A rebuild compiles again only the article that changed; every page still shows the latest text. */
import { appendFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, buildSite, copyProject, readPage } from './site.ts';

const compiled = () =>
  ['documents', 'conferences'].flatMap((c) => readdirSync(join(ROOT, '.cache/test-builds/incremental-cache/articles', c)).map((f) => `${c}/${f}`));

describe('rebuild after editing one article', () => {
  const root = copyProject();
  rmSync(join(ROOT, '.cache/test-builds/incremental-cache'), { recursive: true, force: true });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('compiles one article again and publishes the edit, leaving the other pages as they were', () => {
    const first = buildSite({ name: 'incremental', root });
    const before = compiled();
    const untouched = readPage(first, 'van-ban/34-kl-tw-2018/index.html');
    expect(before).toHaveLength(17);
    appendFileSync(join(root, 'content/conferences/khao-sat-tp-ben-tre-2019.mdx'), '\nĐoạn bổ sung của biên tập viên.\n');
    const second = buildSite({ name: 'incremental', root });
    const added = compiled().filter((f) => !before.includes(f));
    expect(added).toHaveLength(1);
    expect(added[0]).toMatch(/^conferences\//);
    expect(readPage(second, 'hoi-nghi/khao-sat-tp-ben-tre-2019/index.html')).toContain('Đoạn bổ sung của biên tập viên.');
    expect(readPage(second, 'van-ban/34-kl-tw-2018/index.html').replace(/Nội dung cập nhật lần cuối[^<]*<time[^>]*>[^<]*<\/time>/, '')).toBe(
      untouched.replace(/Nội dung cập nhật lần cuối[^<]*<time[^>]*>[^<]*<\/time>/, ''),
    );
  });
});
