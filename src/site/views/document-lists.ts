/**
 * The documents' lists: by kind, by year of issue, by issuing body (each paginated under
 * van-ban/loai/, nam/, co-quan/), and the index (`van-ban/`) that links them with counts and the
 * newest of each kind. One grouping serves the index and the list pages, so an issuer's slug is
 * made once.
 */
import { formatNumber } from '../../core/format.ts';
import { groupBy } from '../../core/group.ts';
import { ROUTES, withBase } from '../../core/paths.ts';
import { compareUnits } from '../../domain/units.ts';
import { DOCUMENT_KINDS, type DocumentKind } from '../../schemas/document.ts';
import { DOCUMENT_LISTS, pagedPaths, uniqueSlugs, UNKNOWN_YEAR, yearKey, yearName, type Page } from '../model/archive.ts';
import { keyed, type DocumentEntry, type Site } from '../model/site-model.ts';

/** Newest documents the index shows per kind. */
export const NEWEST = 5;

interface Group {
  /** The group's key: a kind, a year (or UNKNOWN_YEAR), an issuer's name. */
  key: string;
  /** The slug of its list's address. */
  slug: string;
  docs: DocumentEntry[];
}

const cache = new WeakMap<Site, { kinds: Group[]; years: Group[]; issuers: Group[] }>();

/**
 * The documents grouped three ways, newest first inside each group: kinds in the contract's
 * order, years newest first with the undated last, issuers by name (slugs unique among them).
 */
export function documentGroups(s: Site): { kinds: Group[]; years: Group[]; issuers: Group[] } {
  let groups = cache.get(s);
  if (groups) return groups;
  const byKind = groupBy(s.documents, (d) => d.data.kind);
  const byIssuer = groupBy(s.documents, (d) => d.data.issuer);
  const slugs = uniqueSlugs(byIssuer.keys());
  groups = {
    kinds: (Object.keys(DOCUMENT_KINDS) as DocumentKind[])
      .filter((k) => byKind.has(k))
      .map((k) => ({ key: k, slug: k, docs: byKind.get(k)! })),
    years: [...groupBy(s.documents, (d) => yearKey(d.data.issued))]
      .sort(([a], [b]) => (a === UNKNOWN_YEAR ? 1 : b === UNKNOWN_YEAR ? -1 : b.localeCompare(a)))
      .map(([year, docs]) => ({ key: year, slug: year, docs })),
    issuers: [...byIssuer]
      .sort(([a], [b]) => a.localeCompare(b, 'vi'))
      .map(([issuer, docs]) => ({ key: issuer, slug: slugs.get(issuer)!, docs })),
  };
  cache.set(s, groups);
  return groups;
}

export interface DocumentListProps {
  /** The list page's heading and what it holds, in words. */
  name: string;
  holds: string;
  /** The route of the list's first page. */
  prefix: string;
  page: Page<DocumentEntry>;
  count: number;
}

/** The paginated pages of every list of one grouping, keyed on the site's structure. */
export function documentListPaths(s: Site, by: 'kinds' | 'years' | 'issuers') {
  const words = {
    kinds: (g: Group) => {
      const label = DOCUMENT_KINDS[g.key as DocumentKind].label;
      return { name: label, holds: label.toLocaleLowerCase('vi'), prefix: DOCUMENT_LISTS.kind(g.key) };
    },
    years: (g: Group) =>
      g.key === UNKNOWN_YEAR
        ? {
            name: 'Văn bản chưa rõ năm ban hành',
            holds: 'văn bản mà nguồn không cho biết năm ban hành',
            prefix: DOCUMENT_LISTS.year(g.key),
          }
        : { name: `Văn bản năm ${g.key}`, holds: `văn bản ban hành năm ${g.key}`, prefix: DOCUMENT_LISTS.year(g.key) },
    issuers: (g: Group) => ({ name: `Văn bản của ${g.key}`, holds: `văn bản do ${g.key} ban hành`, prefix: DOCUMENT_LISTS.issuer(g.slug) }),
  }[by];
  return keyed(
    s,
    documentGroups(s)[by].flatMap((g) =>
      pagedPaths(g.slug, g.docs).map(({ path, page }) => ({
        params: { path },
        props: { ...words(g), page, count: g.docs.length } satisfies DocumentListProps,
      })),
    ),
  );
}

interface Link {
  label: string;
  href: string;
  count: string;
}

export interface DocumentsIndexView {
  total: string;
  kinds: (Link & { id: string; newest: DocumentEntry[]; all: string })[];
  years: (Link & { id: string })[];
  issuers: Link[];
  units: Link[];
}

export function documentsIndexView(s: Site, base: string): DocumentsIndexView {
  const { kinds, years, issuers } = documentGroups(s);
  // Only the units that issue documents: a few dozen even at national scale, unlike all communes.
  const units = [...new Set(s.documents.map((d) => d.data.unit))]
    .map((id) => ({ unit: s.unit(id), count: s.documentsOfUnit(id).length }))
    .filter((x): x is { unit: NonNullable<typeof x.unit>; count: number } => !!x.unit)
    .sort((a, b) => compareUnits(a.unit, b.unit));
  return {
    total: formatNumber(s.documents.length),
    kinds: kinds.map((g) => {
      const label = DOCUMENT_KINDS[g.key as DocumentKind].label;
      const count = formatNumber(g.docs.length);
      return {
        id: g.key,
        label,
        count,
        href: withBase(base, DOCUMENT_LISTS.kind(g.key)),
        newest: g.docs.slice(0, NEWEST),
        all: `Xem tất cả ${count} ${label.toLocaleLowerCase('vi')}`,
      };
    }),
    years: years.map((g) => ({
      id: `nam-${g.key}`,
      label: yearName(g.key),
      href: withBase(base, DOCUMENT_LISTS.year(g.key)),
      count: formatNumber(g.docs.length),
    })),
    issuers: issuers.map((g) => ({
      label: g.key,
      href: withBase(base, DOCUMENT_LISTS.issuer(g.slug)),
      count: formatNumber(g.docs.length),
    })),
    units: units.map(({ unit, count }) => ({
      label: s.label(unit.id),
      href: withBase(base, `${ROUTES.unit(unit.id)}#van-ban`),
      count: formatNumber(count),
    })),
  };
}
