/**
 * The search page's script: reads the state from the URL, queries Pagefind (loaded from the
 * base path), renders results and, once the reader opens the filters, facets with counts, and
 * keeps the URL in step so links are shareable and the back button restores the previous search.
 *
 * What a first query costs a reader on a phone is what this file decides: the facets' filter
 * files grow with the site (every page in every value), so they are fetched only when the filter
 * panel opens (by the reader, or because the address carries a filter), and their counts follow
 * the results. Pagefind runs on the page's own thread: its worker script is one more download,
 * and a query's work is milliseconds. A query's results come in tiers (src/search/tiers.ts): a
 * few more searches over the chunks its first search loaded, run one at a time (passes.ts).
 * Each result shown is one more file (its record, with the page's text for the excerpt): the
 * first screen shows `FIRST` of them, a phone's screenful, and "Xem thêm" `PAGE` more each time.
 */
import { withBase } from '../core/paths.ts';
import { FACETS, PAGEFIND_OPTIONS, SORT_KEY, type FacetKey } from './facets.ts';
import { serial, tieredSearch, type Search } from './passes.ts';
import { planQuery } from './tiers.ts';
import { hasFilters, pagefindFilters, searchFromState, stateFromSearch, type SearchState } from './state.ts';
import { renderFacets, renderResults, updateCounts, type Pagefind, type PagefindResult } from './render.ts';

const FIRST = 5;
const PAGE = 10;

const $ = <T extends Element>(sel: string) => document.querySelector<T>(sel)!;
const form = $<HTMLFormElement>('[data-search-form]');
const field = $<HTMLInputElement>('#tu-khoa');
const status = $<HTMLElement>('[data-search-status]');
const list = $<HTMLOListElement>('[data-search-list]');
const more = $<HTMLButtonElement>('[data-search-more]');
const facetBox = $<HTMLElement>('[data-search-facets]');

$('[data-search-nojs]').setAttribute('hidden', '');
form.hidden = false;

let pf: Pagefind;
/** Every search of the page, one at a time (src/search/passes.ts). */
let search: Search;
let state: SearchState = stateFromSearch(location.search);

// The filters fold away under their summary, so results come right after the field and the
// facets cost nothing until wanted; they open by themselves when the address carries a filter.
const filters = $<HTMLDetailsElement>('[data-search-filters]');
filters.open = hasFilters(state);
/** Every facet value with its site-wide count, once the filter panel has been opened. */
let global: Record<string, Record<string, number>> | undefined;
let facetsLoading: Promise<Record<string, Record<string, number>>> | undefined;
let results: PagefindResult[] = [];
let shown = 0;
let seq = 0;
/** The current history entry was made by typing: further keystrokes replace it, not add to it. */
let typingEntry = false;

const fmt = (n: number) => n.toLocaleString('vi-VN');

function syncControls(): void {
  field.value = state.q;
  for (const box of facetBox.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
    box.checked = state.filters[box.name as FacetKey]?.includes(box.value) ?? false;
  }
}

function commit(push: boolean): void {
  const url = `${location.pathname}${searchFromState(state)}`;
  if (url === `${location.pathname}${location.search}`) return;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}

/**
 * Count per facet value: the results if that value were chosen, the other facets kept. One search
 * per facet, with the other facets' filters: Pagefind counts each value among its results (a
 * search per value took thousands of searches for the localities of a national site).
 */
async function counts(term: string | null, global: Record<string, Record<string, number>>) {
  if (!term && !hasFilters(state)) return global;
  const out: Record<string, Record<string, number>> = {};
  await Promise.all(
    FACETS.map(async ({ key }) => {
      const others = pagefindFilters(state.filters, key);
      // Nothing to search by: every page counts, as in the site-wide counts.
      if (!term && !Object.keys(others).length) {
        out[key] = global[key] ?? {};
        return;
      }
      const found = (await search(term, false, { filters: others }))?.filters?.[key] ?? {};
      out[key] = Object.fromEntries(Object.keys(global[key] ?? {}).map((value) => [value, found[value] ?? 0]));
    }),
  );
  return out;
}

