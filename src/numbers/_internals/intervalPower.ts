import type { Decimal } from 'decimal.js';
import { Interval } from '../Interval.ts';
import { as, sgn, type DecimalContext } from './DecimalContext.ts';
import { div } from './intervalProduct.ts';

/**
 * x^n for an integer n, as tight as directed rounding allows: odd powers are monotone, even powers
 * of an interval straddling 0 are [0, max(|lo|, |hi|)^n] (not the naive product [lo*hi, ...]).
 * 0^0 = 1 as in Rational; a negative n divides (DomainError when x contains 0).
 */
export function intPow(ctx: DecimalContext, x: Interval, n: bigint): Interval {
  if (n === 0n) return Interval.trusted(new ctx.down(1), new ctx.up(1));
  if (n < 0n) return div(ctx, Interval.trusted(new ctx.down(1), new ctx.up(1)), intPow(ctx, x, -n));
  const odd = (n & 1n) === 1n;
  if (odd || sgn(x.lo) >= 0) return Interval.trusted(signedPow(ctx, x.lo, n, 'down'), signedPow(ctx, x.hi, n, 'up'));
  if (sgn(x.hi) <= 0) return Interval.trusted(signedPow(ctx, x.hi, n, 'down'), signedPow(ctx, x.lo, n, 'up'));
  const m = x.hi.gte(x.lo.neg()) ? x.hi : x.lo.neg();
  return Interval.trusted(new ctx.down(0), magnitudePow(ctx.up, m, n));
}

/** x^n rounded in `dir`, for any sign of x (n > 0). */
function signedPow(ctx: DecimalContext, x: Decimal, n: bigint, dir: 'down' | 'up'): Decimal {
  if (sgn(x) >= 0 || (n & 1n) === 0n) return magnitudePow(ctx[dir], x.abs(), n);
  // Odd power of a negative number: -(|x|^n) rounded the other way, then negated exactly.
  return magnitudePow(ctx[dir === 'down' ? 'up' : 'down'], x.abs(), n).neg();
}

/**
 * |x|^n by binary powering with every product rounded by D. Products of non-negative numbers are
 * monotone in each factor, so rounding every step the same way bounds the result in that direction.
 * (decimal.js's own integer pow truncates intermediates and is not directed.)
 */
function magnitudePow(D: Decimal.Constructor, x: Decimal, n: bigint): Decimal {
  let result: Decimal = new D(1);
  let base = as(D, x);
  for (let k = n; k > 0n; k >>= 1n) {
    if (k & 1n) result = result.times(base);
    if (k > 1n) base = base.times(base);
  }
  return result;
}
