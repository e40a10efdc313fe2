/**
 * The site model: everything pages show, derived once from the validated corpus (backlinks,
 * figures per unit, flags, hierarchy, labels). A plain function of its inputs, so the view models
 * built on it are unit-tested without Astro; src/site/model/query.ts reads the collections into it.
 */
import type { CollectionEntry } from 'astro:content';
import { reportDate } from '../../schemas/conference.ts';
import { compareNewestFirst, type MaybeDate } from '../../core/partial-date.ts';
import type { Unit } from '../../schemas/unit.ts';
import type { Indicator } from '../../schemas/indicator.ts';
import type { Observation } from '../../schemas/observation.ts';
import { deriveFigures, type DerivedFigure } from '../../domain/figures.ts';
import { lineage } from '../../domain/units.ts';
import { documentRelations } from '../../domain/documents.ts';
import { groupBy } from '../../core/group.ts';
import { labelsOf, provinceOf } from '../../domain/unit-labels.ts';
import { valueDigest } from './reads.ts';
import { relatedIndex, type RelatedIndex } from './related.ts';

/** The collections' entries, typed by the schemas declared in content.config.ts. */
export type DocumentEntry = CollectionEntry<'documents'>;
export type ConferenceEntry = CollectionEntry<'conferences'>;

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
  /** The unit as readers see it beside others (`domain/unit-labels.ts`); the id when unknown. */
  label(unitId: string): string;
  /** The province a unit lies in (itself for a province). */
  province(unitId: string): Unit | undefined;
  /** Units from the given one up to the country. */
  ancestors(unitId: string): Unit[];
  children(unitId: string): Unit[];
  /** The unit and every unit below it. */
  descendants(unitId: string): Set<string>;
  /** Documents implementing / superseding this one, as their stated fields say. */
  implementedBy(docId: string): DocumentEntry[];
  supersededBy(docId: string): DocumentEntry[];
  /** Reports that list the document or mention it in their text (not in an editor's note). */
  citedBy(docId: string): ConferenceEntry[];
  /**
   * Documents whose summary (the editor's text on their page) names this one: a link from that
   * page, never a citation by the document (src/domain/documents.ts: documentRelations).
   */
  namedInSummaryOf(docId: string): DocumentEntry[];
  figuresOf(conferenceId: string): Figure[];
  /** Figures, reports and documents about one unit (not the units under it). */
  figuresOfUnit(unitId: string): Figure[];
  conferencesOfUnit(unitId: string): ConferenceEntry[];
  documentsOfUnit(unitId: string): DocumentEntry[];
  figuresOfIndicator(indicatorId: string): Figure[];
  /** Related reading's facts and finder (`related.ts`), derived once. */
  related(): RelatedIndex;
  /**
   * A digest of everything a page may show of the site except the articles' bodies: every
   * entry's data (with the documents its text cites), every table, the portal's identity, and
   * the code. Which reports are public on the build's day is in it too: the loader leaves the
   * others out of the collection. See `pageKey`.
   */
  structureKey: string;
  /** A digest of the code and the portal's configuration alone: part of every page's key. */
  codeKey: string;
}

// Newest first; a month or a year after the days it may be, undated entries last (src/core/partial-date.ts).
const byDateDesc =
  <T>(date: (x: T) => MaybeDate) =>
  (a: T, b: T) =>
    compareNewestFirst(date(a), date(b));

/**
 * Documents an article cites in its text (resolved mentions and `<DocRef>`), from the loader; a
 * document named only in an editor's note (`named`) is not among them.
 */
function mentionIds(entry: { data: { cites?: string[] } }): string[] {
  return entry.data.cites ?? [];
}

/** What the model is built from: the collections' entries, each table's rows, and the key of it all. */
export interface SiteParts {
  documents: DocumentEntry[];
  conferences: ConferenceEntry[];
  units: Unit[];
  indicators: Indicator[];
  /** The observations, each with its spreadsheet row number. */
  rows: (Observation & { row: number })[];
  /** See {@link Site.structureKey}. */
  structureKey: string;
  /** See {@link Site.codeKey}. */
  codeKey?: string;
}

