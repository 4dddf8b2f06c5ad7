import { Rational } from '../numbers/Rational.ts';
import type { SplitMix64 } from './SplitMix64.ts';

/**
 * The authors' `RandomDistr[n]` on the grid of denominator g: draw n - 1 coordinates independently and
 * uniformly from {0, 1/g, ..., 1}, draw again when their sum exceeds 1, and set the last coordinate to
 * 1 minus their sum. Every draw is uniform over the grid points of the simplex (rejection keeps the
 * uniform law). With `interior`, draws with a zero coordinate are rejected too (for rules such as the
 * log score, defined on the interior only). Exact: the coordinates are k/g.
 */
export function randomDistr(random: SplitMix64, n: number, grid: number, interior = false): Rational[] {
  const g = BigInt(grid);
  for (;;) {
    const head = Array.from({ length: n - 1 }, () => random.int(grid + 1));
    const total = head.reduce((s, k) => s + k, 0);
    if (total > grid) continue;
    const counts = [...head, grid - total];
    if (interior && counts.some((k) => k === 0)) continue;
    return counts.map((k) => Rational.of(BigInt(k), g));
  }
}
