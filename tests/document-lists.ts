/**
 * What a built site's document lists must hold (each list exactly its documents, once, newest
 * first, in pages of PAGE_SIZE), for the fixture site (`npm test`) and a generated one
 * (`npm run test:build`).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Entry } from '../src/checks/engine.ts';
import { DOCUMENT_LISTS, PAGE_SIZE, uniqueSlugs, yearKey } from '../src/site/model/archive.ts';
import type { DocumentData } from '../src/schemas/document.ts';
import { compareNewestFirst } from '../src/core/partial-date.ts';
import { readPage } from './site.ts';

export type Doc = Entry<DocumentData>;

/** Ids of the documents listed on a built page, in order. */
export function listed(html: string): string[] {
  const lists = html.match(/<ul class="doc-list">[\s\S]*?<\/ul>/g) ?? [];
  return lists.flatMap((ul) => [...ul.matchAll(/href="\/van-ban\/([a-z0-9-]+)\/"/g)].map((m) => m[1]!));
}

interface ListPage {
  route: string;
  html: string;
  ids: string[];
}

/** Every page of the list starting at `route`, following rel="next" from page 1. */
export function walk(dist: string, route: string): ListPage[] {
  const pages: ListPage[] = [];
  for (let r: string | undefined = route; r;) {
    const html = readPage(dist, `${r}index.html`);
    pages.push({ route: r, html, ids: listed(html) });
    r = html.match(/<a href="\/([^"]*)" rel="next">/)?.[1];
    if (pages.length > 1000) throw new Error(`no end to the pages of ${route}`);
  }
  return pages;
}

/** The groups of documents by kind, year and issuer, with the route each list starts at. */
export function groups(docs: Doc[]): { route: string; ids: string[] }[] {
  const by = (key: (d: Doc) => string, route: (k: string) => string) => {
    const m = new Map<string, string[]>();
    for (const d of docs) m.set(key(d), [...(m.get(key(d)) ?? []), d.id]);
    return [...m].map(([k, ids]) => ({ route: route(k), ids }));
  };
  const slugs = uniqueSlugs(docs.map((d) => d.data.issuer));
  return [
    ...by((d) => d.data.kind, DOCUMENT_LISTS.kind),
    ...by((d) => yearKey(d.data.issued), DOCUMENT_LISTS.year),
    ...by((d) => slugs.get(d.data.issuer)!, DOCUMENT_LISTS.issuer),
  ];
}

/** Each list holds exactly its documents, each once, newest first, in pages of PAGE_SIZE. */
export function expectLists(dist: string, docs: Doc[]): void {
  const issued = new Map(docs.map((d) => [d.id, d.data.issued]));
  for (const g of groups(docs)) {
    const pages = walk(dist, g.route);
    const ids = pages.flatMap((p) => p.ids);
    expect(ids.length, g.route).toBe(g.ids.length);
    expect([...ids].sort(), g.route).toEqual([...g.ids].sort());
    const dates = ids.map((id) => issued.get(id)!);
    // Newest first, undated documents last.
    expect(dates, g.route).toEqual([...dates].sort(compareNewestFirst));
    expect(
      pages.map((p) => p.ids.length),
      g.route,
    ).toEqual(pages.map((_, i) => Math.min(PAGE_SIZE, g.ids.length - i * PAGE_SIZE)));
    expect(
      pages.map((p) => p.route),
      g.route,
    ).toEqual(pages.map((_, i) => (i === 0 ? g.route : `${g.route}trang/${i + 1}/`)));
    expect(existsSync(join(dist, g.route, 'trang/1')), g.route).toBe(false);
  }
}
