/**
 * A seeded pseudo-random source (mulberry32): the same seed gives the same corpus, byte for
 * byte, on every machine, so benchmark runs compare like with like.
 */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [lo, hi], both included. */
  int(lo: number, hi: number): number;
  pick<T>(list: readonly T[]): T;
  /** `k` distinct items of `list`, in list order. */
  sample<T>(list: readonly T[], k: number): T[];
  chance(p: number): boolean;
}

export function createRng(seed: number): Rng {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  return {
    next,
    int,
    pick: (list) => list[Math.floor(next() * list.length)]!,
    sample(list, k) {
      const idx = new Set<number>();
      const n = Math.min(k, list.length);
      while (idx.size < n) idx.add(Math.floor(next() * list.length));
      return [...idx].sort((x, y) => x - y).map((i) => list[i]!);
    },
    chance: (p) => next() < p,
  };
}

/** A child stream: one part of the corpus can grow without shifting every other part. */
export function fork(seed: number, label: string): Rng {
  let h = seed >>> 0;
  for (let i = 0; i < label.length; i++) h = Math.imul(h ^ label.charCodeAt(i), 0x01000193) >>> 0;
  return createRng(h);
}
