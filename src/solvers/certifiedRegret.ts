import { Rational } from '../numbers/Rational.ts';
import { colBelow, rowAbove, type Weighted, type ZeroSumOracle } from './ZeroSumOracle.ts';

/**
 * The exact duality gap max_r A(r, y) - min_c A(x, c) of a profile claimed to be an equilibrium with value
 * v = x^T A y, re-checked by the oracles over the full game: no pure row earns more than v against y and no
 * pure column concedes less than v to x, so both extremes equal v (x's own rows average v against y) and
 * the gap is exactly 0. Anything else is a bug, and says so.
 */
export function certifiedRegret<R, C>(oracle: ZeroSumOracle<R, C>, x: readonly Weighted<R>[], y: readonly Weighted<C>[], value: Rational): Rational {
  const xy = Rational.sum(x.flatMap((a) => y.map((b) => a.weight.mul(b.weight).mul(oracle.payoff(a.strategy, b.strategy)))));
  if (!xy.equals(value)) throw new Error(`the equilibrium earns ${xy}, not its value ${value} (a bug)`);
  const row = rowAbove(oracle, y, value);
  const col = colBelow(oracle, x, value);
  if (row || col) {
    const gap = oracle.bestRow(y).value.sub(oracle.bestCol(x).value);
    throw new Error(`the certified equilibrium has regret ${gap} (a bug)`);
  }
  return Rational.ZERO;
}
