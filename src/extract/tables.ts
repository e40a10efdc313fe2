/**
 * Markdown tables (as Word tables become): which row label and which column header a position
 * of the text sits under, so a figure in a cell knows what it counts.
 */
import { foldKeep, lineStarts } from './scan.ts';

export interface TableCell {
  /** The text of the row's first cell: "Cấp huyện", "Ban Chấp hành Đảng bộ thành phố". */
  row: string;
  /** The column's header: "Số trường hợp", "Tỷ lệ nguồn ghi". */
  column: string;
  table: number;
  rowIndex: number;
  colIndex: number;
  /** The row says it is the total of the others ("Tổng cộng", "Toàn tỉnh"). */
  totalRow: boolean;
}

export interface Tables {
  get(pos: number): TableCell | undefined;
}

const SEPARATOR = /^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const TOTAL_LABEL = /^(?:tong|tong cong|cong|tong so|toan (?:tinh|huyen|thanh pho|thi xa|quan|xa|phuong))(?![a-z])/;

function cellSpans(line: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let from = line.indexOf('|') + 1;
  for (let i = from; i <= line.length; i++) {
    if (i === line.length || (line[i] === '|' && line[i - 1] !== '\\')) {
      if (i > from || i < line.length) spans.push({ start: from, end: i });
      from = i + 1;
    }
  }
  // A row written with a closing pipe has an empty span after it.
  if (spans.length && line.slice(spans.at(-1)!.start).trim() === '') spans.pop();
  return spans;
}

export function tableCells(text: string): Tables {
  const starts = lineStarts(text);
  const entries: { start: number; end: number; cell: TableCell }[] = [];
  let table = -1;
  let header: string[] | undefined;
  let rowIndex = 0;
  for (let n = 0; n < starts.length; n++) {
    const lineStart = starts[n]!;
    const line = text.slice(lineStart, n + 1 < starts.length ? starts[n + 1]! - 1 : text.length);
    if (!line.trimStart().startsWith('|')) {
      header = undefined;
      continue;
    }
    const spans = cellSpans(line);
    const texts = spans.map((s) => line.slice(s.start, s.end).trim());
    if (!header) {
      header = texts;
      table++;
      rowIndex = 0;
      continue;
    }
    if (SEPARATOR.test(line.trim())) continue;
    rowIndex++;
    const row = texts[0] ?? '';
    const totalRow = TOTAL_LABEL.test(foldKeep(row).replace(/[*_]/g, '').trim());
    spans.forEach((s, colIndex) => {
      entries.push({
        start: lineStart + s.start,
        end: lineStart + s.end,
        cell: { row, column: header![colIndex] ?? '', table, rowIndex, colIndex, totalRow },
      });
    });
  }
  return {
    get(pos) {
      return entries.find((e) => e.start <= pos && pos < e.end)?.cell;
    },
  };
}
