import { Rational } from '../numbers/Rational.ts';
import type { MatrixGame } from './MatrixGame.ts';
import { solveZeroSum } from './solveZeroSum.ts';
import { certifiedLp, type CertifiedBy, type SolveOptions } from './_internals/certifiedLp.ts';
import { gameLp, integerGame } from './_internals/gameLp.ts';
import { toRationals } from './_internals/ScaledVector.ts';

export interface OptimalFaceAnswer {
  /** Some optimal row strategy puts positive weight on the set (maxWeight > 0). */
  readonly allows: boolean;
  /** max sum_{i in S} x_i over all optimal row strategies x, exactly. */
  readonly maxWeight: Rational;
  /** An optimal row strategy attaining maxWeight. */
  readonly strategy: readonly Rational[];
  readonly value: Rational;
  readonly certifiedBy: CertifiedBy;
}

/**
 * "Does SOME optimal row strategy put weight on S?" The optimal row strategies form a face of the
 * simplex, {x : x^T A >= v* columnwise} (minimax theorem); over it we maximise sum_{i in S} x_i:
 *   max sum_S x_i  s.t.  sum_i A'_ij x_i - v >= 0 (all j),  sum x = 1,  v >= v'*.
 * The answer is certified by LP duality (primal feasible x, dual feasible y, equal objectives), so a
 * maxWeight of exactly 0 proves that EVERY optimal strategy avoids S.
 */
export async function optimalFaceAllows(
  game: MatrixGame,
  set: readonly number[] | ((row: number) => boolean),
  options: SolveOptions = {},
): Promise<OptimalFaceAnswer> {
  const inSet = typeof set === 'function' ? set : (i: number) => set.includes(i);
  const { value } = await solveZeroSum(game, options);
  const g = integerGame(game);
  const vStar = value.mul(Rational.of(g.scale)).add(Rational.of(g.shift));
  const lp = gameLp(g, [...g.a.map((_, i) => (inSet(i) ? 1n : 0n)), 0n]);
  const m = g.a.length;
  const faceLp = {
    ...lp,
    a: [...lp.a, [...new Array<bigint>(m).fill(0n), vStar.den]],
    sense: [...lp.sense, '>=' as const],
    b: [...lp.b, vStar.num],
    rowScale: [...lp.rowScale, vStar.den],
  };
  const sol = await certifiedLp(faceLp, options);
  const strategy = toRationals({ num: sol.x.num.slice(0, m), den: sol.x.den });
  const maxWeight = Rational.sum(strategy.filter((_, i) => inSet(i)));
  return { allows: maxWeight.sign() > 0, maxWeight, strategy, value, certifiedBy: sol.certifiedBy };
}
