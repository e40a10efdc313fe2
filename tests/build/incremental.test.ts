/**
 * Rebuilds: a page or a compiled article is reused from the last build only when nothing it
 * depends on changed, and whatever was reused the site is the one a clean build of the same
 * sources gives, file by file, the search index included. One fixture project (its own content
 * and data, a report scheduled for a later day); each case changes one kind of dependency — an
 * article's body, the code, the configuration, a table's cell, an entry's front matter, the build's
 * day — rebuilds with the cache and compares with a clean build of the changed tree.
 */
import { appendFileSync, cpSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareBuilds } from '../../scripts/gates/determinism.ts';
import { ROOT, buildSite, buildSiteAsync, copyProject, readPage } from '../site.ts';

const BUILDS = join(ROOT, '.cache/test-builds');
const CASE_TIMEOUT = 300_000;
/** The day of the first builds, and the day the scheduled report (published 2024-06-01) goes out. */
const BEFORE = '2024-05-20';
const AFTER = '2024-06-01';

const root = copyProject(false);
cpSync(join(ROOT, 'tests/fixtures/incremental'), root, { recursive: true });
let today = BEFORE;
/** The tables' date, whole seconds, as files restored from an archive or a cache have it. */
const STAMP = new Date('2024-01-01T00:00:00Z');
for (const table of ['units', 'indicators', 'observations']) utimesSync(join(root, `data/${table}.csv`), STAMP, STAMP);

/** A build with the cache kept from the previous one. */
const rebuild = () => buildSite({ name: 'incremental', root, log: true, env: { PORTAL_TODAY: today } });

/**
 * A build of the same tree with an empty cache, from a copy of it: two builds of one project
 * share its .astro/ folder (the prerender chunks), so the copy lets both run at once.
 */
const cleanRoot = `${root}-clean`;
function cleanBuild(): Promise<string> {
  rmSync(join(BUILDS, 'incremental-clean-cache'), { recursive: true, force: true });
  rmSync(cleanRoot, { recursive: true, force: true });
  cpSync(root, cleanRoot, { recursive: true, preserveTimestamps: true, filter: (src) => src !== join(root, '.astro') });
  return buildSiteAsync({ name: 'incremental-clean', root: cleanRoot, log: true, env: { PORTAL_TODAY: today } });
}

/** Articles compiled so far, as `collection/digest.html`. */
const compiled = () =>
  ['documents', 'conferences'].flatMap((c) => readdirSync(join(BUILDS, 'incremental-cache/articles', c)).map((f) => `${c}/${f}`));

