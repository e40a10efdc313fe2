/**
 * The search page's script: reads the state from the URL, queries Pagefind (loaded from the
 * base path), renders facets with counts and results, and keeps the URL in step so links are
 * shareable and the back button restores the previous search.
 */
import { withBase } from '../core/paths.ts';
import { FACETS, PAGEFIND_OPTIONS, SORT_KEY, type FacetKey } from './facets.ts';
import { rewriteQuery } from './query.ts';
import { hasFilters, pagefindFilters, searchFromState, stateFromSearch, type SearchState } from './state.ts';
import { renderFacets, renderResults, updateCounts, type Pagefind, type PagefindResult } from './render.ts';

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
let state: SearchState = stateFromSearch(location.search);

// On a phone the filters fold away under their summary, so results come right after the field;
// they stay open on wide screens and whenever the address already carries a filter.
const filters = $<HTMLDetailsElement>('[data-search-filters]');
const wide = matchMedia('(min-width: 48rem)');
filters.open = wide.matches || hasFilters(state);
// The summary is hidden on wide screens: a window widened with the filters folded opens them.
wide.addEventListener('change', () => wide.matches && (filters.open = true));
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

/** Count per facet value: the results if that value were chosen, the other facets kept. */
async function counts(term: string | null, global: Record<string, Record<string, number>>) {
  if (!term && !hasFilters(state)) return global;
  const out: Record<string, Record<string, number>> = {};
  await Promise.all(FACETS.map(async ({ key }) => {
    out[key] = {};
    const others = pagefindFilters(state.filters, key);
    await Promise.all(Object.keys(global[key] ?? {}).map(async (value) => {
      const r = await pf.search(term, { filters: { ...others, [key]: value } });
      out[key]![value] = r?.results.length ?? 0;
    }));
  }));
  return out;
}

async function showMore(): Promise<void> {
  const next = results.slice(shown, shown + PAGE);
  const data = await Promise.all(next.map((r) => r.data()));
  const first = renderResults(list, data, shown === 0);
  shown += next.length;
  more.hidden = shown >= results.length;
  if (shown > PAGE) first?.focus();
}

async function run(global: Record<string, Record<string, number>>): Promise<void> {
  const mine = ++seq;
  const term = rewriteQuery(state.q) || null;
  if (!term && !hasFilters(state)) {
    results = [];
    shown = 0;
    list.replaceChildren();
    more.hidden = true;
    updateCounts(facetBox, global);
    status.textContent = 'Nhập từ khóa hoặc chọn bộ lọc để xem kết quả.';
    return;
  }
  const filters = pagefindFilters(state.filters);
  const [found, c] = await Promise.all([
    pf.search(term, term ? { filters } : { filters, sort: { [SORT_KEY]: 'desc' } }),
    counts(term, global),
  ]);
  if (mine !== seq || !found) return;
  results = found.results;
  shown = 0;
  updateCounts(facetBox, c);
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
  await pf.options(PAGEFIND_OPTIONS);
  await pf.init();
  const global = await pf.filters();
  renderFacets(facetBox, global, new Set(JSON.parse(facetBox.dataset.historical ?? '[]') as string[]));
  syncControls();
  let timer: ReturnType<typeof setTimeout> | undefined;

  field.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      state = { ...state, q: field.value };
      commit(!typingEntry);
      typingEntry = true;
      void run(global);
    }, 200);
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(timer);
    state = { ...state, q: field.value };
    commit(!typingEntry);
    typingEntry = false;
    void run(global);
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
    void run(global);
  });
  more.addEventListener('click', () => void showMore());
  window.addEventListener('popstate', () => {
    state = stateFromSearch(location.search);
    typingEntry = false;
    syncControls();
    void run(global);
  });
  await run(global);
}

start().catch(() => {
  status.textContent = 'Không tải được công cụ tìm kiếm. Vui lòng tải lại trang, hoặc tra cứu theo danh mục.';
  $('[data-search-nojs]').removeAttribute('hidden');
});
