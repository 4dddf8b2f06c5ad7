import type { Field, Scalar } from '../numbers/Field.ts';
import { Rational } from '../numbers/Rational.ts';
import type { ScoringRule } from '../scoring/ScoringRule.ts';

/**
 * The degree of a positively homogeneous function of the report p (f(lambda p) = lambda^d f(p) for
 * lambda > 0): a rational d, 'zero' for the zero function (homogeneous of every degree), 'none' when
 * the bookkeeping cannot tell.
 */
export type Degree = Rational | 'zero' | 'none';

function join(a: Degree, b: Degree): Degree {
  if (a === 'zero') return b;
  if (b === 'zero') return a;
  return a === 'none' || b === 'none' || !a.equals(b) ? 'none' : a;
}

function scale(a: Degree, k: Rational): Degree {
  return a === 'zero' || a === 'none' ? a : a.mul(k);
}

/**
 * Degrees as a Field (an abstract interpretation of the score): a coordinate has degree 1, a non-zero
 * constant 0; sums need equal degrees, products add them, quotients subtract them, x^e multiplies by e,
 * ln and exp keep degree 0 only; a branch needs a homogeneous test (its sign does not change under
 * p -> lambda p, lambda^d > 0) and equal degrees in both arms. Sound: every value computed has the
 * degree it is given, wherever it is defined (a 'none' only costs the method that asked).
 */
export const degreeField: Field<Degree> = {
  tier: 'symbolic',
  of: (x: Scalar) => (Rational.of(x).isZero() ? 'zero' : Rational.ZERO),
  fromRational: (r) => (r.isZero() ? 'zero' : Rational.ZERO),
  add: join,
  sub: join,
  mul: (a, b) => (a === 'zero' || b === 'zero' ? 'zero' : a === 'none' || b === 'none' ? 'none' : a.add(b)),
  div: (a, b) => (b === 'zero' || b === 'none' || a === 'none' ? 'none' : a === 'zero' ? 'zero' : a.sub(b)),
  neg: (a) => a,
  pow: (x, e) => {
    const k = Rational.of(e);
    if (x === 'zero') return k.sign() > 0 ? 'zero' : 'none';
    return scale(x, k);
  },
  sqrt: (x) => scale(x, Rational.of('1/2')),
  ln: (x) => (x !== 'zero' && x !== 'none' && x.isZero() ? Rational.ZERO : 'none'),
  exp: (x) => (x === 'zero' || (x !== 'none' && x.isZero()) ? Rational.ZERO : 'none'),
  max: join,
  min: join,
  abs: (a) => a,
  sum: (xs) => xs.reduce<Degree>((s, x) => join(s, x), 'zero'),
  ifNonNegative: (test, a, b) => (test === 'none' ? 'none' : join(a, b)),
};

/**
 * S(lambda p, y) = S(p, y) for every lambda > 0 and every outcome y, at n outcomes, by degree
 * bookkeeping (spherical, pseudo-spherical and zero-one are; quadratic and power are not: 2 p_y - |p|^2
 * mixes degrees 1 and 2). Then a law comparing S(p, .) at two reports is blind to the scale of p,
 * and p may be normalised to any surface that meets every ray once (proveSeparable).
 */
export function isZeroHomogeneous(rule: ScoringRule, n: number): boolean {
  const p = Array.from({ length: n }, (): Degree => Rational.ONE);
  try {
    return Array.from({ length: n }, (_, y) => rule.score(degreeField, p, y)).every((d) => d === 'zero' || (d !== 'none' && d.isZero()));
  } catch {
    return false;
  }
}
