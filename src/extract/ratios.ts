/**
 * The phrasings of a ratio that put words between its count and its total, and what a "trong
 * đó" says: "có 38 trong tổng số 45 thôn", "38 thôn, khu phố trong tổng số 45", "120 chi bộ,
 * trong đó 98 chi bộ … chiếm 81,7%" (98 of 120, at the rate printed), "809 trường hợp, chiếm
 * 79,5%" (of the count before it that gives that rate), and "27 cán bộ, trong đó 9 cán bộ nữ" (a
 * subset of 27, not a sibling). Works on the figures in text order, before the roles are marked.
 */
import { agreesWithPrinted } from '../core/printed.ts';
import type { TextFigure } from './text-figure.ts';
import type { Span } from './scan.ts';
import type { TableCell } from './tables.ts';

interface Found {
  fig: TextFigure;
  cell: TableCell | undefined;
}

const isCount = (f: TextFigure) => f.total === undefined && !f.percent && f.role === undefined && f.rate === undefined;
/**
 * Up to ten words (a noun, a list of nouns) then "trong/trên tổng số": the total follows. Each
 * word ends at a space or a comma, so a gap is read one way only; the last may run into "trong".
 * (Written as `(?:\p{L}+[\s,]*){0,10}?`, a gap that was not such a phrase, a long word or a few,
 * was tried every way its letters split into ten runs: a third of the whole check's time.)
 */
export const OF_TOTAL =
  /^\s*(?:\p{L}+[\s,]+){0,10}?(?:trong|tren)\s+(?:tong\s+so|so)\s*(?::\s*)?$|^\s*(?:\p{L}+[\s,]+){0,9}?\p{L}+(?:trong|tren)\s+(?:tong\s+so|so)\s*(?::\s*)?$/u;
