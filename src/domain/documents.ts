/** What makes a document itself, whatever its number says. */
import { yearOf, type MaybeDate } from '../core/partial-date.ts';

/**
 * A document is (unit, number, year of issue): two provinces each have a 02-NQ/TU. A year no
 * source gives is one more value of the key ("?"): two files of one number in one unit, both
 * undated, are the same document entered twice; a dated and an undated one may differ.
 */
export function documentIdentity(d: { unit: string; number: string; issued: MaybeDate }): string {
  return `${d.unit}|${d.number.normalize('NFC').toUpperCase().replace(/\s+/g, '')}|${yearOf(d.issued) ?? '?'}`;
}

interface RelatedDoc {
  id: string;
  data: { implements?: string[]; supersedes?: string[]; cites?: string[]; named?: string[] };
}

/** Who points at a document, and on what ground. */
export interface DocumentRelations<D> {
  /** Documents whose `implements` names it: a relation a source states. */
  implementedBy: Map<string, D[]>;
  /** Documents whose `supersedes` names it: a relation a source states. */
  supersededBy: Map<string, D[]>;
  /**
   * Documents whose page names it in the summary and commentary an editor wrote (their body):
   * a link from that page, never a citation by the document itself. A 2013 plan whose summary
   * mentions a 2016 resolution does not cite it.
   */
  namedInSummaryOf: Map<string, D[]>;
}

/**
 * The relations between documents, from stated fields only (`implements`, `supersedes`); what an
 * editor's summary names (`cites` and `named`, the mentions the loader finds in a document's
 * body, notes included) is kept apart, as what it is.
 */
export function documentRelations<D extends RelatedDoc>(documents: readonly D[]): DocumentRelations<D> {
  const out: DocumentRelations<D> = { implementedBy: new Map(), supersededBy: new Map(), namedInSummaryOf: new Map() };
  const add = (m: Map<string, D[]>, id: string, d: D) => {
    const list = m.get(id);
    if (list) list.push(d);
    else m.set(id, [d]);
  };
  for (const d of documents) {
    for (const id of d.data.implements ?? []) add(out.implementedBy, id, d);
    for (const id of d.data.supersedes ?? []) add(out.supersededBy, id, d);
    const stated = new Set([...(d.data.implements ?? []), ...(d.data.supersedes ?? [])]);
    // A document named in the summary and also in a stated field is listed once, under the relation.
    for (const id of new Set([...(d.data.cites ?? []), ...(d.data.named ?? [])]))
      if (id !== d.id && !stated.has(id)) add(out.namedInSummaryOf, id, d);
  }
  return out;
}
