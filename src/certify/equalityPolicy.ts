import { Rational } from '../numbers/Rational.ts';

/**
 * The equality policy (docs/design.md, "Equality"), the same for every caller:
 * - A difference is certified ZERO only exactly: the exact tier gives 0, or an interval is [0, 0].
 * - A relation `=` or `>=` is ACCEPTED (holds) when the certified enclosure of lhs - rhs lies entirely
 *   within ±EQUALITY_TOLERANCE, computed at EQUALITY_DIGITS digits or more. Irrational values that are
 *   equal (ln(1/3) reached in two ways) never separate; this is the resolution at which such
 *   equalities are read as equal. Each acceptance is counted (`equalWithinTolerance`) and reported: a
 *   verdict built on them says "no violation larger than 1e-40", not "proved".
 * - A wide enclosure that merely contains 0 (a kink, an undecided branch) proves nothing: precision
 *   escalates to the cap, then the answer is `undecided`.
 * - `>` is never accepted on a tolerance: it needs a certified positive sign.
 */
export const EQUALITY_DIGITS = 48;
export const EQUALITY_TOLERANCE = Rational.of('1e-40');

/** Whether an enclosure [lo, hi] of lhs - rhs, computed at `digits`, is accepted as zero under the policy. */
export function acceptedAsEqual(lo: Rational, hi: Rational, digits: number): boolean {
  return digits >= EQUALITY_DIGITS && lo.abs().le(EQUALITY_TOLERANCE) && hi.abs().le(EQUALITY_TOLERANCE);
}
