/**
 * The search page's state and its URL: `?q=kiem+nhiem&loai=Nghị+quyết&nam=2021`. Pure, so the
 * URL format is tested without a browser; the URL is the one source of truth (shareable,
 * bookmarkable, restored by the back button).
 */
import { FACETS, type FacetKey } from './facets.ts';

export interface SearchState {
  q: string;
  filters: Record<FacetKey, string[]>;
}

function emptyFilters(): Record<FacetKey, string[]> {
  const out = {} as Record<FacetKey, string[]>;
  for (const f of FACETS) out[f.key] = [];
  return out;
}

/** Reads `location.search`; facet values are NFC so they match the index exactly. */
export function stateFromSearch(search: string): SearchState {
  const p = new URLSearchParams(search);
  const filters = emptyFilters();
  for (const { key } of FACETS)
    filters[key] = [
      ...new Set(
        p
          .getAll(key)
          .map((v) => v.normalize('NFC'))
          .filter(Boolean),
      ),
    ].sort();
  return { q: (p.get('q') ?? '').normalize('NFC'), filters };
}

/** `?q=…&loai=…`, facets in display order and values sorted, so one state has one URL. */
export function searchFromState(s: SearchState): string {
  const p = new URLSearchParams();
  if (s.q.trim()) p.set('q', s.q.trim());
  for (const { key } of FACETS) for (const v of [...s.filters[key]].sort()) p.append(key, v);
  const out = p.toString();
  return out ? `?${out}` : '';
}

export function hasFilters(s: SearchState): boolean {
  return FACETS.some(({ key }) => s.filters[key].length > 0);
}

/** Pagefind filters: values of one facet are alternatives (any), facets combine (all). */
export function pagefindFilters(filters: Record<FacetKey, string[]>, except?: FacetKey): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const { key } of FACETS) if (key !== except && filters[key].length) out[key] = { any: filters[key] };
  return out;
}
