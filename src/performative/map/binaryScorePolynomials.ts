import { Rational } from '../../numbers/Rational.ts';
import { RationalField } from '../../numbers/RationalField.ts';
import type { ScoringRule } from '../../scoring/ScoringRule.ts';
import { binaryReport } from './performativeObjective.ts';

/** A polynomial c0 + c1 x + c2 x^2 with exact coefficients. */
export type Quadratic = readonly [Rational, Rational, Rational];

/** S(x, 1) and D(x) = S(x, 0) - S(x, 1) of a binary rule with the quadratic trait, exactly. */
export interface ScorePolynomials {
  readonly second: Quadratic;
  readonly difference: Quadratic;
}

const cache = new WeakMap<ScoringRule, ScorePolynomials>();

/**
 * For a binary rule with the quadratic trait (S(p, y) = Q(p) + a_y(p)), S(x, y) at the report (x, 1 - x)
 * is a quadratic polynomial in x and D = S(., 0) - S(., 1) is affine, so the objective on a piece where
 * f is affine is a quadratic whose coefficients need no score evaluation (docs/mathematics.md PP-07).
 * Interpolated at x = 1/4, 1/2, 3/4 (inside the simplex whatever the rule's domain): three values fix a
 * quadratic. D must come out affine (c2 = 0): the trait promises it, and a rule breaking that promise is
 * stopped here rather than answered wrongly. Example: the quadratic rule has S(x, 0) = -1 + 4x - 2x^2,
 * S(x, 1) = 1 - 2x^2 and D = -2 + 4x.
 */
export function binaryScorePolynomials(rule: ScoringRule): ScorePolynomials {
  const known = cache.get(rule);
  if (known) return known;
  const score = (y: number) => (x: Rational) => rule.score(RationalField, binaryReport(x), y);
  const first = interpolate(score(0), Rational.of('1/4'), Rational.of('3/4'));
  const second = interpolate(score(1), Rational.of('1/4'), Rational.of('3/4'));
  const difference: Quadratic = [first[0].sub(second[0]), first[1].sub(second[1]), first[2].sub(second[2])];
  if (!difference[2].isZero()) throw new Error(`rule ${rule.id} declares the quadratic trait but S(x, 0) - S(x, 1) is not affine`);
  const polynomials = { second, difference };
  cache.set(rule, polynomials);
  return polynomials;
}

export function evaluateQuadratic([c0, c1, c2]: Quadratic, x: Rational): Rational {
  return c0.add(x.mul(c1.add(x.mul(c2))));
}

/** [c0, c1, c2] of the quadratic through (lo, phi(lo)), (mid, phi(mid)), (hi, phi(hi)). */
export function interpolate(phi: (x: Rational) => Rational, lo: Rational, hi: Rational): Quadratic {
  const [c2, c1, c0] = quadraticCoefficients(phi, lo, hi);
  return [c0, c1, c2];
}

/** [c2, c1, c0] of the quadratic through (lo, phi(lo)), (mid, phi(mid)), (hi, phi(hi)). */
export function quadraticCoefficients(phi: (x: Rational) => Rational, lo: Rational, hi: Rational): [Rational, Rational, Rational] {
  const mid = lo.add(hi).div(Rational.of(2));
  const [y0, y1, y2] = [phi(lo), phi(mid), phi(hi)];
  const h = mid.sub(lo);
  const c2 = y2.sub(y1.mul(Rational.of(2))).add(y0).div(h.mul(h).mul(Rational.of(2)));
  const slopeAtMid = y2.sub(y0).div(h.mul(Rational.of(2)));
  const c1 = slopeAtMid.sub(c2.mul(Rational.of(2)).mul(mid));
  const c0 = y1.sub(c1.mul(mid)).sub(c2.mul(mid).mul(mid));
  return [c2, c1, c0];
}
