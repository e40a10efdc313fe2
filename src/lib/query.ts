/**
 * The one module that reads the content collections. Pages import from here; everything
 * derived (backlinks, figures per unit, flags, hierarchy) is computed once per build.
 */
import { readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import type { DocumentData } from '../schemas/document.ts';
import type { ConferenceData } from '../schemas/conference.ts';
import type { Unit } from '../schemas/unit.ts';
import type { Indicator } from '../schemas/indicator.ts';
import type { Observation } from '../schemas/observation.ts';
import { deriveFigures, type DerivedFigure } from './figures.ts';
import { groupBy } from './archive.ts';

export type DocumentEntry = CollectionEntry<'documents'> & { data: DocumentData & { file: string; htmlFile?: string; cites?: string[] } };
export type ConferenceEntry = CollectionEntry<'conferences'> & { data: ConferenceData & { file: string; htmlFile?: string; cites?: string[] } };

export type Figure = DerivedFigure<ConferenceEntry>;

export interface Site {
  documents: DocumentEntry[];
  conferences: ConferenceEntry[];
  units: Unit[];
  indicators: Indicator[];
  figures: Figure[];
  document(id: string): DocumentEntry | undefined;
  conference(id: string): ConferenceEntry | undefined;
  unit(id: string): Unit | undefined;
  indicator(id: string): Indicator | undefined;
  /** Units from the given one up to the country. */
  ancestors(unitId: string): Unit[];
  children(unitId: string): Unit[];
  /** The unit and every unit below it. */
  descendants(unitId: string): Set<string>;
  /** Documents implementing / superseding this one. */
  implementedBy(docId: string): DocumentEntry[];
  supersededBy(docId: string): DocumentEntry[];
  /** Reports that list the document or mention it in their text. */
  citedBy(docId: string): ConferenceEntry[];
  /** Documents whose text mentions this one. */
  mentionedInDocuments(docId: string): DocumentEntry[];
  figuresOf(conferenceId: string): Figure[];
  /** Figures, reports and documents about one unit (not the units under it). */
  figuresOfUnit(unitId: string): Figure[];
  conferencesOfUnit(unitId: string): ConferenceEntry[];
  documentsOfUnit(unitId: string): DocumentEntry[];
  figuresOfIndicator(indicatorId: string): Figure[];
}


const byDateDesc = <T>(date: (x: T) => string) => (a: T, b: T) => date(b).localeCompare(date(a));

let cached: Promise<Site> | undefined;

export function site(): Promise<Site> {
  // In preview, content changes while the server runs: derive again on every request.
  if (import.meta.env.DEV) return load();
  cached ??= load();
  return cached;
}

/** Documents an article cites in its text (resolved mentions and `<DocRef>`), from the loader. */
function mentionIds(entry: { data: { cites?: string[] } }): string[] {
  return entry.data.cites ?? [];
}

/** The article's compiled HTML, written by the loader beside the data store. */
export function articleHtml(entry: { data: { htmlFile?: string } }): string {
  return entry.data.htmlFile ? readFileSync(entry.data.htmlFile, 'utf8') : '';
}

async function load(): Promise<Site> {
  const documents = ((await getCollection('documents')) as DocumentEntry[]).sort(byDateDesc((d) => d.data.issued));
  const conferences = ((await getCollection('conferences')) as ConferenceEntry[]).sort(byDateDesc((c) => c.data.held));
  const units = (await getCollection('units')).map((u) => u.data as unknown as Unit);
  const indicators = (await getCollection('indicators')).map((i) => i.data as unknown as Indicator);
  const rows = (await getCollection('observations')).map((o) => o.data as unknown as Observation & { row: number });

  const docById = new Map(documents.map((d) => [d.id, d]));
  const confById = new Map(conferences.map((c) => [c.id, c]));
  const unitById = new Map(units.map((u) => [u.id, u]));
  const indById = new Map(indicators.map((i) => [i.id, i]));

  const figures: Figure[] = deriveFigures(rows.map((data) => ({ row: data.row, data })), indById, unitById, confById);

  const childrenOf = groupBy(units.filter((u) => u.parent), (u) => u.parent!);
  const figuresByConference = groupBy(figures, (f) => f.conference);
  const figuresByUnit = groupBy(figures, (f) => f.unit);
  const figuresByIndicator = groupBy(figures, (f) => f.indicator);
  const conferencesByUnit = groupBy(conferences, (c) => c.data.unit);
  const documentsByUnit = groupBy(documents, (d) => d.data.unit);
  const implementedByMap = new Map<string, DocumentEntry[]>();
  const supersededByMap = new Map<string, DocumentEntry[]>();
  for (const d of documents) {
    for (const id of d.data.implements ?? []) (implementedByMap.get(id) ?? implementedByMap.set(id, []).get(id)!).push(d);
    for (const id of d.data.supersedes ?? []) (supersededByMap.get(id) ?? supersededByMap.set(id, []).get(id)!).push(d);
  }
  const mentionedIn = new Map<string, DocumentEntry[]>();
  for (const d of documents) for (const id of mentionIds(d)) if (id !== d.id) (mentionedIn.get(id) ?? mentionedIn.set(id, []).get(id)!).push(d);

  const citedBy = new Map<string, Set<string>>();
  const cite = (docId: string, confId: string) => citedBy.set(docId, (citedBy.get(docId) ?? new Set()).add(confId));
  for (const c of conferences) {
    for (const d of c.data.documents ?? []) cite(d, c.id);
    for (const d of mentionIds(c)) cite(d, c.id);
  }

  const s: Site = {
    documents,
    conferences,
    units,
    indicators,
    figures,
    document: (id) => docById.get(id),
    conference: (id) => confById.get(id),
    unit: (id) => unitById.get(id),
    indicator: (id) => indById.get(id),
    ancestors(unitId) {
      const out: Unit[] = [];
      for (let u = unitById.get(unitId); u && out.length < 10; u = u.parent ? unitById.get(u.parent) : undefined) out.push(u);
      return out;
    },
    children: (unitId) => (childrenOf.get(unitId) ?? []).sort((a, b) => a.name.localeCompare(b.name, 'vi')),
    descendants(unitId) {
      const out = new Set<string>([unitId]);
      const stack = [unitId];
      while (stack.length) for (const c of childrenOf.get(stack.pop()!) ?? []) if (!out.has(c.id)) (out.add(c.id), stack.push(c.id));
      return out;
    },
    implementedBy: (docId) => implementedByMap.get(docId) ?? [],
    supersededBy: (docId) => supersededByMap.get(docId) ?? [],
    citedBy: (docId) => [...(citedBy.get(docId) ?? [])].map((id) => confById.get(id)!).sort(byDateDesc((c) => c.data.held)),
    mentionedInDocuments: (docId) => mentionedIn.get(docId) ?? [],
    figuresOf: (confId) => figuresByConference.get(confId) ?? [],
    figuresOfUnit: (unitId) => figuresByUnit.get(unitId) ?? [],
    conferencesOfUnit: (unitId) => conferencesByUnit.get(unitId) ?? [],
    documentsOfUnit: (unitId) => documentsByUnit.get(unitId) ?? [],
    figuresOfIndicator: (id) => figuresByIndicator.get(id) ?? [],
  };
  return s;
}
