import type { Rational } from '../numbers/Rational.ts';
import type { CertifiedBy } from './_internals/certifiedLp.ts';

/**
 * A certified solution of a zero-sum matrix game: x guarantees the row player at least `value` against
 * every column and y concedes at most `value` against every row, both checked exactly, so by LP duality
 * (von Neumann's minimax theorem) `value` is the value of the game and (x, y) is an equilibrium.
 */
export interface ZeroSumSolution {
  readonly value: Rational;
  readonly rowStrategy: readonly Rational[];
  readonly colStrategy: readonly Rational[];
  readonly certifiedBy: CertifiedBy;
  /** Wall-clock figures for the benchmark; never used to decide anything. */
  readonly timings: { readonly floatMs?: number; readonly totalMs: number };
}
