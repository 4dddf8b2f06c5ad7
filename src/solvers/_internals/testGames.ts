import fc from 'fast-check';
import { MatrixGame } from '../MatrixGame.ts';

/** Small integer games (1..5 x 1..5, entries -5..5), shrinking to fewer strategies and smaller entries. */
export const smallGame = (maxSize = 5): fc.Arbitrary<MatrixGame> =>
  fc
    .tuple(fc.integer({ min: 1, max: maxSize }), fc.integer({ min: 1, max: maxSize }))
    .chain(([m, n]) => fc.array(fc.array(fc.integer({ min: -5, max: 5 }), { minLength: n, maxLength: n }), { minLength: m, maxLength: m }))
    .map((rows) => MatrixGame.of(rows));

/** Skew-symmetric games of 1..6 strategies. */
export const symmetricGame = (maxSize = 6): fc.Arbitrary<MatrixGame> =>
  fc
    .integer({ min: 1, max: maxSize })
    .chain((n) => fc.array(fc.integer({ min: -4, max: 4 }), { minLength: n * n, maxLength: n * n }).map((v) => MatrixGame.skewSymmetric(n, (i, j) => v[i * n + j]!)));

/** A deterministic skew-symmetric game of n strategies with entries in -5..5 (LCG from a seed). */
export function seededSymmetricGame(n: number, seed: number): MatrixGame {
  let s = seed >>> 0;
  const next = (): number => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s;
  };
  return MatrixGame.skewSymmetric(n, () => (next() >>> 16) % 11 - 5);
}
