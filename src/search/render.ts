/**
 * DOM for the search page: facet fieldsets (built once, so focus survives updates) and the
 * result list. Text goes in through textContent; only Pagefind's excerpt, which Pagefind
 * escapes and marks up with <mark>, is set as HTML.
 */
import { FACETS, META } from './facets.ts';
import { blockExcerpt } from './html-text.ts';

export interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
export interface PagefindResult {
  id: string;
  data(): Promise<PagefindData>;
}
export interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  /** `filters`: how many of the results carry each value of each facet. */
  search(
    term: string | null,
    o?: Record<string, unknown>,
  ): Promise<{ results: PagefindResult[]; filters?: Record<string, Record<string, number>> } | null>;
}

const collator = new Intl.Collator('vi');

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

/** Options a facet shows before "thêm": the rest, empty and historical ones wait behind it. */
const FACET_VISIBLE = 8;

/**
 * Years newest first; everything else by how many pages carry it, most first, ties in
 * Vietnamese alphabetical order. Ordered once from the site-wide counts, so options do not move
 * under the reader's pointer as a query narrows the counts.
 */
function orderOptions(key: string, counts: Record<string, number>): string[] {
  const values = Object.keys(counts);
  if (key === 'nam') return values.sort().reverse();
  return values.sort((a, b) => (counts[b] ?? 0) - (counts[a] ?? 0) || collator.compare(a, b));
}

/**
 * Facet fieldsets, each option a checkbox. `historical` are values of units that no longer
 * exist (merged provinces): they, empty options and any beyond FACET_VISIBLE fold behind a
 * "thêm" button (see `updateCounts`); a checked option always shows.
 */
export function renderFacets(
  box: HTMLElement,
  global: Record<string, Record<string, number>>,
  historical: ReadonlySet<string> = new Set(),
): void {
  const groups = FACETS.filter(({ key }) => Object.keys(global[key] ?? {}).length > 0).map(({ key, label }, g) => {
    const set = el('fieldset', { class: 'facet' });
    set.append(el('legend', {}, label));
    const ul = el('ul', { id: `loc-${g}` });
    orderOptions(key, global[key]!).forEach((value, i) => {
      const id = `loc-${g}-${i}`;
      const li = el('li', historical.has(value) ? { 'data-historical': '' } : {});
      const input = el('input', { type: 'checkbox', id, name: key, value });
      const lab = el('label', { for: id });
      lab.append(document.createTextNode(`${value} `), el('span', { class: 'facet-count', 'data-count': '' }));
      li.append(input, lab);
      ul.append(li);
    });
    const more = el('button', {
      type: 'button',
      class: 'facet-more',
      'aria-expanded': 'false',
      'aria-controls': ul.id,
      'data-facet-more': '',
    });
    more.hidden = true;
    more.addEventListener('click', () => {
      const open = set.classList.toggle('facet-open');
      more.setAttribute('aria-expanded', String(open));
      moreLabel(set);
    });
    set.append(ul, more);
    return set;
  });
  box.replaceChildren(el('h2', { class: 'visually-hidden' }, 'Bộ lọc'), ...groups);
}

/** "thêm 12 lựa chọn" when folded, "thu gọn" when open; hidden when nothing is folded. */
function moreLabel(set: HTMLElement): void {
  const button = set.querySelector<HTMLButtonElement>('[data-facet-more]')!;
  const folded = set.querySelectorAll('li.facet-folded').length;
  button.hidden = folded === 0;
  button.textContent = set.classList.contains('facet-open') ? 'thu gọn' : `thêm ${folded.toLocaleString('vi-VN')} lựa chọn`;
}

export function updateCounts(box: HTMLElement, counts: Record<string, Record<string, number>>): void {
  for (const set of box.querySelectorAll<HTMLElement>('fieldset.facet')) {
    // Most results first for the current query; not while the reader is inside the facet, where
    // moving an option would move it from under the pointer or the keyboard focus.
    const ul = set.querySelector('ul')!;
    const key = set.querySelector<HTMLInputElement>('input')?.name ?? '';
    if (key !== 'nam' && !set.contains(document.activeElement)) {
      const n = (li: Element) => counts[key]?.[li.querySelector('input')!.value] ?? 0;
      const items = [...ul.children];
      const sorted = [...items].sort((a, b) => n(b) - n(a) || items.indexOf(a) - items.indexOf(b));
      if (sorted.some((li, i) => li !== items[i])) ul.append(...sorted);
    }
    let visible = 0;
    for (const input of set.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
      const n = counts[input.name]?.[input.value] ?? 0;
      const li = input.parentElement!;
      li.querySelector('[data-count]')!.textContent = `(${n.toLocaleString('vi-VN')})`;
      li.classList.toggle('facet-empty', n === 0 && !input.checked);
      // Folded: empty, historical, or past the first FACET_VISIBLE; never a checked option.
      const fold = !input.checked && (n === 0 || li.hasAttribute('data-historical') || visible >= FACET_VISIBLE);
      if (!fold) visible++;
      li.classList.toggle('facet-folded', fold);
    }
    moreLabel(set);
  }
}

/** Appends (or, with `reset`, replaces) results; returns the first new link, for focus. */
export function renderResults(list: HTMLOListElement, data: PagefindData[], reset: boolean): HTMLAnchorElement | undefined {
  if (reset) list.replaceChildren();
  let first: HTMLAnchorElement | undefined;
  for (const d of data) {
    const li = el('li', { class: 'search-result' });
    const h = el('h2', { class: 'search-result-title' });
    const a = el('a', { href: d.url }, d.meta.title ?? d.url);
    first ??= a;
    h.append(a);
    const facts = [d.meta[META.type], d.meta[META.unit], d.meta[META.date]].filter(Boolean).join(' · ');
    li.append(h);
    if (facts) li.append(el('p', { class: 'search-result-meta' }, facts));
    const ex = el('p', { class: 'search-result-excerpt' });
    ex.innerHTML = blockExcerpt(d.excerpt, d.meta.title);
    li.append(ex);
    list.append(li);
  }
  return first;
}
