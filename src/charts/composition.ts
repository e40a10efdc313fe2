/**
 * Composition: a total split into its parts (1.017 = 2 + 26 + 180 + 809), as one bar per part
 * on a track that stands for the whole, with each part's value and share and the total
 * written above. A per-part bar keeps tiny parts (2 of 1.017) readable, where a single
 * stacked bar would make them a hairline. When the stated total is not the parts' sum, a
 * ⚑ line under the total shows both.
 */
import { scaleLinear } from 'd3';
import { barLayoutDefaults, barRows, percentAxis, valueColumnWidth, type BarRow } from './bar-layout.ts';
import { chartWidth, emptyChart, frameDefaults, svgFrame, text, textLines, wrapText } from './common.ts';
import { deriveComposition, flagNote, type Composition } from './derive.ts';
import { describeComposition } from './describe.ts';
import type { ChartSpec } from './types.ts';
import { workedOut } from '../core/provenance.ts';

const compositionDefaults = {
  ...barLayoutDefaults,
  maxValueShare: 0.4,
  totalLabel: 'Tổng',
  /** Space between the total line(s) and the first part. */
  headerGap: 10,
} as const;

function toBarRows(c: Composition): BarRow[] {
  return c.parts.map((p) => ({
    label: p.label,
    barShare: p.share === null ? 0 : Math.max(0, Math.min(100, p.share)),
    value: p.text,
    flagged: p.flagged,
    notes: p.flagged ? [{ className: 'flag', text: flagNote(p.printed, p.text) }] : [],
  }));
}

/** "⚑ không khớp — in: 1.017 · tính: 2 + 26 + 180 + 800 = 1.008" */
function sumNote(c: Composition): string {
  const sum = `${c.parts.map((p) => p.valueText).join(' + ')} = ${c.sumText}`;
  return flagNote(c.wholeText, sum.replace(/ /g, '\u00a0'));
}

/** "Cộng các phần: 5.123 (tính ra), tỷ trọng tính trên số này": the sum beside a bounded total. */
function partsSumLine(c: Composition): string {
  return `Cộng các phần: ${workedOut(c.sumText)}, tỷ trọng tính trên số này`;
}

/** Renders a composition as an SVG string; same spec, same bytes. */
export function composition(spec: ChartSpec): string {
  const c = deriveComposition(spec);
  if (c.parts.length === 0) return emptyChart(spec, 'composition');
  const d = compositionDefaults;
  const { margin, fontSize, smallFontSize: small } = frameDefaults;
  const width = chartWidth(spec);
  const inner = width - margin.left - margin.right;

  const header: string[] = [
    text(c.mismatch ? 'label total flagged' : 'label total', margin.left, margin.top + fontSize, `${d.totalLabel}: ${c.wholeText}`, {
      'font-weight': 'bold',
    }),
  ];
  let top = margin.top + fontSize * frameDefaults.lineHeight;
  if (c.computedWhole && spec.totalText !== undefined) {
    // The source's bound stays the total; the sum the shares are of is shown as worked out.
    const note = textLines('label computed', margin.left, top + small, wrapText(partsSumLine(c), inner, small), small);
    header.push(...note.markup);
    top += note.height;
  }
  if (c.mismatch) {
    const note = textLines('flag', margin.left, top + small, wrapText(sumNote(c), inner, small), small);
    header.push(...note.markup);
    top += note.height;
  }
  top += d.headerGap;

  const rows = toBarRows(c);
  const valueColumn = valueColumnWidth(rows, inner, d.maxValueShare);
  const x = scaleLinear()
    .domain([0, 100])
    .range([margin.left, margin.left + inner - valueColumn]);
  const drawn = barRows(rows, x, top, margin.left, inner, valueColumn);
  const plotBottom = drawn.bottom + d.overhang;
  const axis = percentAxis(x, plotBottom, width);
  const height = plotBottom + d.axisHeight + margin.bottom;

  return svgFrame({
    spec,
    kind: 'composition',
    desc: describeComposition(spec, c),
    height,
    body: [...header, ...drawn.markup, ...axis],
  });
}
