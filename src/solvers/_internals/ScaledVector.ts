import { Rational } from '../../numbers/Rational.ts';
import { bigintGcd } from '../../numbers/bigintMath.ts';

/**
 * A rational vector as integer numerators over one positive common denominator: exact, and much cheaper
 * than per-entry Rationals for the long dot products of a certificate (no gcd per operation).
 */
export interface ScaledVector {
  readonly num: readonly bigint[];
  readonly den: bigint;
}

export function fromRationals(v: readonly Rational[]): ScaledVector {
  const den = lcmOfDenominators(v);
  return { num: v.map((q) => (q.num * den) / q.den), den };
}

export function toRationals(v: ScaledVector): Rational[] {
  return v.num.map((n) => (n === 0n ? Rational.ZERO : Rational.fraction(n, v.den)));
}

/** sum_j coeffs[j] * num[j], skipping zero numerators. */
export function dotNumerators(coeffs: readonly bigint[], v: ScaledVector): bigint {
  let s = 0n;
  for (let j = 0; j < v.num.length; j++) {
    const n = v.num[j]!;
    if (n !== 0n) s += coeffs[j]! * n;
  }
  return s;
}

/** The least common multiple of the denominators: the smallest common denominator. */
export function lcmOfDenominators(qs: readonly Rational[]): bigint {
  return qs.reduce((l, q) => (q.den === 1n ? l : (l / bigintGcd(l, q.den)) * q.den), 1n);
}
