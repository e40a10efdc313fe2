/**
 * Pages stay bounded as the corpus grows: on a copy of the project with a generated national
 * corpus (3,321 communes, a report with 1,500 figures), indicator and locality pages keep within
 * their budgets, comparisons draw at most COMPARISON_MAX bars, and every observation is on
 * exactly one page of its indicator's table and of its locality's table.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/bench/corpus.ts';
import { observationChunks } from '../../scripts/bench/rows.ts';
import { budgetsGate, loadBudgets } from '../../scripts/gates/budgets.ts';
import { corpusFigures } from '../../src/articles/chart-html.ts';
import { COMPARISON_MAX, type FigureInput } from '../../src/charts/specs.ts';
import { FIGURE_PAGE_SIZE, listRoute } from '../../src/site/model/archive.ts';
import { UNIT_CHARTS_MAX } from '../../src/site/views/unit-charts.ts';
import { isPublic } from '../../src/domain/publishing.ts';
import { ROUTES } from '../../src/core/paths.ts';
import { validateProject } from '../../src/checks/engine.ts';
import { ROOT, buildSite, copyProject, listFiles, readPage } from '../site.ts';

/** The generated corpus, with 1,500 more commune figures given by one of its reports. */
function corpusFiles(): Map<string, string> {
  const files = generateCorpus({ articles: 120, seed: 5 });
  const extra = [...observationChunks({ rows: 1500, seed: 5, conferences: 1 })].slice(1).join('');
  const conference = [...files.keys()].find((p) => p.startsWith('content/conferences/'))!.replace(/^.*\/|\.mdx$/g, '');
  files.set('data/observations.csv', files.get('data/observations.csv')! + extra.replaceAll('hoi-nghi-so-lieu-1', conference));
  return files;
}

/** Ids of the figures in a page's observation tables, in order. */
const rowIds = (html: string) => [...html.matchAll(/<tr id="so-lieu-([^"]+)">/g)].map((m) => m[1]!);

/** Every page of a table starting at `route`, following rel="next" from page 1. */
function walk(dist: string, route: string): { route: string; html: string }[] {
  const pages: { route: string; html: string }[] = [];
  for (let r: string | undefined = route; r; r = pages.at(-1)!.html.match(/<a href="\/([^"]*)" rel="next">/)?.[1]) {
    pages.push({ route: r, html: readPage(dist, `${r}index.html`) });
    if (pages.length > 500) throw new Error(`no end to the pages of ${route}`);
  }
  return pages;
}

/** Each group's figures are on exactly one page of its table, in pages of FIGURE_PAGE_SIZE at stable routes. */
function expectPaged(dist: string, prefix: string, ids: string[]): number {
  const pages = walk(dist, prefix);
  const seen = pages.flatMap((p) => rowIds(p.html));
  expect(seen.length, prefix).toBe(ids.length);
  expect([...seen].sort(), prefix).toEqual([...ids].sort());
  expect(
    pages.map((p) => p.route),
    prefix,
  ).toEqual(pages.map((_, i) => listRoute(prefix, i + 1)));
  expect(pages.length, prefix).toBe(Math.max(1, Math.ceil(ids.length / FIGURE_PAGE_SIZE)));
  return pages.length;
}

describe('page bounds on a generated national corpus', () => {
  let root = '';
  let dist = '';
  let figures: FigureInput[] = [];
  const by = (key: (f: FigureInput) => string) => {
    const m = new Map<string, string[]>();
    for (const f of figures) m.set(key(f), [...(m.get(key(f)) ?? []), f.id]);
    return m;
  };

  beforeAll(() => {
    root = copyProject(false);
    for (const [rel, text] of corpusFiles()) {
      mkdirSync(dirname(join(root, rel)), { recursive: true });
      writeFileSync(join(root, rel), text);
    }
    const { corpus, issues } = validateProject(root);
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    const published = new Set(corpus.conferences.filter((c) => isPublic(c.data)).map((c) => c.id));
    figures = corpusFigures(corpus, (id) => published.has(id));
    dist = buildSite({ name: 'page-bounds', root });
  }, 900_000);
  afterAll(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('every indicator and locality page, and every page of their tables, is within its budget', () => {
    // Report pages are not in question here: the corpus gives one report 1,500 figures on purpose.
    const ours = /^(chi-tieu|dia-phuong|du-lieu|so-lieu)\//;
    const { failures, weights } = budgetsGate({ dist, base: '/' }, loadBudgets(ROOT));
    expect(failures.filter((f) => ours.test(f))).toEqual([]);
    expect(weights.filter((w) => w.type === 'chỉ tiêu').length).toBeGreaterThan(3);
    expect(weights.filter((w) => w.type === 'địa phương').length).toBeGreaterThan(3000);
    expect(weights.some((w) => /^chi-tieu\/[^/]+\/trang\/\d+\/index\.html$/.test(w.path))).toBe(true);
  });

  it("every observation is on exactly one page of its indicator's table, 50 rows a page at chi-tieu/<id>/trang/N/", () => {
    const groups = by((f) => f.indicator);
    const pages = [...groups].map(([id, ids]) => expectPaged(dist, ROUTES.indicator(id), ids));
    expect(Math.max(...pages)).toBeGreaterThanOrEqual(10);
  });

  it("every observation is on exactly one page of its locality's table", () => {
    const groups = by((f) => f.unit);
    const pages = [...groups].map(([id, ids]) => expectPaged(dist, ROUTES.unit(id), ids));
    expect(Math.max(...pages)).toBeGreaterThan(1);
  });

  it('an indicator comparison draws at most the cap of bars and says which units it shows', () => {
    const page = readPage(dist, 'chi-tieu/nu-trong-bch-dang-bo-xa/index.html');
    const chart = /<figure class="chart" id="bieu-do-so-sanh-[\s\S]*?<\/figure>/.exec(page)![0];
    const rows = chart.match(/<tbody>[\s\S]*?<\/tbody>/)![0].match(/<tr>/g)!.length;
    expect(rows).toBe(COMPARISON_MAX);
    expect(page).toContain(`Biểu đồ so sánh ${COMPARISON_MAX} trong `);
  });

  it('a locality draws charts of its own figures only, a few, with ids unique on the page', () => {
    for (const p of listFiles(join(dist, 'dia-phuong')).filter((f) => /^[^/]+\/index\.html$/.test(f))) {
      const html = readPage(dist, `dia-phuong/${p}`);
      const ids = [...html.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]!);
      expect(new Set(ids).size, p).toBe(ids.length);
      expect((html.match(/<figure class="chart"/g) ?? []).length, p).toBeLessThanOrEqual(UNIT_CHARTS_MAX);
    }
  });

  it('the open data page lists each table once and does not list every chart', () => {
    const page = readPage(dist, 'du-lieu/index.html');
    const charts = listFiles(join(dist, 'du-lieu', 'bieu-do')).filter((f) => f.endsWith('.csv'));
    expect(charts.length).toBeGreaterThan(200);
    expect((page.match(/href="\/du-lieu\/bieu-do\//g) ?? []).length).toBeLessThan(50);
    expect((page.match(/href="\/du-lieu\/observations\.csv"/g) ?? []).length).toBe(1);
  });
});
