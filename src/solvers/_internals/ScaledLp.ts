import { Rational } from '../../numbers/Rational.ts';
import type { LinearProgram, LpSolution, RowSense } from '../LinearProgram.ts';
import { lcmOfDenominators, toRationals, type ScaledVector } from './ScaledVector.ts';

/**
 * A LinearProgram with every row multiplied by the lcm of its denominators and the objective by the lcm
 * of its own: all data are integers, the feasible set and optimal x are unchanged, the dual of row r is
 * multiplied by objScale / rowScale[r]. Integer data let the simplex and the certificates use BigInt
 * without gcds.
 */
export interface ScaledLp {
  readonly a: readonly (readonly bigint[])[];
  readonly sense: readonly RowSense[];
  readonly b: readonly bigint[];
  readonly c: readonly bigint[];
  readonly rowScale: readonly bigint[];
  readonly objScale: bigint;
}

export function scaleLp(lp: LinearProgram): ScaledLp {
  const rowScale = lp.rows.map((r) => lcmOfDenominators([...r.coeffs, r.rhs]));
  const objScale = lcmOfDenominators(lp.objective);
  const toInt = (q: Rational, s: bigint): bigint => (q.num * s) / q.den;
  return {
    a: lp.rows.map((r, i) => r.coeffs.map((q) => toInt(q, rowScale[i]!))),
    sense: lp.rows.map((r) => r.sense),
    b: lp.rows.map((r, i) => toInt(r.rhs, rowScale[i]!)),
    c: lp.objective.map((q) => toInt(q, objScale)),
    rowScale,
    objScale,
  };
}

/**
 * A dual vector of the scaled LP as one of the original: y_r * rowScale_r / objScale. Also right for a
 * Farkas vector, which only matters up to a positive factor.
 */
export function unscaleDual(lp: ScaledLp, y: ScaledVector): Rational[] {
  return toRationals(y).map((v, r) => v.mul(Rational.fraction(lp.rowScale[r]!, lp.objScale)));
}

/** A primal-dual pair of the scaled LP as a solution of the original one (x is unchanged by scaling). */
export function unscaleSolution(lp: LinearProgram, scaled: ScaledLp, x: ScaledVector, y: ScaledVector): LpSolution {
  const xs = toRationals(x);
  return { value: lp.value(xs), x: xs, y: unscaleDual(scaled, y) };
}
