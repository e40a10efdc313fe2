/**
 * Which indicator (and which data row) a figure of the text is about: the words of the
 * indicator's name found in the figure's clause, for a figure of the indicator's shape.
 */
import { foldKeep } from './scan.ts';
import type { TextFigure } from './text-figure.ts';

type Shape = 'ratio' | 'percent' | 'count';

function shapeOf(f: Pick<TextFigure, 'total' | 'percent'>): Shape {
  return f.total !== undefined ? 'ratio' : f.percent ? 'percent' : 'count';
}

/** A ratio's indicator takes a ratio (its rate is printed beside it); a percent takes a percent. */
export function fits(f: Pick<TextFigure, 'total' | 'percent'>, measure: string | undefined): boolean {
  return measure === shapeOf(f);
}

const STOP = new Set(
  'so cac co cua va la trong tren tong duoc nhung mot nhu voi cho den tu theo the nay do da dang ve tai o ca moi'.split(' '),
);

export function tokens(s: string): Set<string> {
  return new Set(
    foldKeep(s.normalize('NFC'))
      .split(/[^a-z0-9]+/)
      .filter((w) => w && !STOP.has(w) && !/^\d+$/.test(w)),
  );
}

/** Share of the words of `name` found in `context` (0–1). */
export function overlap(context: Set<string>, name: Set<string>): number {
  if (!name.size) return 0;
  let hit = 0;
  for (const w of name) if (context.has(w)) hit++;
  return hit / name.size;
}

export interface IndicatorLike {
  id: string;
  name: string;
  measure: string;
}

/** The indicator whose name the figure's clause speaks of, when one clearly does (≥ `min`, no tie). */
export function suggestIndicator<I extends IndicatorLike>(f: TextFigure, indicators: readonly I[], min = 0.6): I | undefined {
  const ctx = tokens(`${f.label} ${f.context} ${f.noun}`);
  let best: I | undefined;
  let bestScore = 0;
  let tie = false;
  for (const ind of indicators) {
    if (!fits(f, ind.measure)) continue;
    const score = overlap(ctx, tokens(ind.name));
    if (score > bestScore + 1e-9) {
      best = ind;
      bestScore = score;
      tie = false;
    } else if (Math.abs(score - bestScore) < 1e-9) tie = true;
  }
  return best && bestScore >= min && !tie ? best : undefined;
}
