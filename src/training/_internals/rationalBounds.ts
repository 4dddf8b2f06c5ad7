import { bigintSqrt } from '../../numbers/bigintMath.ts';
import { Rational } from '../../numbers/Rational.ts';
import { ceilDiv } from './fixedBall.ts';

/** ceil(L e) for a rational L >= 0 and an integer e >= 0: a radius carried through a step, rounded up. */
export function ratioCeil(L: Rational, e: bigint): bigint {
  return ceilDiv(L.num * e, L.den);
}

/** A rational >= sqrt(x) (x >= 0), within 2^-32 / den(x) of it: sqrt(num den 4^32) / (den 2^32), rounded up. */
export function rationalSqrtUpper(x: Rational): Rational {
  const scaled = x.num * x.den << 64n;
  const root = bigintSqrt(scaled);
  return Rational.of(root * root === scaled ? root : root + 1n, x.den << 32n);
}