/** Pages the build rendered (and handed to the search index) rather than copied from the last build. */
const rendered = (out: string) => Number(/\((\d+) khi dựng trang/.exec(readFileSync(`${out}.log`, 'utf8'))?.[1]);
/** Pages the build copied from the last build and handed to the search index as it copied them. */
const restored = (out: string) => Number(/(\d+) khi chép từ lần dựng trước/.exec(readFileSync(`${out}.log`, 'utf8'))?.[1]);

/** Edits a file of the fixture project; fails if `from` is not in it, so a case never tests nothing. */
function edit(rel: string, from: string, to: string): void {
  const file = join(root, rel);
  const text = readFileSync(file, 'utf8');
  expect(text, `${rel} chứa (contains) ${from}`).toContain(from);
  writeFileSync(file, text.replace(from, to));
}

const report = (out: string) => readPage(out, 'hoi-nghi/so-ket-2021/index.html');

/**
 * Rebuilds with the cache and compares with a clean build: both must be byte for byte the same,
 * `pagefind/` included. `shows` must hold in the clean build: the change reached the site.
 */
async function rebuildEqualsClean(shows: (clean: string) => void): Promise<string> {
  // The two builds share nothing but the tree they read: they run at once, one on each core.
  const [rebuilt, clean] = await Promise.all([
    buildSiteAsync({ name: 'incremental', root, log: true, env: { PORTAL_TODAY: today } }),
    cleanBuild(),
  ]);
  shows(clean);
  expect(compareBuilds(rebuilt, clean)).toEqual([]);
  return rebuilt;
}

describe('a rebuild with the cache equals a clean build of the same tree', () => {
  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
    rmSync(cleanRoot, { recursive: true, force: true });
  });
  let first = '';
  /** Pages a rebuild renders when nothing changed: those without a key (home, indexes, feeds). */
  let unkeyed = 0;
  /** Pages a build without a cache renders. */
  let allRendered = 0;

  it(
    'two successive builds with the cache, nothing changed: the same site and the same search index, byte for byte',
    { timeout: CASE_TIMEOUT },
    async () => {
      rmSync(join(BUILDS, 'incremental-cache'), { recursive: true, force: true });
      first = join(BUILDS, 'incremental-first');
      rmSync(first, { recursive: true, force: true });
      const firstOut = rebuild();
      const all = rendered(firstOut);
      allRendered = all;
      cpSync(firstOut, first, { recursive: true });
      const second = rebuild();
      unkeyed = rendered(second);
      expect(unkeyed).toBeLessThan(all);
      expect(compareBuilds(second, first)).toEqual([]);
      expect(readdirSync(join(second, 'pagefind')).length).toBeGreaterThan(3);
      expect(compareBuilds(rebuild(), first)).toEqual([]);
    },
  );

  it("one article's text: compiles that article alone, renders its page and the unkeyed ones", { timeout: CASE_TIMEOUT }, async () => {
    const before = compiled();
    appendFileSync(join(root, 'content/conferences/so-ket-2021.mdx'), '\nĐoạn bổ sung của biên tập viên.\n');
    const rebuilt = await rebuildEqualsClean((clean) => expect(report(clean)).toContain('Đoạn bổ sung của biên tập viên.'));
    const added = compiled().filter((f) => !before.includes(f));
    expect(added).toHaveLength(1);
    expect(added[0]).toMatch(/^conferences\//);
    expect(rendered(rebuilt)).toBe(unkeyed + 1);
    // Every other page went to the search index as the build copied it, none read back at the
    // end, and the index never had to start again to keep the build's order.
    expect(restored(rebuilt) + rendered(rebuilt)).toBe(allRendered);
    expect(readFileSync(`${rebuilt}.log`, 'utf8')).not.toContain('lập lại theo thứ tự');
  });

  // Code: one case. The key holds a digest of every file under src/ and the config files
  // (src/collections/source-digest.ts), and its unit test proves that a change to any one of them — a module
  // of any folder, a page, a new file — changes the digest; this case proves the digest reaches
  // every page and every compiled article.
  it(
    'a module under src/core (how a percentage is written): every page and article shows the new form',
    { timeout: CASE_TIMEOUT },
    async () => {
      edit('src/core/format.ts', 'return `${formatterFor(digits)(p)}%`;', 'return `${formatterFor(digits)(p)}\u00a0%`;');
      await rebuildEqualsClean((clean) => expect(report(clean)).toContain('17,07\u00a0%'));
    },
  );

  it("portal.config.ts (the portal's name, in every page and in each chart's citation)", { timeout: CASE_TIMEOUT }, async () => {
    edit('portal.config.ts', "name: 'Cổng thông tin Mô hình kiêm nhiệm'", "name: 'Cổng thông tin Kiêm nhiệm Tỉnh A'");
    await rebuildEqualsClean((clean) => expect(report(clean)).toMatch(/trích dẫn: Cổng thông tin Kiêm nhiệm Tỉnh A, biểu đồ/i));
  });

  it('a CSV cell, the file keeping its size and its date (as restored from an archive)', { timeout: CASE_TIMEOUT }, async () => {
    const file = join(root, 'data/observations.csv');
    const { size, mtimeMs } = statSync(file);
    edit(
      'data/observations.csv',
      'ti-le-2021,ti-le-kiem-nhiem,tinh-a,2021-09-23,7,41,,"17,07%"',
      'ti-le-2021,ti-le-kiem-nhiem,tinh-a,2021-09-23,8,41,,"19,51%"',
    );
    utimesSync(file, STAMP, STAMP);
    expect([statSync(file).size, statSync(file).mtimeMs]).toEqual([size, mtimeMs]);
    await rebuildEqualsClean((clean) => expect(report(clean)).toContain('<td>19,51%</td>'));
  });

  it("a document's title, which other pages show", { timeout: CASE_TIMEOUT }, async () => {
    edit('content/documents/01-nq-tu-2020-tinh-a.mdx', 'title: Về xây dựng Đảng', 'title: Về công tác xây dựng Đảng');
    let clean = '';
    const rebuilt = await rebuildEqualsClean((out) => expect(report((clean = out))).toContain('Về công tác xây dựng Đảng'));
    // The pages that read the document (its own, the lists, the report citing it) were rendered
    // again, those that do not were copied (src/build/page-reads.ts), and the site is a clean one.
    expect(rendered(rebuilt)).toBeGreaterThan(unkeyed + 1);
    expect(rendered(rebuilt)).toBeLessThan(rendered(clean));
  });

  it("a report's title, which its lists, its locality and related reading show", { timeout: CASE_TIMEOUT }, async () => {
    edit(
      'content/conferences/so-ket-2021.mdx',
      'title: Sơ kết một năm thực hiện Nghị quyết số 01-NQ/TU',
      'title: Sơ kết năm đầu thực hiện Nghị quyết số 01-NQ/TU',
    );
    let clean = '';
    const rebuilt = await rebuildEqualsClean((out) => {
      clean = out;
      expect(readPage(out, 'hoi-nghi/index.html')).toContain('Sơ kết năm đầu thực hiện');
      expect(readPage(out, 'dia-phuong/tinh-a/index.html')).toContain('Sơ kết năm đầu thực hiện');
    });
    expect(rendered(rebuilt)).toBeLessThan(rendered(clean));
  });

  it(
    'a scheduled report passing its date: it is published, listed, and its figures join the indicator',
    { timeout: CASE_TIMEOUT },
    async () => {
      expect(readdirSync(join(first, 'hoi-nghi'))).not.toContain('so-ket-2024');
      today = AFTER;
      await rebuildEqualsClean((clean) => {
        expect(readdirSync(join(clean, 'hoi-nghi'))).toContain('so-ket-2024');
        expect(readPage(clean, 'hoi-nghi/index.html')).toContain('so-ket-2024/');
        expect(readPage(clean, 'chi-tieu/ti-le-kiem-nhiem/index.html')).toMatch(/12\/41/);
      });
    },
  );
});
