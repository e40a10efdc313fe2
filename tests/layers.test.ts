/**
 * The source tree is layered: a module imports its own layer or lower ones, never higher, and
 * no folder or file imports itself back through others. The README's "How it is built" table
 * names the same layers.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..', 'src');
const ROOT = dirname(SRC);

/** Layers from the floor up, with the top-level entries of src/ each holds. */
export const LAYERS: readonly (readonly string[])[] = [
  ['core'],
  ['schemas', 'mdx'],
  ['domain', 'docnumber', 'charts', 'editor', 'corpus'],
  ['extract', 'search'],
  ['checks', 'import'],
  ['articles'],
  ['collections'],
  ['site'],
  ['build', 'components', 'layouts', 'pages', 'styles', 'middleware.ts', 'content.config.ts', 'env.d.ts'],
];

/**
 * The first layer allowed to read the portal's configuration (portal.config.ts): the article
 * renderer (each chart's citation names the portal) and the layers above it.
 */
const CONFIG_LAYER = LAYERS.findIndex((l) => l.includes('articles'));

function layerOf(file: string): number {
  const top = relative(SRC, file).split('/')[0]!;
  const i = LAYERS.findIndex((l) => l.includes(top));
  if (i < 0) throw new Error(`${relative(ROOT, file)} is in no layer: add its folder to LAYERS`);
  return i;
}

/** The folder (or top-level file) of src/ a module belongs to. */
const unitOf = (file: string) => relative(SRC, file).split('/')[0]!;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === '__snapshots__' ? [] : sources(p);
    return /\.(ts|astro)$/.test(name) && !/\.test\.ts$/.test(name) ? [p] : [];
  });
}

const SPEC = /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Project files a module imports (relative specifiers only; packages are not layers). */
export function importsOf(file: string, text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(SPEC)) {
    const spec = m[1] ?? m[2]!;
    if (spec.startsWith('.')) out.push(resolve(dirname(file), spec.split('?')[0]!));
  }
  return out;
}

export interface Violation {
  from: string;
  to: string;
  why: string;
}

/** Imports that run up a layer, or out of src/ from below the articles layer. */
export function upwardImports(graph: Map<string, string[]>): Violation[] {
  const out: Violation[] = [];
  for (const [from, tos] of graph) {
    for (const to of tos) {
      const rel = (p: string) => relative(ROOT, p);
      if (!to.startsWith(SRC + '/')) {
        if (layerOf(from) < CONFIG_LAYER)
          out.push({ from: rel(from), to: rel(to), why: 'only the article renderer and the layers above read the portal config' });
        continue;
      }
      if (layerOf(to) > layerOf(from))
        out.push({ from: rel(from), to: rel(to), why: `layer ${layerOf(from)} imports layer ${layerOf(to)}` });
    }
  }
  return out;
}

/** Strongly connected components of more than one node (Tarjan): each is a cycle. */
export function cycles(edges: Map<string, Set<string>>): string[][] {
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const comp: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        comp.push(w);
      } while (w !== v);
      if (comp.length > 1) out.push(comp.sort());
    }
  };
  for (const v of edges.keys()) if (!idx.has(v)) visit(v);
  return out;
}

function projectGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const f of sources(SRC)) graph.set(f, importsOf(f, readFileSync(f, 'utf8')));
  return graph;
}

describe('the source layers', () => {
  const graph = projectGraph();

  it('every module of src/ belongs to a layer and imports only its own layer or lower ones', () => {
    expect(graph.size).toBeGreaterThan(100);
    expect(upwardImports(graph)).toEqual([]);
  });

  it('no folder of src/ imports itself back through another folder', () => {
    const folders = new Map<string, Set<string>>();
    for (const [from, tos] of graph) {
      for (const to of tos) {
        if (!to.startsWith(SRC + '/') || unitOf(to) === unitOf(from)) continue;
        folders.set(unitOf(from), (folders.get(unitOf(from)) ?? new Set()).add(unitOf(to)));
      }
    }
    expect(cycles(folders)).toEqual([]);
  });

  it('no module imports itself back through other modules', () => {
    const files = new Map([...graph].map(([f, tos]) => [relative(ROOT, f), new Set(tos.map((t) => relative(ROOT, t)))]));
    expect(cycles(files)).toEqual([]);
  });

  it('the checks catch what they are for: an upward import, a folder cycle and a file cycle', () => {
    const a = join(SRC, 'core', 'x.ts');
    const b = join(SRC, 'site', 'y.ts');
    expect(upwardImports(new Map([[a, [b]]]))).toEqual([{ from: 'src/core/x.ts', to: 'src/site/y.ts', why: 'layer 0 imports layer 7' }]);
    expect(upwardImports(new Map([[a, [join(ROOT, 'portal.config.ts')]]]))).toHaveLength(1);
    expect(upwardImports(new Map([[b, [a]]]))).toEqual([]);
    expect(
      cycles(
        new Map([
          ['mdx', new Set(['checks'])],
          ['checks', new Set(['mdx'])],
        ]),
      ),
    ).toEqual([['checks', 'mdx']]);
    expect(
      cycles(
        new Map([
          ['a', new Set(['b'])],
          ['b', new Set(['c'])],
          ['c', new Set(['a'])],
        ]),
      ),
    ).toEqual([['a', 'b', 'c']]);
    expect(
      importsOf(
        a,
        "import { f } from '../site/y.ts';\nimport type { T } from './t.ts';\nexport { g } from './g.ts';\nconst m = await import('../z.ts');",
      ),
    ).toEqual([b, join(SRC, 'core', 't.ts'), join(SRC, 'core', 'g.ts'), join(SRC, 'z.ts')]);
  });
});
