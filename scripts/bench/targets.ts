/**
 * The benchmark's targets, each printed beside the figure it bounds. Where the targets name no
 * bound for a size, the nearest larger size's bound is used and the row says so.
 */

/** The first query a reader types: it matches most pages. */
export const FIRST_QUERY = 'kiêm nhiệm';
/** Typed next on the same page, each after the previous one (the cache warm). */
export const LATER_QUERIES = ['bí thư chi bộ', 'dang uy xa', '34-KL/TW'];
/**
 * Words typed with marks after those, each one of a tone-minimal pair: the share of the first
 * results holding the very word is the benchmark's precision figure (not a byte figure).
 */
export const MARKED_QUERIES = ['tính', 'tỉnh', 'bộ', 'bố', 'trí', 'trì', 'cấp', 'cập', 'dân', 'dẫn', 'thế', 'thể'];

/** The figures of one run that the targets bound (bench-results/*.json). */
export interface Figures {
  ours: { wallS: number; peakRssMb: number; [more: string]: unknown };
  /** Absent when the run measured the search alone (`--search-only`). */
  rebuild?: { wallS: number; [more: string]: unknown };
  /** A rebuild after each kind of edit of one report; `rebuild` is the body edit's. */
  rebuilds?: Partial<Record<'body' | 'title' | 'figure', { wallS: number; [more: string]: unknown }>>;
  /** `npm run dev` at 1,000 articles or fewer: each edit, save to the page showing it. */
  dev?: { readyS: number; firstPageS: number; editsS: number[] };
  bare?: { wallS: number; [more: string]: unknown };
  /** The Pagefind CLI over bare Astro's output: with it, the bare side has a search index too. */
  barePagefind?: { wallS: number; [more: string]: unknown };
  search?: { first: { gzipBytes: number }; later: { gzipBytes: number; query: string }[] };
  rows?: { rows: number; totalMs: number; peakRssMb: number; [more: string]: unknown };
}

export interface TargetRow {
  figure: string;
  measured: string;
  target: string;
  /** Undefined when the figure was not measured in this run. */
  met?: boolean;
}

/** Bound by size: the first of `bounds` whose size is at least `articles`, else the last. */
function bound(articles: number, bounds: [number, number][]): { value: number; note: string } {
  const hit = bounds.find(([size]) => articles <= size) ?? bounds.at(-1)!;
  const exact = bounds.some(([size]) => size === articles);
  return { value: hit[1], note: exact ? '' : ` (${hit[0].toLocaleString('en')} articles' bound)` };
}

export function targetRows(articles: number, r: Figures): TargetRow[] {
  const kb = (b: number) => `${Math.round(b / 1024)} KB`;
  const rows: TargetRow[] = [];
  const firstBound = bound(articles, [
    [1000, 120],
    [10000, 250],
  ]);
  const s = r.search;
  rows.push({
    figure: 'first search query, cold cache, gzip',
    measured: s ? kb(s.first.gzipBytes) : 'not measured',
    target: `≤ ${firstBound.value} KB${firstBound.note}`,
    met: s ? s.first.gzipBytes <= firstBound.value * 1024 : undefined,
  });
  const worst = s?.later.reduce<{ gzipBytes: number; query: string } | undefined>(
    (w, q) => (!w || q.gzipBytes > w.gzipBytes ? q : w),
    undefined,
  );
  rows.push({
    figure: 'later query (largest), gzip',
    measured: worst ? `${kb(worst.gzipBytes)} (“${worst.query}”)` : 'not measured',
    target: '≤ 30 KB',
    met: worst ? worst.gzipBytes <= 30 * 1024 : undefined,
  });
  // The rebuild against the cold build of the same corpus in the same run: a ratio, so a loaded
  // machine slows both sides.
  const rebuilds = r.rebuilds ?? (r.rebuild ? { body: r.rebuild } : {});
  for (const kind of ['body', 'title', 'figure'] as const) {
    const m = rebuilds[kind];
    if (!m && kind !== 'body') continue;
    const ratio = m ? m.wallS / r.ours.wallS : undefined;
    rows.push({
      figure: `rebuild after one article edited (${kind}) / cold build`,
      measured: ratio === undefined ? 'not measured (--search-only)' : `${ratio.toFixed(2)}× (${m!.wallS.toFixed(1)} s)`,
      target: '≤ 0.2×',
      met: ratio === undefined ? undefined : ratio <= 0.2,
    });
  }
  // Bare Astro on the same MDX, plus the Pagefind CLI on its output: both sides have an index.
  const baseline = r.bare && r.barePagefind ? r.bare.wallS + r.barePagefind.wallS : undefined;
  const ratio = baseline === undefined ? undefined : r.ours.wallS / baseline;
  rows.push({
    figure: 'cold build / (bare Astro + Pagefind CLI), wall',
    measured: ratio === undefined ? 'not measured (--skip-bare)' : `${ratio.toFixed(2)}× (${baseline!.toFixed(1)} s)`,
    target: '≤ 1.2×',
    met: ratio === undefined ? undefined : ratio <= 1.2,
  });
  const distBound = bound(articles, [[10000, 300]]);
  const dist = (r.ours as { dist?: { bytes: number } }).dist;
  rows.push({
    figure: 'dist/ of the cold build',
    measured: dist ? `${(dist.bytes / 1e6).toFixed(1)} MB` : 'not measured',
    target: `≤ ${distBound.value} MB${distBound.note}`,
    // A bound stated for 10,000 articles says nothing of a smaller site's output.
    met: dist && !distBound.note ? dist.bytes <= distBound.value * 1e6 : undefined,
  });
  if (articles <= 1000) {
    const worstEdit = r.dev ? Math.max(...r.dev.editsS) : undefined;
    rows.push({
      figure: 'npm run dev: an edit visible on its page (slowest of five)',
      measured: r.dev
        ? `${worstEdit!.toFixed(2)} s (each: ${r.dev.editsS.join(', ')} s; first page ${r.dev.firstPageS} s)`
        : 'not measured',
      target: `≤ 2 s${articles === 1000 ? '' : ' (1,000 articles’ bound)'}`,
      met: worstEdit === undefined ? undefined : worstEdit <= 2,
    });
  }
  rows.push({
    figure: 'peak memory of the cold build',
    measured: `${(r.ours.peakRssMb / 1024).toFixed(2)} GB`,
    target: '≤ 3 GB',
    met: r.ours.peakRssMb <= 3 * 1024,
  });
  const rw = r.rows;
  rows.push({
    figure: `${rw ? rw.rows.toLocaleString('en') : '1,000,000'} observation rows: parse, validate, cross-check`,
    measured: rw ? `${(rw.totalMs / 1000).toFixed(2)} s` : 'not measured (--skip-rows)',
    target: '≤ 2 s',
    met: rw ? rw.totalMs <= 2000 : undefined,
  });
  rows.push({
    figure: 'the same, peak memory',
    measured: rw ? `${(rw.peakRssMb / 1024).toFixed(2)} GB` : 'not measured (--skip-rows)',
    target: '≤ 1 GB',
    met: rw ? rw.peakRssMb <= 1024 : undefined,
  });
  return rows;
}
