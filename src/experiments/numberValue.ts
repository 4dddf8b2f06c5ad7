import { certifiedBounds } from '../certify/evaluate.ts';
import { Rational } from '../numbers/Rational.ts';
import type { QuantityValue } from './QuantityValue.ts';

/** Digits of the certified enclosure of a square root (its width is about 10^-30 of the value). */
const ROOT_DIGITS = 30;

export function exactNumber(v: Rational): QuantityValue {
  return { kind: 'number', lo: String(v), hi: String(v), exact: String(v) };
}

export function boundedNumber(lo: Rational, hi: Rational): QuantityValue {
  return lo.equals(hi) ? exactNumber(lo) : { kind: 'number', lo: String(lo), hi: String(hi) };
}

/**
 * sqrt(s) for s in [sLo, sHi] (exact rationals, e.g. a squared L2 norm): certified bounds on the root
 * through the certification engine (exact when s is a rational square), the square kept when it is exact.
 */
export function rootOf(sLo: Rational, sHi: Rational): QuantityValue {
  const [lo] = root(sLo);
  const [, hi] = root(sHi);
  const value = boundedNumber(lo, hi);
  return sLo.equals(sHi) && value.kind === 'number' ? { ...value, square: String(sLo) } : value;
}

function root(s: Rational): [Rational, Rational] {
  if (s.sign() <= 0) return [Rational.ZERO, Rational.ZERO];
  const [lo, hi] = certifiedBounds((F) => F.sqrt(F.fromRational(s)), ROOT_DIGITS);
  return [Rational.max(Rational.ZERO, lo), hi];
}
