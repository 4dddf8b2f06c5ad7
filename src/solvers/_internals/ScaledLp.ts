import { Rational } from '../../numbers/Rational.ts';
import { bigintGcd } from '../../numbers/bigintMath.ts';
import type { LinearProgram, RowSense } from '../LinearProgram.ts';

/**
 * A LinearProgram with every row multiplied by the lcm of its denominators and the objective by the lcm
 * of its own: all data are integers, the feasible set and optimal x are unchanged, the dual of row r is
 * multiplied by objScale / rowScale[r]. Integer data let the certificate use BigInt without gcds.
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

export function lcmOfDenominators(qs: readonly Rational[]): bigint {
  return qs.reduce((l, q) => (q.den === 1n ? l : (l / bigintGcd(l, q.den)) * q.den), 1n);
}
