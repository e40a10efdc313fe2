/**
 * Reads the figures a Vietnamese text states: ratios ("07/41 đồng chí đạt 17,07%", "16/17 xã,
 * phường"), counts with their noun ("1.017 trường hợp", "cấp huyện 26"), qualified figures ("trên
 * 5.120 lượt", "gần 80%") and percentages, each with the sentence and line it comes from. Each
 * printed form is read by the same parser the check uses (src/core/printed.ts), so a figure
 * means here what it means in data/observations.csv. What is never a figure: see masks.ts.
 */
import type { TextFigure } from './text-figure.ts';
import { parsePrinted } from '../core/printed.ts';
import { QUALIFIER_BEFORE } from '../core/qualifiers.ts';
import { VI_INTEGER_SOURCE, VI_NUMBER_SOURCE } from '../core/vi-number.ts';
import { durationAfter, maskOf, namedBefore } from './masks.ts';
import { foldKeep, lineAt, lineStarts, sentenceSpans, type Span } from './scan.ts';
import { markRoles } from './roles.ts';
import { joinRatios, markChanges, markPeriods, markSubsets } from './ratios.ts';
import { tableCells, type TableCell } from './tables.ts';

export type { TextFigure };

/** A number, and a ratio's total, as core/vi-number.ts declares them: what parsePrinted reads back. */
const FIGURE_RE = new RegExp(
  `(?<![\\p{L}\\p{N}.,/\\uFFFD-])(${VI_NUMBER_SOURCE})(?:(\\s*/\\s*|\\s+[tT]rên\\s+(?:tổng\\s+số\\s+)?)(${VI_INTEGER_SOURCE}))?(\\s*%)?(?![\\p{L}\\p{N}\\uFFFD]|[.,/]\\d)`,
  'gu',
);
/** Words that end the noun after a number. */
const NOUN_STOP = new Set(
  'la duoc co da cua trong tren voi dat chiem kiem thi nhung nay do de tai o tu den va hoac theo bang so sanh tang giam gom nhu khi ma'.split(
    ' ',
  ),
);

function nounAfter(text: string, folded: string, end: number): string {
  const m = /^\s*((?:[\p{L}]+[ \t]*){1,6})/u.exec(text.slice(end, end + 60));
  if (!m) return '';
  const words = m[1]!.trim().split(/\s+/);
  const fwords = foldKeep(m[1]!.trim()).split(/\s+/);
  const stop = fwords.findIndex((w, i) => NOUN_STOP.has(w) || (i > 0 && fwords[i - 1] === 'dong' && w === 'thoi'));
  return words.slice(0, stop < 0 ? 5 : Math.min(stop, 5)).join(' ');
}

