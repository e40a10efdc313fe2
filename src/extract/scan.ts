/**
 * Text helpers for reading figures and dates out of prose: a diacritic-free copy of the text
 * that keeps every offset (so patterns are written once, in ASCII, and still point at the
 * original characters), line numbers, and sentence spans.
 */
import { fold } from '../docnumber/normalize.ts';

const folded = new Map<string, string>();

/** One character folded to one character (ế → e, Đ → d); characters that would not stay one are kept. */
function foldChar(ch: string): string {
  let f = folded.get(ch);
  if (f === undefined) {
    const g = fold(ch);
    f = g.length === ch.length ? g : ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch;
    folded.set(ch, f);
  }
  return f;
}

/** `text` lowercased without diacritics, with exactly the same length and offsets. */
export function foldKeep(text: string): string {
  // Two regex passes beat a loop of string concatenation several times over on article bodies.
  return text.replace(/[^\x00-\x7F]/g, foldChar).replace(/[A-Z]+/g, (s) => s.toLowerCase());
}

/** Start offset of every line: `lineStarts(t)[n - 1]` is where line n begins. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** 1-based line of `offset`. */
export function lineAt(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

export interface Span {
  start: number;
  end: number;
}

/**
 * Sentences of one line: a sentence ends at `.`, `!`, `?` or `…` followed by a space and an
 * uppercase letter or a digit, or at the end of the line. `1.017` and `17,07%` never end one.
 */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  const starts = lineStarts(text);
  for (let n = 0; n < starts.length; n++) {
    const lineStart = starts[n]!;
    const lineEnd = n + 1 < starts.length ? starts[n + 1]! - 1 : text.length;
    const line = text.slice(lineStart, lineEnd);
    const re = /[.!?…]+["”’)]*\s+(?=[\p{Lu}\d"“])/gu;
    let from = 0;
    for (let m = re.exec(line); m; m = re.exec(line)) {
      spans.push({ start: lineStart + from, end: lineStart + m.index + m[0].trimEnd().length });
      from = m.index + m[0].length;
    }
    if (from < line.length) spans.push({ start: lineStart + from, end: lineEnd });
  }
  return spans.filter((s) => text.slice(s.start, s.end).trim() !== '');
}

/** Marks offsets that no figure may use (dates, document numbers, markup). */
export class Mask {
  private readonly blocked: Uint8Array;
  constructor(length: number) {
    this.blocked = new Uint8Array(length);
  }
  add(start: number, end: number): void {
    this.blocked.fill(1, Math.max(0, start), Math.min(this.blocked.length, end));
  }
  hits(start: number, end: number): boolean {
    for (let i = start; i < end; i++) if (this.blocked[i]) return true;
    return false;
  }
}
