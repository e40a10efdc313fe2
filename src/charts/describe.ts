/**
 * Vietnamese sentences for each chart's `<desc>`, built only from the spec's fields and the
 * derived figures, so a screen reader hears what the chart shows, with the same numbers.
 * Flags are put in words ("không khớp phép tính"): "⚑" is read out inconsistently.
 */
import { formatNumber, formatQualified } from '../core/format.ts';
import type { Composition, ProgressDatum, RatioDatum, Series } from './derive.ts';
import type { ChartSpec } from './types.ts';

const describeWords = {
  source: 'nguồn',
  target: 'mục tiêu',
  mismatch: 'không khớp phép tính',
  overTotal: 'số đếm lớn hơn tổng số',
  empty: 'Chưa có số liệu.',
} as const;

/** Joins clauses into one sentence and appends the source. */
function sentence(spec: ChartSpec, clauses: string[]): string {
  if (clauses.length === 0) return describeWords.empty;
  const body = clauses.join('; ');
  const source = spec.source?.trim().replace(/\.$/, '');
  return `${body}${source ? `; ${describeWords.source}: ${source}` : ''}.`;
}

function printedClause(printed: string | undefined): string {
  return printed === undefined ? `số liệu nguồn ${describeWords.mismatch}` : `nguồn in ${printed}, ${describeWords.mismatch}`;
}

/** "Thành phố Bến Tre: 16 trên 17 xã, phường có … (94,1%); nguồn: …." */
export function describeRatio(spec: ChartSpec, data: RatioDatum[]): string {
  return sentence(
    spec,
    data.map((r) => {
      // "16 trên 17"; with a hedge "trên 3 trên 8" would read badly, so "trên 3 trong tổng số 8".
      const count = r.qualifier
        ? `${formatQualified(r.value, r)} trong tổng số ${formatNumber(r.total)}`
        : `${formatNumber(r.value)} trên ${formatNumber(r.total)}`;
      let clause = spec.subject
        ? `${r.label}: ${count} ${spec.subject}${r.shareText === undefined ? '' : ` (${r.shareText})`}`
        : `${r.label}: ${r.text}`;
      if (r.value > r.total) clause += ` (${describeWords.overTotal})`;
      if (r.targetText) clause += `, ${describeWords.target} ${r.targetText}`;
      if (r.flagged) clause += `, ${printedClause(r.printed)}`;
      return clause;
    }),
  );
}

/** "Tổng số …: 1.017, gồm Cấp tỉnh 2 (0,2%), …; nguồn: …." */
export function describeComposition(spec: ChartSpec, c: Composition): string {
  if (c.parts.length === 0) return describeWords.empty;
  const bounded = c.computedWhole && spec.totalText !== undefined ? ` (các phần cộng lại được ${c.sumText}, số tính ra)` : '';
  const head = `${spec.subject ? `Tổng số ${spec.subject}: ${c.wholeText}` : `Tổng số: ${c.wholeText}`}${bounded}`;
  const parts = c.parts.map((p) => `${p.label} ${p.text}${p.flagged ? ` (${printedClause(p.printed)})` : ''}`);
  const clauses = [`${head}, gồm ${parts.join(', ')}`];
  if (c.mismatch) clauses.push(`các phần cộng lại được ${c.sumText}, không khớp tổng số ${c.wholeText} của nguồn`);
  return sentence(spec, clauses);
}

/** "Ban Chấp hành …: nữ chiếm 17,07% (7/41), vượt mục tiêu 15%; …." */
export function describeProgress(spec: ChartSpec, data: ProgressDatum[]): string {
  return sentence(
    spec,
    data.map((r) => {
      const figure = r.countText ? `${r.rateText} (${r.countText})` : r.rateText;
      let clause = spec.subject ? `${r.label}: ${spec.subject} chiếm ${figure}` : `${r.label}: ${figure}`;
      if (r.target !== undefined && r.targetText !== undefined && r.rate !== null) {
        clause +=
          r.rate >= r.target
            ? `, đạt và vượt ${describeWords.target} ${r.targetText}`
            : `, chưa đạt ${describeWords.target} ${r.targetText}`;
      }
      if (r.flagged) clause += `, ${printedClause(r.printed)}`;
      return clause;
    }),
  );
}

/** "Thành phố Bến Tre: 3 mốc từ 25/10/2018 đến 23/9/2021, từ 16/17 … đến …; cao nhất …." */
export function describeSeries(spec: ChartSpec, s: Series): string {
  const pts = s.points;
  if (pts.length === 0) return describeWords.empty;
  const first = pts[0]!;
  const last = pts[pts.length - 1]!;
  const who = spec.subject ? `${first.label}, ${spec.subject}` : first.label;
  const clauses: string[] = [];
  if (pts.length === 1) {
    clauses.push(`${who}: ${first.text} (${first.dateText})`);
  } else {
    clauses.push(`${who}: ${pts.length} mốc từ ${first.dateText} đến ${last.dateText}, từ ${first.text} đến ${last.text}`);
    // First occurrence wins ties, so the sentence is stable.
    const max = pts.reduce((a, b) => (b.y > a.y ? b : a));
    const min = pts.reduce((a, b) => (b.y < a.y ? b : a));
    if (max.y !== min.y) clauses.push(`cao nhất ${max.text} (${max.dateText}), thấp nhất ${min.text} (${min.dateText})`);
  }
  for (const p of pts.filter((q) => q.flagged)) clauses.push(`${p.dateText}: ${printedClause(p.printed)}`);
  return sentence(spec, clauses);
}
