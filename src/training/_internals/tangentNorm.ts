import { tangentCurvature } from '../../performative/optimum/tangentCurvature.ts';
import { Rational } from '../../numbers/Rational.ts';
import { rationalSqrtUpper } from './rationalBounds.ts';

/**
 * A certified upper bound of the norm of A on tangent vectors. A maps tangent vectors to tangent vectors and
 * is symmetric there (I + s times the tangent Hessian), so the norm is the largest |eigenvalue| of M = P A P
 * on them: rho bounds it iff rho I - M and rho I + M are positive semidefinite on tangent vectors, decided
 * exactly (tangentCurvature). Bisection between 0 and the Frobenius norm (always an upper bound) keeps the
 * smallest rho found, within 2^-BISECTION_STEPS of the norm; for many outcomes (the tests cost n^3 each)
 * the Frobenius norm itself is used.
 */
export function normOnTangent(A: readonly (readonly Rational[])[]): Rational {
  const n = A.length;
  const P = (i: number, j: number) => (i === j ? Rational.ONE : Rational.ZERO).sub(Rational.of(1n, BigInt(n)));
  const PA = A.map((_, i) => A[0]!.map((__, j) => Rational.sum(A.map((row, k) => P(i, k).mul(row[j]!)))));
  const M = PA.map((row) => row.map((_, j) => Rational.sum(row.map((x, k) => x.mul(P(k, j))))));
  const frobenius = rationalSqrtUpper(Rational.sum(M.flat().map((x) => x.mul(x))));
  if (n > BISECTION_OUTCOMES) return frobenius;
  const all = M.map((_, i) => i);
  // rho I -+ M >= 0 on tangent vectors, i.e. the form -(rho I -+ M) is concave there.
  const bounds = (rho: Rational) =>
    [Rational.ONE, Rational.ONE.neg()].every((sign) => tangentCurvature(M.map((row, i) => row.map((x, j) => x.mul(sign).sub(i === j ? rho : Rational.ZERO))), all) !== 'indefinite');
  let [lo, hi] = [Rational.ZERO, frobenius];
  for (let k = 0; k < BISECTION_STEPS; k++) {
    const mid = lo.add(hi).div(Rational.of(2));
    if (bounds(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** Bisection steps for the norm bound, and the largest number of outcomes it is used for. */
const BISECTION_STEPS = 24;
const BISECTION_OUTCOMES = 32;

