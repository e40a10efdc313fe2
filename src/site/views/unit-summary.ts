/**
 * The opening sentence of a locality's page: its level, what it belongs to, and its newest
 * figures. It is the first text after the heading, so the site search quotes it as the page's
 * excerpt instead of the form labels that follow ("Mã số thống kê", "Lịch sử đơn vị").
 */
import { UNIT_LEVEL_WORDS, type Unit } from '../../schemas/unit.ts';
import { dateLabel } from '../../core/partial-date.ts';
import { formatNumber, formatPercent, formatQualified } from '../../core/format.ts';
import type { Qualifier } from '../../core/qualifiers.ts';
import { PLACEHOLDER_DATE } from '../../core/provenance.ts';

const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

interface SummaryFigure {
  date: string;
  value?: number;
  total?: number;
  printed?: string;
  qualifier?: Qualifier;
  part_of?: string;
  derived?: readonly string[];
  indicatorData: { name: string; measure: string };
}

/** How a figure reads in a sentence: "7/9 (tính ra 77,78%)", "17,07%", "1.017", or as printed. */
function figureText(f: SummaryFigure): string | undefined {
  if (typeof f.value !== 'number') return f.printed;
  // A hedged figure keeps the source's word ("gần 80%"), never printed bare.
  // The rate is the build's, worked out from the counts: said so, as the tables' column is.
  if (f.total !== undefined && f.total > 0)
    return `${formatQualified(f.value, f)}/${formatNumber(f.total)} (tính ra ${formatPercent((f.value / f.total) * 100)})`;
  return formatQualified(f.value, f, f.indicatorData.measure === 'percent' ? 'percent' : 'count');
}

/** Figures the sentence quotes at most: the newest wholes. */
const SUMMARY_FIGURES = 2;

/**
 * "Cấp xã, thuộc Tỉnh Tây Lĩnh; mã số thống kê 01177. Số liệu mới nhất (23/9/2021): Tỷ lệ … 7/9
 * (tính ra 77,78%). 2 báo cáo, 1 văn bản, 3 số liệu." Every part comes from the data; `parent` is the
 * parent's label. `figures` newest first.
 */
export function unitSummary(
  unit: Unit,
  parent: string | undefined,
  figures: readonly SummaryFigure[],
  counts: { reports: number; documents: number },
): string {
  const head = `${capitalise(UNIT_LEVEL_WORDS[unit.level])}${parent ? `, thuộc ${parent}` : ''}${unit.code ? `; mã số thống kê ${unit.code}` : ''}.`;
  const wholes = figures.filter((f) => !f.part_of);
  const newest = wholes[0]?.date;
  const quoted = wholes
    .filter((f) => f.date === newest)
    .slice(0, SUMMARY_FIGURES)
    .map((f) => [f.indicatorData.name, figureText(f)] as const)
    .filter(([, t]) => t)
    .map(([n, t]) => `${n} ${t}`);
  // A date an editor wrote where the source gives none is said as such.
  const placeholder = wholes.some((f) => f.date === newest && f.derived?.includes('date'));
  const when = newest && `${dateLabel(newest)}${placeholder ? `, ${PLACEHOLDER_DATE}` : ''}`;
  const latest = when && quoted.length ? ` Số liệu mới nhất (${when}): ${quoted.join('; ')}.` : '';
  const tally = ` ${formatNumber(counts.reports)} báo cáo, ${formatNumber(counts.documents)} văn bản, ${formatNumber(figures.length)} số liệu.`;
  return `${head}${latest}${tally}`;
}
