/**
 * A small deterministic PRNG (mulberry32) for the trainers' random choices (initial reports, random-search
 * proposals). Only indices are drawn from it, never numbers that enter a verdict: every quantity the trainers
 * compute is exact (Rational) or certified, so a run is reproducible from its seed on every platform.
 */
export interface SeededRandom {
  /** A uniform integer in [0, m). */
  int(m: number): number;
}

export function seededRandom(seed: number): SeededRandom {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    int(m: number): number {
      if (!Number.isSafeInteger(m) || m < 1) throw new RangeError(`seededRandom.int needs a positive integer bound, got ${m}`);
      return Math.min(m - 1, Math.floor(next() * m));
    },
  };
}