/** The site model of the given entries and rows; documents and reports come out newest first. */
export function siteModel(parts: SiteParts): Site {
  const documents = [...parts.documents].sort(byDateDesc((d) => d.data.issued));
  const conferences = [...parts.conferences].sort(byDateDesc((c) => reportDate(c.data)));
  const { units, indicators, rows } = parts;
  const docById = new Map(documents.map((d) => [d.id, d]));
  const confById = new Map(conferences.map((c) => [c.id, c]));
  const unitById = new Map(units.map((u) => [u.id, u]));
  const indById = new Map(indicators.map((i) => [i.id, i]));

  const figures: Figure[] = deriveFigures(
    rows.map((data) => ({ row: data.row, data })),
    indById,
    unitById,
    confById,
  );

  const childrenOf = groupBy(
    units.filter((u) => u.parent),
    (u) => u.parent!,
  );
  const figuresByConference = groupBy(figures, (f) => f.conference);
  const figuresByUnit = groupBy(figures, (f) => f.unit);
  const figuresByIndicator = groupBy(figures, (f) => f.indicator);
  const conferencesByUnit = groupBy(conferences, (c) => c.data.unit);
  const documentsByUnit = groupBy(documents, (d) => d.data.unit);
  const relations = documentRelations(documents);

  const citedBy = new Map<string, Set<string>>();
  const cite = (docId: string, confId: string) => citedBy.set(docId, (citedBy.get(docId) ?? new Set()).add(confId));
  for (const c of conferences) {
    for (const d of c.data.documents ?? []) cite(d, c.id);
    for (const d of mentionIds(c)) cite(d, c.id);
  }

  const labels = labelsOf(units);
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
    label: (id) => labels.get(id)?.label ?? unitById.get(id)?.name ?? id,
    province: (id) => provinceOf(id, units),
    ancestors(unitId) {
      const out: Unit[] = [];
      for (const id of lineage(unitId, (id) => unitById.get(id)?.parent).ids) {
        const u = unitById.get(id);
        if (!u) break;
        out.push(u);
      }
      return out;
    },
    children: (unitId) => (childrenOf.get(unitId) ?? []).sort((a, b) => a.name.localeCompare(b.name, 'vi')),
    descendants(unitId) {
      const out = new Set<string>([unitId]);
      const stack = [unitId];
      while (stack.length) for (const c of childrenOf.get(stack.pop()!) ?? []) if (!out.has(c.id)) (out.add(c.id), stack.push(c.id));
      return out;
    },
    implementedBy: (docId) => relations.implementedBy.get(docId) ?? [],
    supersededBy: (docId) => relations.supersededBy.get(docId) ?? [],
    citedBy: (docId) => [...(citedBy.get(docId) ?? [])].map((id) => confById.get(id)!).sort(byDateDesc((c) => reportDate(c.data))),
    namedInSummaryOf: (docId) => relations.namedInSummaryOf.get(docId) ?? [],
    figuresOf: (confId) => figuresByConference.get(confId) ?? [],
    figuresOfUnit: (unitId) => figuresByUnit.get(unitId) ?? [],
    conferencesOfUnit: (unitId) => conferencesByUnit.get(unitId) ?? [],
    documentsOfUnit: (unitId) => documentsByUnit.get(unitId) ?? [],
    figuresOfIndicator: (id) => figuresByIndicator.get(id) ?? [],
    related: () => relatedIndex(s),
    structureKey: parts.structureKey,
    codeKey: parts.codeKey ?? '',
  };
  return s;
}

/** The first part of a page's key: the build may put what the page read in place of the second. */
export const READS_KEY = 'reads';

/**
 * The key under which the build may reuse a page from the previous build instead of rendering it
 * (`cacheKey` in getStaticPaths, with `experimental.incrementalBuild`; Astro also compares the
 * page's code): `reads`, the digest of the whole site, the code's, the page's props, and `own`
 * (an article page's body and history). As it stands, any change to what any page shows renders
 * every page. The build knows better: src/build/page-reads.ts puts the digest of what the page
 * read of the model when it was last rendered (src/site/model/reads.ts) in place of the whole
 * site's, so a title renders again the pages that show it. A test compares such rebuilds with a
 * clean build, file by file.
 */
export function pageKey(s: Site, props: unknown, ...own: (string | undefined)[]): string {
  return [READS_KEY, s.structureKey, s.codeKey, valueDigest(props), ...own].join('|');
}

/** Adds `pageKey(s, props)` to paths whose page shows only the site's data (lists, localities, data). */
export function keyed<T extends object>(s: Site, paths: T[]): (T & { cacheKey: string })[] {
  return paths.map((p) => ({ ...p, cacheKey: pageKey(s, 'props' in p ? p.props : undefined) }));
}

/**
 * Indicators that have at least one figure with a value: the ones the statistics overview lists,
 * by topic. A page links a topic's section there only when the topic has one.
 */
export function indicatorsWithData(s: Site): Indicator[] {
  return s.indicators.filter((i) => s.figuresOfIndicator(i.id).some((f) => f.value !== undefined));
}
