/**
 * How the figures of a text relate: the rate printed beside its ratio ("07/41 … đạt 17,07%"),
 * by how much a rate beats its target ("vượt chỉ tiêu 2,07%"), targets that are goals rather than
 * results, and the parts listed after a total ("1.017 …: cấp tỉnh 2; cấp huyện 26; …", "Trong
 * đó, …", a table's "Tổng cộng" row).
 */
import type { TextFigure } from './text-figure.ts';
import type { Span } from './scan.ts';
import type { TableCell } from './tables.ts';
import { qualifierBounds } from '../core/qualifiers.ts';
import { foldDiacritics } from '../core/fold.ts';

interface Found {
  fig: TextFigure;
  cell: TableCell | undefined;
}

const RATE_GAP = /(?:dat|chiem|ty le|ti le|bang|tuong ung|tuong duong|=|\()/;
const RATE_END = /(?:dat|chiem|ty le|ti le|bang|tuong ung|tuong duong)\s*(?:ty le|ti le)?\s*:?\s*$/;
const EXCESS_BEFORE = /vuot(?:\s+(?:chi|muc)\s+tieu)?(?:\s+(?:de\s+ra|duoc\s+giao))?\s*(?:la\s*)?[:,]?\s*$/;
const TARGET_CUE = /muc tieu|chi tieu|phan dau|dat ra|de ra|da xac dinh|nhiem ky toi|giai doan toi|thoi gian toi/;
const PARTS_TRIGGER = /:|trong do|bao gom|\bgom\b|chia ra|phan theo|cu the/;

const isCount = (f: TextFigure) => f.total === undefined && !f.percent && f.role === undefined;
const high = (f: TextFigure) => qualifierBounds(f.qualifier, f.value)[1];

function sameSentence(sentences: Span[], a: TextFigure, b: TextFigure): boolean {
  return sentences.some((s) => s.start <= a.start && b.end <= s.end);
}

/** Binds each rate to its ratio; the rate stops being a figure of its own. */
function bindRates(folded: string, found: Found[], sentences: Span[]): Found[] {
  const out: Found[] = [];
  for (let i = 0; i < found.length; i++) {
    const cur = found[i]!;
    out.push(cur);
    const next = found[i + 1];
    const r = cur.fig;
    if (!next || r.total === undefined || r.percent || !next.fig.percent || next.fig.qualifier) continue;
    const gap = folded.slice(r.end, next.fig.start);
    const ok = cur.cell
      ? next.cell?.table === cur.cell.table &&
        next.cell.rowIndex === cur.cell.rowIndex &&
        next.cell.colIndex === cur.cell.colIndex + 1 &&
        !/vuot/.test(foldDiacritics(next.cell.column))
      : sameSentence(sentences, r, next.fig) &&
        !/[\d.;]/.test(gap) &&
        !/vuot/.test(gap) &&
        // Near, with a word that introduces a rate; or further on, when that word stands right before it.
        ((gap.length <= 50 && (RATE_GAP.test(gap) || /^[\s,]*$/.test(gap))) || (gap.length <= 120 && RATE_END.test(gap)));
    if (!ok) continue;
    r.rate = { printed: next.fig.printed, value: next.fig.value, decimals: next.fig.decimals };
    i++;
  }
  return out;
}

export function markRoles(folded: string, input: Found[], sentences: Span[]): TextFigure[] {
  const found = bindRates(folded, input, sentences);
  const figs = found.map((f) => f.fig);
  const sentenceOf = (f: TextFigure) => sentences.find((s) => s.start <= f.start && f.start < s.end) ?? { start: f.start, end: f.end };

  found.forEach(({ fig, cell }, k) => {
    const s = sentenceOf(fig);
    if (fig.percent && fig.total === undefined) {
      const excess = cell
        ? /vuot/.test(foldDiacritics(cell.column))
        : EXCESS_BEFORE.test(folded.slice(Math.max(s.start, fig.start - 40), fig.start));
      if (excess) {
        fig.role = 'excess';
        for (let j = k - 1; j >= 0; j--) {
          const o = found[j]!;
          const near = cell ? o.cell?.table === cell.table && o.cell.rowIndex === cell.rowIndex : sameSentence(sentences, o.fig, fig);
          if (!near) break;
          if (o.fig.rate) {
            fig.excessOf = j;
            break;
          }
        }
        return;
      }
    }
    if (fig.total !== undefined || cell) return;
    const context = fig.percent ? folded.slice(s.start, s.end) : folded.slice(s.start, fig.start);
    if (TARGET_CUE.test(context)) fig.role = 'target';
  });

  // Parts listed after a total in the same sentence, or in the next one beginning "Trong đó".
  sentences.forEach((s, si) => {
    const inS = found.filter((f) => !f.cell && f.fig.start >= s.start && f.fig.start < s.end).map((f) => f.fig);
    for (let i = 0; i < inS.length; i++) {
      const total = inS[i]!;
      if (!isCount(total) || total.partOf !== undefined) continue;
      const parts: TextFigure[] = [];
      for (let j = i + 1; j < inS.length && isCount(inS[j]!); j++) parts.push(inS[j]!);
      if (!parts.length) continue;
      const trigger = folded.slice(total.end, parts[0]!.start).match(PARTS_TRIGGER);
      // One figure after "trong đó" is a subset ("27 cán bộ, trong đó 9 cán bộ nữ"), not a partition.
      if (!trigger || parts.length < 2) continue;
      if (parts.some((p) => p.value > high(total))) continue;
      for (const p of parts) p.partOf = figs.indexOf(total);
      i += parts.length;
    }
    if (si === 0 || !/^\s*trong\s+do\b/.test(folded.slice(s.start, s.end))) return;
    const prev = sentences[si - 1]!;
    const before = found.filter(
      (f) => !f.cell && f.fig.start >= prev.start && f.fig.start < prev.end && isCount(f.fig) && f.fig.partOf === undefined,
    );
    const total = before.at(-1)?.fig;
    const parts = inS.filter((p) => isCount(p) && p.partOf === undefined);
    if (!total || parts.length < 2 || parts.some((p) => p.value > high(total))) return;
    for (const p of parts) p.partOf = figs.indexOf(total);
  });

  // A table's total row: the other rows of its column are its parts.
  for (const { fig, cell } of found) {
    if (!cell?.totalRow || !isCount(fig)) continue;
    const parts = found.filter(
      (o) => o.cell && o.cell.table === cell.table && o.cell.colIndex === cell.colIndex && !o.cell.totalRow && isCount(o.fig),
    );
    if (parts.length && parts.every((p) => p.fig.value <= high(fig))) for (const p of parts) p.fig.partOf = figs.indexOf(fig);
  }
  return figs;
}