function labelBefore(text: string, start: number, from: number): string {
  const piece = text.slice(from, start);
  const cut = Math.max(piece.lastIndexOf(';'), piece.lastIndexOf(':'), piece.lastIndexOf('|'), piece.search(/\d[^\d]*$/));
  const words = piece
    .slice(cut + 1)
    .replace(/[^\p{L}\s,]/gu, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  return words
    .slice(-8)
    .join(' ')
    .replace(/^,\s*|,\s*$/g, '');
}

/**
 * Numbers written as words, before what they count ("hai thị trấn", "ba đồng chí"). "năm" (five,
 * and year) and "tư" (four, and "đầu tư xã hội") say other things before the same nouns: left out.
 */
const WORD_NUMBERS: Record<string, number> = { hai: 2, ba: 3, bốn: 4, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10 };
const COUNTED =
  'xa|phuong|thi tran|huyen|quan|thi xa|thanh pho|tinh|ap|thon|khu pho|to dan pho|ban|buon|chi bo|dang bo|dang vien|dong chi|can bo|cong chuc|truong hop|don vi|co quan|to chuc|nguoi|lop|doan|mo hinh|hoi nghi|cuoc|dot|nhiem vu|chuc danh|vi tri|truong|hoi|thanh vien|uy vien|dai bieu';
/** Read on the text itself, lower-cased: its diacritics tell "sáu" (six) from "sau" (after), "ba" from "bà". */
const WORD_NUMBER_RE = /(?<![\p{L}\p{N}])(hai|ba|bốn|sáu|bảy|tám|chín|mười)(?=\s)/gu;
const COUNTED_RE = new RegExp(`^\\s+(?:${COUNTED})(?![\\p{L}])`, 'u');

function words(text: string, folded: string, mask: ReturnType<typeof maskOf>): { fig: TextFigure; cell: undefined }[] {
  const out: { fig: TextFigure; cell: undefined }[] = [];
  const starts = lineStarts(text);
  const sentences = sentenceSpans(text);
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return out;
  WORD_NUMBER_RE.lastIndex = 0;
  for (let m = WORD_NUMBER_RE.exec(lower); m; m = WORD_NUMBER_RE.exec(lower)) {
    const start = m.index;
    const end = start + m[1]!.length;
    if (!COUNTED_RE.test(folded.slice(end, end + 30))) continue;
    if (mask.hits(start, end) || namedBefore(text, folded, start)) continue;
    // "thứ hai", "lần ba": ordinals are not counts.
    if (/(?:thu|lan|nam|ky|khoa|dot|buoc)\s+$/.test(folded.slice(Math.max(0, start - 6), start))) continue;
    const span = sentences.find((s) => s.start <= start && start < s.end) ?? { start, end };
    out.push({
      fig: {
        value: WORD_NUMBERS[m[1]!]!,
        percent: false,
        decimals: 0,
        printed: text.slice(start, end),
        noun: nounAfter(text, folded, end),
        label: labelBefore(text, start, span.start),
        sentence: text.slice(span.start, span.end).trim(),
        context: '',
        line: lineAt(starts, start),
        start,
        end,
      },
      cell: undefined,
    });
  }
  return out;
}

/** Every figure `text` states, in order. */
export function readFigures(input: string): TextFigure[] {
  const text = input.normalize('NFC');
  const folded = foldKeep(text);
  const mask = maskOf(text, folded);
  const starts = lineStarts(text);
  const sentences = sentenceSpans(text);
  const cells = tableCells(text);
  const sentenceOf = (pos: number): Span => sentences.find((s) => s.start <= pos && pos < s.end) ?? { start: pos, end: pos };
  const found: { fig: TextFigure; cell: TableCell | undefined }[] = [];
  FIGURE_RE.lastIndex = 0;
  for (let m = FIGURE_RE.exec(text); m; m = FIGURE_RE.exec(text)) {
    let start = m.index;
    const end = start + m[0].length;
    const [, a, sep, b, pct] = m;
    if (mask.hits(start, end) || namedBefore(text, folded, start)) continue;
    if (!b && !pct && durationAfter(folded, end)) continue;
    // A year alone (2019) is a date; so is a bare number of four digits in the years' range.
    if (!b && !pct && /^(19|20)\d\d$/.test(a!)) continue;
    const q = QUALIFIER_BEFORE.exec(text.slice(Math.max(0, start - 12), start));
    const qualWord = q ? q[1]!.trim().toLowerCase() : '';
    if (q) start -= q[1]!.length;
    const canonical = `${qualWord ? `${qualWord} ` : ''}${b ? `${a}/${b}` : a}${pct ? '%' : ''}`;
    const p = parsePrinted(canonical);
    if (!p) continue;
    const value = p.ratio ? p.ratio.value : p.number!;
    if (sep && !sep.includes('/') && p.ratio && p.ratio.value > p.ratio.total) continue; // "16 trên 5 …" is no ratio
    const span = sentenceOf(m.index);
    const cell: TableCell | undefined = cells.get(m.index);
    const fig: TextFigure = {
      value,
      percent: p.percent,
      decimals: p.decimals,
      printed: text.slice(start, end).trim(),
      noun: cell ? cell.column : nounAfter(text, folded, end),
      label: cell ? cell.row : labelBefore(text, start, span.start),
      sentence: text.slice(span.start, span.end).trim(),
      context: '',
      line: lineAt(starts, m.index),
      start,
      end,
    };
    if (p.ratio) fig.total = p.ratio.total;
    if (p.qualifier) fig.qualifier = p.qualifier;
    if (cell) fig.column = cell.column;
    found.push({ fig, cell });
  }
  const figures = markRoles(
    folded,
    joinRatios(
      text,
      folded,
      [...words(text, folded, mask), ...found].sort((a, b) => a.fig.start - b.fig.start),
      sentences,
    ),
    sentences,
  );
  markSubsets(folded, figures, sentences);
  markPeriods(folded, figures, sentences);
  markChanges(folded, figures);
  // Context: the clause between a figure's neighbours in its sentence (a table cell: its row and column).
  figures.forEach((f, i) => {
    if (f.column !== undefined) {
      f.context = `${f.label} ${f.column}`;
      return;
    }
    const s = sentenceOf(f.start);
    const prev = figures[i - 1];
    const next = figures[i + 1];
    const from = prev && prev.end > s.start ? prev.end : s.start;
    const to = next && next.start < s.end ? next.start : s.end;
    f.context = text.slice(from, to).trim();
  });
  return figures;
}
