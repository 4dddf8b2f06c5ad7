import { Rational } from './Rational.ts';

/**
 * The rational with the smallest denominator in [a, b] (Stern-Brocot descent via continued fractions):
 * where a certified bracket holds exactly one root of a rational function, the simplest rational in it is
 * the first guess worth an exact test (0.59..0.61 gives 3/5).
 */
export function simplestBetween(a: Rational, b: Rational): Rational {
  if (a.gt(b)) return simplestBetween(b, a);
  const fl = floor(a);
  if (Rational.of(fl).equals(a)) return a;
  if (Rational.of(fl + 1n).le(b)) return Rational.of(fl + 1n);
  const fa = a.sub(Rational.of(fl));
  const fb = b.sub(Rational.of(fl));
  // fl < a <= b < fl + 1: recurse on the reciprocals of the fractional parts.
  return Rational.of(fl).add(simplestBetween(fb.inv(), fa.inv()).inv());
}

function floor(x: Rational): bigint {
  const q = x.num / x.den;
  return x.num < 0n && q * x.den !== x.num ? q - 1n : q;
}