async function showMore(): Promise<void> {
  const start = shown === 0;
  const next = results.slice(shown, shown + (start ? FIRST : PAGE));
  const data = await Promise.all(next.map((r) => r.data()));
  const first = renderResults(list, data, start);
  shown += next.length;
  more.hidden = shown >= results.length;
  if (!start) first?.focus();
}

/** Fetches the facets (all of Pagefind's filter files) once, and draws them. */
function loadFacets(): Promise<Record<string, Record<string, number>>> {
  facetsLoading ??= pf.filters().then((all) => {
    renderFacets(facetBox, all, new Set(JSON.parse(facetBox.dataset.historical ?? '[]') as string[]));
    global = all;
    syncControls();
    return all;
  });
  return facetsLoading;
}

/** The facet counts for the current state, drawn unless another search has started since. */
async function showCounts(mine: number): Promise<void> {
  if (!global) return;
  const c = await counts(planQuery(state.q)?.term ?? null, global);
  if (mine === seq) updateCounts(facetBox, c);
}

async function run(): Promise<void> {
  const mine = ++seq;
  const plan = planQuery(state.q);
  const term = plan?.term ?? null;
  void showCounts(mine);
  if (!term && !hasFilters(state)) {
    results = [];
    shown = 0;
    list.replaceChildren();
    more.hidden = true;
    status.textContent = 'Nhập từ khóa hoặc chọn bộ lọc để xem kết quả.';
    return;
  }
  const filters = pagefindFilters(state.filters);
  // A query's results in tiers: the words typed with marks first, then names, phrases (tiers.ts).
  const found = plan
    ? await tieredSearch(search, plan, { filters }, () => mine !== seq)
    : (await search(null, false, { filters, sort: { [SORT_KEY]: 'desc' } }))?.results;
  if (mine !== seq || !found) return;
  results = found;
  shown = 0;
  await showMore();
  if (mine !== seq) return;
  const q = state.q.trim();
  const what = q ? ` cho “${q}”` : '';
  const filtered = hasFilters(state) ? ' với bộ lọc đã chọn' : '';
  status.textContent = results.length
    ? `Tìm thấy ${fmt(results.length)} kết quả${what}${filtered}.`
    : `Không tìm thấy kết quả nào${what}${filtered}. Thử gõ ít từ hơn hoặc bỏ bớt bộ lọc.`;
}

async function start(): Promise<void> {
  pf = (await import(/* @vite-ignore */ withBase(import.meta.env.BASE_URL, 'pagefind/pagefind.js'))) as Pagefind;
  await pf.options({ ...PAGEFIND_OPTIONS, noWorker: true });
  await pf.init();
  search = serial(pf);
  if (filters.open) await loadFacets();
  syncControls();
  filters.addEventListener('toggle', () => {
    if (filters.open && !global) void loadFacets().then(() => showCounts(seq));
  });
  let timer: ReturnType<typeof setTimeout> | undefined;

  field.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      state = { ...state, q: field.value };
      commit(!typingEntry);
      typingEntry = true;
      void run();
    }, 200);
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(timer);
    state = { ...state, q: field.value };
    commit(!typingEntry);
    typingEntry = false;
    void run();
  });
  facetBox.addEventListener('change', (e) => {
    const box = e.target as HTMLInputElement;
    const key = box.name as FacetKey;
    const values = new Set(state.filters[key]);
    if (box.checked) values.add(box.value);
    else values.delete(box.value);
    state = { ...state, q: field.value, filters: { ...state.filters, [key]: [...values].sort() } };
    commit(true);
    typingEntry = false;
    void run();
  });
  more.addEventListener('click', () => void showMore());
  window.addEventListener('popstate', () => {
    state = stateFromSearch(location.search);
    typingEntry = false;
    syncControls();
    void run();
  });
  await run();
}

start().catch(() => {
  status.textContent = 'Không tải được công cụ tìm kiếm. Vui lòng tải lại trang, hoặc tra cứu theo danh mục.';
  $('[data-search-nojs]').removeAttribute('hidden');
});
