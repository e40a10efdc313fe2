/**
 * `<Chart>` in an article draws what the build would draw, or is an error at its line saying
 * why it would not: the same derivation and the same chart functions as the build, so the check
 * and the page cannot disagree. A report that is a draft or scheduled is checked as the preview
 * shows it (every report's figures); a public one as the public site does.
 */
import { charts } from '../charts/index.ts';
import { corpusFigures } from './corpus-figures.ts';
import { chartFromIds, chartIds } from '../charts/specs.ts';
import { isPublic } from '../domain/publishing.ts';
import { walk } from '../mdx/parse.ts';
import type { Corpus, Entry } from '../corpus/corpus.ts';
import { makeIssue, type Bilingual, type Issue } from '../core/issues.ts';

export function checkArticleCharts(corpus: Corpus, now?: string): Issue[] {
  const issues: Issue[] = [];
  const observationById = new Map(corpus.observations.map((o) => [o.data.id, o.data]));
  const confById = new Map(corpus.conferences.map((c) => [c.id, c]));
  const publicConf = (id: string) => {
    const c = confById.get(id);
    return c !== undefined && isPublic(c.data, now);
  };
  let publicFigs: ReturnType<typeof corpusFigures> | undefined;
  let allFigs: ReturnType<typeof corpusFigures> | undefined;
  const articles: [Entry<unknown>, boolean][] = [
    ...corpus.documents.map((d) => [d, !d.data.draft] as [Entry<unknown>, boolean]),
    ...corpus.conferences.map((c) => [c, isPublic(c.data, now)] as [Entry<unknown>, boolean]),
  ];
  for (const [entry, published] of articles) {
    walk(entry.tree, (node) => {
      if ((node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') || node.name !== 'Chart') return;
      const attr = (name: string) => {
        const v = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
        return typeof v === 'string' ? v : undefined;
      };
      const raw = attr('observations');
      if (raw === undefined) return; // the policy already requires the attribute
      const ids = chartIds(raw);
      // Unknown ids are foreign-key findings of their own (references.ts).
      if (ids.some((id) => !observationById.has(id))) return;
      const why = (vi: string, en: string): void => {
        issues.push(
          makeIssue('chart-empty', {
            file: entry.file,
            line: (node.position?.start.line ?? 1) + entry.bodyLine - 1,
            column: node.position?.start.column,
            field: 'Chart',
            value: `<Chart observations="${raw}"${attr('type') ? ` type="${attr('type')}"` : ''}>`,
            message: { vi: `Biểu đồ sẽ trống: ${vi}`, en: `The chart would be empty: ${en}` } satisfies Bilingual,
          }),
        );
      };
      if (ids.length === 0) return why('observations không có mã nào', 'observations names no id');
      if (published) {
        const hidden = ids.filter((id) => !publicConf(observationById.get(id)!.conference));
        if (hidden.length > 0)
          return why(
            `${hidden.join(', ')} thuộc báo cáo chưa xuất bản (bản nháp hoặc hẹn ngày đăng)`,
            `${hidden.join(', ')} come from a report not yet published (a draft or scheduled)`,
          );
      }
      const figs = published ? (publicFigs ??= corpusFigures(corpus, publicConf)) : (allFigs ??= corpusFigures(corpus, () => true));
      const type = attr('type');
      let chart;
      try {
        chart = chartFromIds(ids, figs, { type, title: attr('title'), scope: `bai-viet-${entry.id}` });
        if (chart) charts[chart.kind](chart.spec);
      } catch (e) {
        return why(
          `số liệu không hợp với loại biểu đồ (${(e as Error).message.split('\n').slice(1).join('; ').trim()})`,
          `the figures do not fit the chart (${(e as Error).message.split('\n').slice(1).join('; ').trim()})`,
        );
      }
      if (chart) return;
      if (type === 'time-series')
        return why('time-series cần số liệu của ít nhất hai ngày khác nhau', 'a time-series needs figures of at least two dates');
      if (type === 'ratio-bars') return why('ratio-bars cần dòng có cả value và total', 'ratio-bars needs rows with both value and total');
      return why('không dòng nào có giá trị để vẽ', 'no row has a value to draw');
    });
  }
  return issues;
}
