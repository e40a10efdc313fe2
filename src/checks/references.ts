/**
 * Document numbers in article text: every mention is recognised and resolved against the
 * registry of documents; resolved ones become `doc:<id>` links in the article's tree (the
 * renderer turns them into page URLs), unresolved ones are warnings, and a mention that
 * matches several documents and cannot be decided is an error naming the candidates.
 */
import type { Link, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { createRegistry, linkMentions, type RegistryDoc } from '../docnumber/index.ts';
import type { ArticleMention, Corpus, Entry } from '../corpus/corpus.ts';
import { makeIssue, type Issue } from '../core/issues.ts';
import { documentIdentity } from '../domain/documents.ts';
import { walk } from '../mdx/parse.ts';
import { lineage } from '../domain/units.ts';
import { chartIds } from '../charts/specs.ts';

/** A mention as kept with the article, for backlinks. */
export type { ArticleMention } from '../corpus/corpus.ts';

const DOC_SCHEME = 'doc:';

/** A document of the corpus as the registry of document numbers holds it (for the check and the importer). */
export function registryDoc(d: Corpus['documents'][number]): RegistryDoc {
  const { number, kind, unit, issued, issuer, title, term, names } = d.data;
  return { id: d.id, number, kind, unit, issued, issuer, title, term, names };
}

export function linkReferences(c: Corpus): { issues: Issue[]; mentions: Map<string, ArticleMention[]> } {
  // A document entered twice is reported as such; only its first file is in the registry.
  const seen = new Set<string>();
  // A draft document has no public page: mentions of it are not linked.
  const unique = c.documents.filter((d) => !d.data.draft && !seen.has(documentIdentity(d.data)) && seen.add(documentIdentity(d.data)));
  const registry = createRegistry(unique.map(registryDoc));
  const parents = new Map(c.units.map((u) => [u.data.id, u.data.parent]));
  const ancestors = (unit: string) => {
    const out = lineage(unit, (id) => parents.get(id)).ids;
    if (!out.includes('viet-nam')) out.push('viet-nam');
    return out;
  };
  const issues: Issue[] = [];
  const mentions = new Map<string, ArticleMention[]>();
  const observationIds = new Set(c.observations.map((o) => o.data.id));
  // A report cannot cite what was issued after it was published; a document page's text is the
  // editor's commentary, written now, and may name the documents that later carried it out.
  const articles: [string, Entry<{ unit: string }>, string | undefined][] = [
    ...c.documents.map((d) => ['documents', d, undefined] as [string, Entry<{ unit: string }>, undefined]),
    ...c.conferences.map((d) => ['conferences', d, d.data.published] as [string, Entry<{ unit: string }>, string | undefined]),
  ];
  for (const [collection, entry, date] of articles) {
    // `[xem](doc:id)` written by the editor: before the mentions add links of their own.
    walk(entry.tree, (node) => {
      if (node.type !== 'link' || !node.url.startsWith(DOC_SCHEME)) return;
      const id = node.url.slice(DOC_SCHEME.length);
      if (!registry.docs.some((d) => d.id === id))
        issues.push(
          makeIssue('foreign-key', {
            file: entry.file,
            line: node.position ? node.position.start.line + entry.bodyLine - 1 : entry.bodyLine,
            column: node.position?.start.column,
            field: 'link',
            value: node.url,
            expected: 'doc:<mã văn bản có trong content/documents/> / doc:<a document id>',
          }),
        );
    });
    const result = linkMentions(entry.tree, {
      registry,
      ctx: { unit: entry.data.unit, unitAncestors: ancestors(entry.data.unit), date },
      href: (doc) => `${DOC_SCHEME}${doc.id}`,
      source: entry.body,
    });
    const line = (l: number) => l + entry.bodyLine - 1;
    // An editor's note names documents in the editor's voice, not the article's: kept as such.
    type At = { line: number; column: number };
    const notes: [At, At][] = [];
    walk(entry.tree, (node) => {
      if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === 'Callout' && node.position)
        notes.push([node.position.start, node.position.end]);
    });
    const before = (x: At, y: At) => x.line < y.line || (x.line === y.line && x.column <= y.column);
    const inNote = (at: At): { commentary?: true } => (notes.some(([a, b]) => before(a, at) && before(at, b)) ? { commentary: true } : {});
    const kept: ArticleMention[] = [];
    for (const m of result.mentions) {
      const where = { file: entry.file, line: line(m.line), column: m.column, field: 'body', value: m.raw };
      if (m.resolution.status === 'resolved') {
        if (m.resolution.doc.id !== entry.id) kept.push({ raw: m.raw, line: line(m.line), id: m.resolution.doc.id, ...inNote(m) });
      } else if (m.resolution.status === 'ambiguous') {
        const list = m.resolution.candidates.map((d) => `${d.id} (${d.issuer}, ${d.issued ?? 'chưa rõ ngày / date unknown'})`).join('; ');
        const first = m.resolution.candidates[0]!;
        issues.push(
          makeIssue('ambiguous-reference', {
            ...where,
            expected: list,
            message: {
              vi: `"${m.raw}" khớp với nhiều văn bản: ${list}`,
              en: `"${m.raw}" matches several documents: ${list}`,
            },
            hint: {
              vi: `Ghi rõ ngày ban hành ("${m.raw} ngày …"), hoặc viết <DocRef id="${first.id}">${m.raw}</DocRef>.`,
              en: `Give the date of issue ("${m.raw} ngày …"), or write <DocRef id="${first.id}">${m.raw}</DocRef>.`,
            },
          }),
        );
      } else if (m.mention.parsed?.complete !== false && (m.mention.parsed || m.mention.name)) {
        // A complete number (or a known name) that the registry lacks; bare "Kết luận 34" that
        // matches nothing is not worth a warning.
        issues.push(
          makeIssue('unresolved-reference', {
            ...where,
            expected: 'một văn bản trong content/documents/ / a document in content/documents/',
          }),
        );
        kept.push({ raw: m.raw, line: line(m.line) });
      }
    }
    // <DocRef id="…"> is the explicit form: it links too, and counts as a citation (outside a note).
    walk(entry.tree, (node) => {
      if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === 'Chart') {
        // A chart of a figure that does not exist would be drawn empty: name each unknown id.
        const ids = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'observations')?.value;
        for (const id of typeof ids === 'string' ? chartIds(ids) : []) {
          if (!observationIds.has(id)) {
            issues.push(
              makeIssue('foreign-key', {
                file: entry.file,
                line: line(node.position?.start.line ?? 1),
                field: 'Chart.observations',
                value: id,
                expected: 'một mã dòng có trong data/observations.csv / an observation id',
              }),
            );
          }
        }
        return;
      }
      if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === 'DocRef') {
        const id = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
        if (typeof id !== 'string') return;
        if (!registry.docs.some((d) => d.id === id)) {
          issues.push(
            makeIssue('foreign-key', {
              file: entry.file,
              line: line(node.position?.start.line ?? 1),
              field: 'DocRef.id',
              value: id,
              expected: 'một mã văn bản có trong content/documents/ / a document id',
            }),
          );
        } else
          kept.push({ raw: id, line: line(node.position?.start.line ?? 1), id, ...(node.position ? inNote(node.position.start) : {}) });
      }
    });
    mentions.set(`${collection}/${entry.id}`, kept);
  }
  return { issues, mentions };
}

/**
 * Turns `doc:<id>` link targets into page URLs. A document's mention of its own number stays
 * text: a link to the page the reader is on leads nowhere.
 */
export function resolveDocLinks(tree: Root, href: (id: string) => string | undefined, selfId?: string): void {
  walk(tree, (node) => {
    if (!('children' in node)) return;
    node.children.forEach((child, i) => {
      if (child.type !== 'link' || !child.url.startsWith(DOC_SCHEME)) return;
      const id = child.url.slice(DOC_SCHEME.length);
      if (id === selfId) (node.children as unknown[])[i] = { type: 'text', value: toString(child) };
      else (child as Link).url = href(id) ?? '#';
    });
  });
}
