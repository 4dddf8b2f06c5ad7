import { Rational } from '../numbers/Rational.ts';
import { Distribution } from './Distribution.ts';

/** The largest denominator of the coordinates: the size measure that shrinking lowers. */
export function maxDenominator(d: Distribution): bigint {
  return d.coords.reduce((m, c) => (c.den > m ? c.den : m), 1n);
}

/**
 * Distributions near d with smaller denominators, simplest first: each coordinate rounded to the
 * nearest k/D for D = 1, 2, ..., with the rounding error put on the largest coordinate. Candidates
 * that leave the simplex are skipped; callers re-check every candidate, so none needs to be close.
 */
export function* simplerDistributions(d: Distribution, maxTried = 12n): Generator<Distribution> {
  const limit = maxDenominator(d);
  for (let D = 1n; D < limit && D <= maxTried; D++) {
    const rounded = d.coords.map((c) => Rational.fraction((2n * c.num * D + c.den) / (2n * c.den), D));
    const largest = d.coords.reduce((best, c, i) => (c.gt(d.coords[best]!) ? i : best), 0);
    const excess = Rational.sum(rounded).sub(Rational.ONE);
    rounded[largest] = rounded[largest]!.sub(excess);
    if (rounded.every((c) => c.sign() >= 0)) yield Distribution.of(rounded);
  }
}

/** d without outcome k, renormalised (undefined when nothing is left). */
export function withoutOutcome(d: Distribution, k: number): Distribution | undefined {
  const rest = d.coords.filter((_, i) => i !== k);
  const total = Rational.sum(rest);
  return total.isZero() ? undefined : Distribution.of(rest.map((c) => c.div(total)));
}
