import type { Decimal } from 'decimal.js';
import { DomainError } from '../Field.ts';
import { Interval } from '../Interval.ts';
import type { Rational } from '../Rational.ts';
import { as, sgn, type DecimalContext } from './DecimalContext.ts';
import { expPoint, lnPoint, sqrtPoint, type Bounds } from './pointBounds.ts';
import { mul } from './intervalProduct.ts';
import { intPow } from './intervalPower.ts';

// ln, exp and sqrt are monotone increasing, so [f(lo)_lower, f(hi)_upper] encloses f(x). When x is
// narrow (most values: one rounding away from a rational) the upper end is derived from the lower
// endpoint's evaluation by a tangent or Taylor bound, which halves the number of decimal.js calls.

/**
 * hi - lo rounded up, when it is below 10^(scaleExponent - digits/2), so that the second-order terms
 * the tangent bounds below drop are under one unit in the last place; else undefined.
 */
function narrowWidth(ctx: DecimalContext, x: Interval, scaleExponent: number): Decimal | undefined {
  const w = as(ctx.up, x.hi).minus(x.lo);
  return w.e <= scaleExponent - Math.ceil(ctx.digits / 2) ? w : undefined;
}

/**
 * ln x. hi <= 0: DomainError (no positive point). lo <= 0 < hi: [-Infinity, ln hi] -- the
 * extended-real enclosure of ln on the positive part (ln 0 = -Infinity); such an interval usually
 * means "0 up to rounding", and an infinite bound keeps every comparison undecided, never wrong.
 */
export function ln(ctx: DecimalContext, x: Interval): Interval {
  if (sgn(x.hi) <= 0) throw new DomainError(`ln of a non-positive interval ${x}`);
  if (sgn(x.lo) <= 0) return Interval.trusted(new ctx.down(-Infinity), lnPoint(ctx, x.hi)[1]);
  const [lower, upperAtLo] = lnPoint(ctx, x.lo);
  if (x.lo.eq(x.hi)) return Interval.trusted(lower, upperAtLo);
  const w = x.lo.isFinite() ? narrowWidth(ctx, x, x.lo.e) : undefined;
  // Concavity: ln hi <= ln lo + (hi - lo) / lo.
  const upper = w ? upperAtLo.plus(w.div(x.lo)) : lnPoint(ctx, x.hi)[1];
  return Interval.trusted(lower, upper);
}

export function exp(ctx: DecimalContext, x: Interval): Interval {
  const [lower, upperAtLo] = expPoint(ctx, x.lo);
  if (x.lo.eq(x.hi)) return Interval.trusted(lower, upperAtLo);
  const w = x.lo.isFinite() && upperAtLo.isFinite() ? narrowWidth(ctx, x, 0) : undefined;
  // exp hi = exp lo * exp w <= exp lo * (1 + w + w^2) for 0 <= w <= 1 (the tail sums to (e - 2.5) w^2 < w^2).
  // Written U + U (w + w^2): rounding the factor 1 + w + w^2 itself would cost a whole ulp of it.
  const U = as(ctx.up, upperAtLo);
  const upper = w ? U.plus(U.times(w.times(w).plus(w))) : expPoint(ctx, x.hi)[1];
  return Interval.trusted(lower, upper);
}

/** sqrt x. hi < 0: DomainError. lo < 0 <= hi: sqrt of the non-negative part, [0, sqrt hi] (as for ln). */
export function sqrt(ctx: DecimalContext, x: Interval): Interval {
  if (sgn(x.hi) < 0) throw new DomainError(`square root of a negative interval ${x}`);
  if (sgn(x.lo) <= 0) return Interval.trusted(new ctx.down(0), sqrtPoint(ctx, x.hi)[1]);
  const [lower, upperAtLo] = sqrtPoint(ctx, x.lo);
  if (x.lo.eq(x.hi)) return Interval.trusted(lower, upperAtLo);
  const w = x.lo.isFinite() ? narrowWidth(ctx, x, x.lo.e) : undefined;
  // Concavity: sqrt hi <= sqrt lo + (hi - lo) / (2 sqrt lo), with sqrt lo >= lower > 0.
  const upper = w ? upperAtLo.plus(w.div(as(ctx.down, lower).times(2))) : sqrtPoint(ctx, x.hi)[1];
  return Interval.trusted(lower, upper);
}

/**
 * x^k for a non-integer rational k: needs x >= 0 (DomainError if lo < 0); 0^k = 0 for k > 0 and a
 * DomainError for k < 0. Half-integer k goes through sqrt (tighter, faster); otherwise
 * x^k = exp(k ln x) evaluated in interval arithmetic on each endpoint (x^k is monotone in x).
 */
export function ratPow(ctx: DecimalContext, x: Interval, k: Rational): Interval {
  if (sgn(x.lo) < 0) throw new DomainError(`non-integer power ${k} of an interval with negative part ${x}`);
  if (k.den === 2n) return intPow(ctx, sqrt(ctx, x), k.num);
  const kI = Interval.fromRational(k, ctx.digits);
  const at = (t: Decimal): Bounds => {
    if (sgn(t) === 0) return [new ctx.down(0), new ctx.up(0)];
    const e = exp(ctx, mul(ctx, kI, ln(ctx, Interval.trusted(t, t))));
    return [e.lo, e.hi];
  };
  if (k.sign() > 0) return Interval.trusted(at(x.lo)[0], at(x.hi)[1]);
  if (sgn(x.lo) === 0) throw new DomainError(`0 to the negative power ${k}`);
  return Interval.trusted(at(x.hi)[0], at(x.lo)[1]);
}
