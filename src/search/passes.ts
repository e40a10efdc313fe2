/**
 * Runs the searches a query plan asks for (src/search/tiers.ts) on one Pagefind instance and
 * returns its results in tiers. `exactDiacritics` is an option of the whole instance, read by each
 * search after it has loaded its chunks, so every search of the page goes through one queue
 * (`serial`): a search never runs under another one's option.
 */
import type { Pagefind, PagefindResult } from './render.ts';
import { rankTiers, type Pass, type QueryPlan } from './tiers.ts';

type Found = Awaited<ReturnType<Pagefind['search']>>;
export type Search = (term: string | null, exact: boolean, o?: Record<string, unknown>) => Promise<Found>;

/** Pagefind's search, one at a time, each with its own `exactDiacritics`. */
export function serial(pf: Pagefind): Search {
  let last: Promise<unknown> = Promise.resolve();
  return (term, exact, o) => {
    const next = last.then(async () => {
      await pf.options({ exactDiacritics: exact });
      return pf.search(term, o);
    });
    last = next.catch(() => undefined);
    return next;
  };
}

/**
 * The plan's results in tiers, or null when the first search gave nothing to show or `stale()`
 * says a newer query has started (its passes then wait no longer). The other passes search the
 * chunks the first one loaded: no further download.
 */
export async function tieredSearch(
  search: Search,
  plan: QueryPlan,
  o: Record<string, unknown> = {},
  stale = () => false,
): Promise<PagefindResult[] | null> {
  const [first, ...rest] = plan.passes;
  const all = await search(first!.term, first!.exact, o);
  if (!all || stale()) return null;
  if (!rest.length || all.results.length < 2) return all.results;
  const found = new Map<Pass['key'], string[]>([['all', all.results.map((r) => r.id)]]);
  for (const p of rest) {
    found.set(
      p.key,
      ((await search(p.term, p.exact, o))?.results ?? []).map((r) => r.id),
    );
    if (stale()) return null;
  }
  const byId = new Map(all.results.map((r) => [r.id, r]));
  return rankTiers(plan, found).map((id) => byId.get(id)!);
}