/** "…, trong đó" between a whole and what it holds. */
const TRONG_DO = /^[^.;:\d]{0,80}?[,(]?\s*trong\s+do\s*[,:]?\s*(?:co\s+)?$/;
/** A rate right after a count: "…, chiếm 79,5%", "(đạt 80%)", "bằng 12%". */
const RATE_AFTER = /^[^.;\d%]{0,60}?(?:chiem|dat|bang|tuong\s+ung|tuong\s+duong)\s*(?:ty\s+le|ti\s+le)?\s*:?\s*$|^\s*\(\s*$/;

/** Joins the ratios written with words between their counts; binds rates to them; marks subsets. */
export function joinRatios(text: string, folded: string, input: Found[], sentences: Span[]): Found[] {
  const sentenceOf = (f: TextFigure) => sentences.findIndex((s) => s.start <= f.start && f.start < s.end);
  const found = [...input];
  // "X … trong tổng số Y": one ratio, printed from X to Y.
  for (let i = 0; i + 1 < found.length; i++) {
    const x = found[i]!;
    const y = found[i + 1]!;
    if (x.cell || y.cell || !isCount(x.fig) || !isCount(y.fig) || y.fig.qualifier || sentenceOf(x.fig) !== sentenceOf(y.fig)) continue;
    if (!OF_TOTAL.test(folded.slice(x.fig.end, y.fig.start)) || x.fig.value > y.fig.value) continue;
    x.fig.total = y.fig.value;
    x.fig.totalPrinted = y.fig.printed;
    x.fig.end = y.fig.end;
    x.fig.printed = text.slice(x.fig.start, y.fig.end).trim();
    found.splice(i + 1, 1);
  }
  // A count, then a rate: the rate of that count out of the whole it belongs to.
  for (let i = 0; i + 1 < found.length; i++) {
    const x = found[i]!;
    const z = found[i + 1]!;
    if (
      x.cell ||
      !isCount(x.fig) ||
      !z.fig.percent ||
      z.fig.total !== undefined ||
      z.fig.qualifier ||
      sentenceOf(x.fig) !== sentenceOf(z.fig)
    )
      continue;
    if (!RATE_AFTER.test(folded.slice(x.fig.end, z.fig.start))) continue;
    const si = sentenceOf(x.fig);
    // Candidates: counts before it in its sentence and the one before, nearest first.
    const before = found
      .slice(0, i)
      .filter((o) => !o.cell && isCount(o.fig) && o.fig.value > x.fig.value && si - sentenceOf(o.fig) <= 1)
      .reverse();
    const stated = before.find((o) => sentenceOf(o.fig) === si && TRONG_DO.test(folded.slice(o.fig.end, x.fig.start)));
    const agreeing = before.find((o) => agreesWithPrinted((x.fig.value / o.fig.value) * 100, z.fig.value, z.fig.decimals));
    // "Y, trong đó X … chiếm Z%" names its whole: the rate is checked against it, right or wrong.
    const whole = stated ?? agreeing;
    if (!whole) continue;
    x.fig.total = whole.fig.value;
    x.fig.totalPrinted = whole.fig.printed;
    x.fig.rate = { printed: z.fig.printed, value: z.fig.value, decimals: z.fig.decimals };
    found.splice(i + 1, 1);
  }
  return found;
}

/** "Y …, trong đó X …" with one X (no rate): X is a subset of Y, not a part that must add up. */
export function markSubsets(folded: string, figs: TextFigure[], sentences: Span[]): void {
  const sentenceOf = (f: TextFigure) => sentences.findIndex((s) => s.start <= f.start && f.start < s.end);
  figs.forEach((x, i) => {
    if (i === 0 || x.column !== undefined || x.partOf !== undefined || x.total !== undefined || x.percent || x.role) return;
    const si = sentenceOf(x);
    const sameSentence = figs
      .slice(0, i)
      .reverse()
      .find((o) => sentenceOf(o) === si && o.total === undefined && !o.percent && o.partOf === undefined && o.column === undefined);
    if (sameSentence && TRONG_DO.test(folded.slice(sameSentence.end, x.start)) && x.value <= sameSentence.value) {
      x.subsetOf = figs.indexOf(sameSentence);
      return;
    }
    // "Trong đó, 9 …" opening the next sentence: a subset of the last count before it.
    const s = sentences[si];
    if (!s || si === 0 || !/^\s*trong\s+do\s*[,:]?\s*(?:co\s+)?$/.test(folded.slice(s.start, x.start))) return;
    const prev = figs
      .slice(0, i)
      .reverse()
      .find((o) => sentenceOf(o) === si - 1 && o.total === undefined && !o.percent && o.column === undefined);
    if (prev && x.value <= prev.value) x.subsetOf = figs.indexOf(prev);
  });
}

/** "từ năm 2015 đến đầu năm 2020", "giai đoạn 2016-2020", "nhiệm kỳ 2015 - 2020": the period a sentence's figures cover. */
const PERIOD_RE =
  /(?:tu|trong)\s+(?:(?:dau|cuoi|giua|thang\s+\d{1,2})\s+)?(?:nam\s+)?((?:19|20)\d\d)\s*(?:,\s*)?(?:den|toi|cho\s+den)\s+(?:(?:dau|cuoi|giua|het|thang\s+\d{1,2})\s+)?(?:nam\s+)?((?:19|20)\d\d)|(?:giai\s+doan|nhiem\s+ky|thoi\s+ky)\s+((?:19|20)\d\d)\s*[-–—]\s*((?:19|20)\d\d)/g;

export function markPeriods(folded: string, figs: TextFigure[], sentences: Span[]): void {
  for (const s of sentences) {
    PERIOD_RE.lastIndex = 0;
    const m = PERIOD_RE.exec(folded.slice(s.start, s.end));
    if (!m) continue;
    const from = m[1] ?? m[3]!;
    const to = m[2] ?? m[4]!;
    if (Number(to) <= Number(from)) continue;
    for (const f of figs) if (f.start >= s.start && f.start < s.end) f.period = `${from}/${to}`;
  }
}

/** "giảm 12 đơn vị", "tăng thêm 3 chi bộ": a change, not a count of what exists. */
const CHANGE_BEFORE = /(?:^|[^\p{L}])(giam|tang)(?:\s+(?:them|duoc|con|di|xuong|len))?\s*$/u;

export function markChanges(folded: string, figs: TextFigure[]): void {
  for (const f of figs) {
    if (f.total !== undefined || f.column !== undefined) continue;
    const m = CHANGE_BEFORE.exec(folded.slice(Math.max(0, f.start - 20), f.start));
    // "giảm còn 15": what remains, not the change.
    if (m && !/\bcon\s*$/.test(folded.slice(Math.max(0, f.start - 8), f.start))) f.change = m[1] === 'giam' ? 'decrease' : 'increase';
  }
}
