/**
 * The data table a page puts beside a chart: the same derived figures as the SVG (both read
 * from `derive.ts`), plus the figure as the source printed it and a flag column in words.
 */
import { formatNumber, formatQualified } from '../core/format.ts';
import { escapeXml } from './common.ts';
import { deriveComposition, deriveProgress, deriveRatio, deriveSeries, flagNote } from './derive.ts';
import type { ChartKind, ChartSpec } from './types.ts';
import { workedOut } from '../core/provenance.ts';

const tableWords = {
  empty: 'Chưa có số liệu',
  noShare: 'không tính được (tổng số 0)',
  mismatch: '⚑ Không khớp phép tính',
  total: 'Tổng',
  partsSum: 'Cộng các phần',
} as const;

interface Column<D> {
  header: string;
  cell: (d: D) => string;
  numeric?: boolean;
  /** Shown only if some row needs it, e.g. "Mục tiêu" when a target exists. */
  when?: (rows: D[]) => boolean;
}

interface Flaggable {
  printed?: string;
  flagged: boolean;
}

function sourceColumns<D extends Flaggable>(): Column<D>[] {
  return [
    { header: 'Số nguồn in', cell: (d) => d.printed ?? '', when: (rows) => rows.some((r) => r.printed !== undefined) },
    { header: 'Ghi chú', cell: (d) => (d.flagged ? tableWords.mismatch : ''), when: (rows) => rows.some((r) => r.flagged) },
  ];
}

function render<D>(caption: string, columns: Column<D>[], rows: D[], foot: string[][] = []): string {
  const cols = columns.filter((c) => !c.when || c.when(rows));
  const cell = (c: Column<D>, d: D, i: number) =>
    i === 0 ? `<th scope="row">${escapeXml(c.cell(d))}</th>` : `<td${c.numeric ? ' class="num"' : ''}>${escapeXml(c.cell(d))}</td>`;
  const lines = [
    '<table class="chart-table">',
    `<caption>${escapeXml(caption)}</caption>`,
    `<thead><tr>${cols.map((c) => `<th scope="col">${escapeXml(c.header)}</th>`).join('')}</tr></thead>`,
    '<tbody>',
    ...(rows.length
      ? rows.map((d) => `<tr>${cols.map((c, i) => cell(c, d, i)).join('')}</tr>`)
      : [`<tr><td colspan="${cols.length}">${tableWords.empty}</td></tr>`]),
    '</tbody>',
  ];
  if (foot.length) {
    lines.push('<tfoot>');
    for (const [head, ...rest] of foot) {
      const padded = [...rest, ...Array<string>(Math.max(0, cols.length - 1 - rest.length)).fill('')];
      lines.push(`<tr><th scope="row">${escapeXml(head!)}</th>${padded.map((v) => `<td>${escapeXml(v)}</td>`).join('')}</tr>`);
    }
    lines.push('</tfoot>');
  }
  lines.push('</table>', '');
  return lines.join('\n');
}

/** An HTML `<table>` with the chart's figures, for the page to place under the figure. */
export function chartTable(spec: ChartSpec, kind: ChartKind): string {
  switch (kind) {
    case 'ratio-bars': {
      const rows = deriveRatio(spec);
      return render(
        spec.title,
        [
          { header: 'Đơn vị', cell: (d) => d.label },
          { header: 'Số lượng', cell: (d) => formatQualified(d.value, d), numeric: true },
          { header: 'Tổng số', cell: (d) => formatNumber(d.total), numeric: true },
          { header: 'Tỷ lệ (tính ra)', cell: (d) => d.shareText ?? tableWords.noShare, numeric: true },
          { header: 'Mục tiêu', cell: (d) => d.targetText ?? '', numeric: true, when: (r) => r.some((d) => d.target !== undefined) },
          ...sourceColumns<(typeof rows)[number]>(),
        ],
        rows,
      );
    }
    case 'composition': {
      const c = deriveComposition(spec);
      const bounded = c.computedWhole && spec.totalText !== undefined;
      const foot = [[tableWords.total, c.wholeText, c.parts.length && !bounded ? '100%' : '']];
      // A bounded total ("trên 5.120") is the source's; the sum the shares are of is the build's.
      if (bounded) foot.push([tableWords.partsSum, workedOut(c.sumText), c.parts.length ? '100%' : '']);
      if (c.mismatch) foot.push([tableWords.partsSum, c.sumText, flagNote(c.wholeText, c.sumText)]);
      return render(
        spec.title,
        [
          { header: 'Thành phần', cell: (d) => d.label },
          { header: 'Số lượng', cell: (d) => d.valueText, numeric: true },
          { header: 'Tỷ trọng (tính ra)', cell: (d) => d.shareText ?? tableWords.noShare, numeric: true },
          ...sourceColumns<(typeof c.parts)[number]>(),
        ],
        c.parts,
        foot,
      );
    }
    case 'progress': {
      const rows = deriveProgress(spec);
      return render(
        spec.title,
        [
          { header: 'Nhóm', cell: (d) => d.label },
          { header: 'Số lượng / tổng số', cell: (d) => d.countText ?? '', numeric: true, when: (r) => r.some((d) => d.countText) },
          { header: 'Tỷ lệ tính được', cell: (d) => d.rateText, numeric: true },
          { header: 'Mục tiêu', cell: (d) => d.targetText ?? '', numeric: true, when: (r) => r.some((d) => d.target !== undefined) },
          ...sourceColumns<(typeof rows)[number]>(),
        ],
        rows,
      );
    }
    case 'time-series': {
      const s = deriveSeries(spec);
      return render(
        spec.title,
        [
          { header: 'Ngày', cell: (d) => d.dateText },
          { header: 'Đơn vị', cell: (d) => d.label },
          { header: 'Số lượng / tổng số', cell: (d) => d.countText ?? '', numeric: true, when: (r) => r.some((d) => d.countText) },
          { header: s.measure === 'percent' ? 'Tỷ lệ (tính ra)' : 'Giá trị', cell: (d) => d.text, numeric: true },
          ...sourceColumns<(typeof s.points)[number]>(),
        ],
        s.points,
      );
    }
    default:
      throw new TypeError(`unknown chart kind: ${String(kind)}`);
  }
}
