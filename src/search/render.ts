/**
 * DOM for the search page: facet fieldsets (built once, so focus survives updates) and the
 * result list. Text goes in through textContent; only Pagefind's excerpt, which Pagefind
 * escapes and marks up with <mark>, is set as HTML.
 */
import { FACETS, META } from './facets.ts';

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
  search(term: string | null, o?: Record<string, unknown>): Promise<{ results: PagefindResult[] } | null>;
}

const collator = new Intl.Collator('vi');

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

/** Years newest first, everything else in Vietnamese alphabetical order. */
function order(key: string, values: string[]): string[] {
  return key === 'nam' ? values.sort().reverse() : values.sort(collator.compare);
}

export function renderFacets(box: HTMLElement, global: Record<string, Record<string, number>>): void {
  const groups = FACETS.filter(({ key }) => Object.keys(global[key] ?? {}).length > 0).map(({ key, label }, g) => {
    const set = el('fieldset', { class: 'facet' });
    set.append(el('legend', {}, label));
    const ul = el('ul');
    order(key, Object.keys(global[key]!)).forEach((value, i) => {
      const id = `loc-${g}-${i}`;
      const li = el('li');
      const input = el('input', { type: 'checkbox', id, name: key, value });
      const lab = el('label', { for: id });
      lab.append(document.createTextNode(`${value} `), el('span', { class: 'facet-count', 'data-count': '' }));
      li.append(input, lab);
      ul.append(li);
    });
    set.append(ul);
    return set;
  });
  box.replaceChildren(el('h2', { class: 'visually-hidden' }, 'Bộ lọc'), ...groups);
}

export function updateCounts(box: HTMLElement, counts: Record<string, Record<string, number>>): void {
  for (const input of box.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
    const n = counts[input.name]?.[input.value] ?? 0;
    const span = input.parentElement!.querySelector('[data-count]')!;
    span.textContent = `(${n.toLocaleString('vi-VN')})`;
    input.parentElement!.classList.toggle('facet-empty', n === 0 && !input.checked);
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
    ex.innerHTML = d.excerpt;
    li.append(ex);
    list.append(li);
  }
  return first;
}
