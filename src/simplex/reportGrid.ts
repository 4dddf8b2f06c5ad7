import { Rational } from '../numbers/Rational.ts';

/**
 * Every distribution over n outcomes whose coordinates are multiples of 1/denominator (interior: all
 * coordinates positive), in lexicographic order of the numerators, largest first coordinate last:
 * binary, denominator 4: (0, 1), (1/4, 3/4), (1/2, 1/2), (3/4, 1/4), (1, 0).
 */
export function reportGrid(n: number, denominator: number, interior = false): Rational[][] {
  if (!Number.isSafeInteger(n) || n < 1) throw new RangeError(`outcomes must be a positive integer, got ${n}`);
  if (!Number.isSafeInteger(denominator) || denominator < 1) throw new RangeError(`grid must be a positive integer, got ${denominator}`);
  const min = interior ? 1 : 0;
  const out: Rational[][] = [];
  const d = BigInt(denominator);
  const walk = (prefix: number[], left: number): void => {
    if (prefix.length === n - 1) {
      if (left >= min) out.push([...prefix, left].map((k) => Rational.fraction(BigInt(k), d)));
      return;
    }
    for (let k = min; k <= left - min * (n - 1 - prefix.length); k++) walk([...prefix, k], left - k);
  };
  walk([], denominator);
  return out;
}

/** The index of a distribution in the grid, or -1 when it is not a grid point. */
export function gridIndex(grid: readonly (readonly Rational[])[], p: readonly Rational[]): number {
  return grid.findIndex((g) => g.length === p.length && g.every((c, i) => c.equals(p[i]!)));
}
