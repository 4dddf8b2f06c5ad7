import type { Decimal } from 'decimal.js';
import { DomainError } from '../Field.ts';
import { Interval } from '../Interval.ts';
import { as, sgn, type DecimalContext } from './DecimalContext.ts';

/** Which side of 0 an interval lies on: 1 (lo >= 0), -1 (hi <= 0), 0 (straddles). */
function side(x: Interval): -1 | 0 | 1 {
  return sgn(x.lo) >= 0 ? 1 : sgn(x.hi) <= 0 ? -1 : 0;
}

/** x*y rounded by D, reusing whichever operand already belongs to D (the product commutes). */
function times(D: Decimal.Constructor, x: Decimal, y: Decimal): Decimal {
  if (x.constructor === D) return x.times(y);
  if (y.constructor === D) return y.times(x);
  return new D(x).times(y);
}

/**
 * Interval product by the sign case analysis (Moore, Kearfott & Cloud, "Introduction to Interval
 * Analysis", 2009, Table 2.1): two directed products except when both factors straddle 0.
 */
export function mul(ctx: DecimalContext, a: Interval, b: Interval): Interval {
  const { down: D, up: U } = ctx;
  const sa = side(a);
  const sb = side(b);
  let lo: Decimal;
  let hi: Decimal;
  if (sa === 1 && sb === 1) [lo, hi] = [times(D, a.lo, b.lo), times(U, a.hi, b.hi)];
  else if (sa === 1 && sb === -1) [lo, hi] = [times(D, a.hi, b.lo), times(U, a.lo, b.hi)];
  else if (sa === 1) [lo, hi] = [times(D, a.hi, b.lo), times(U, a.hi, b.hi)];
  else if (sa === -1 && sb === 1) [lo, hi] = [times(D, a.lo, b.hi), times(U, a.hi, b.lo)];
  else if (sa === -1 && sb === -1) [lo, hi] = [times(D, a.hi, b.hi), times(U, a.lo, b.lo)];
  else if (sa === -1) [lo, hi] = [times(D, a.lo, b.hi), times(U, a.lo, b.lo)];
  else if (sb === 1) [lo, hi] = [times(D, a.lo, b.hi), times(U, a.hi, b.hi)];
  else if (sb === -1) [lo, hi] = [times(D, a.hi, b.lo), times(U, a.lo, b.lo)];
  else {
    const [l1, l2] = [times(D, a.lo, b.hi), times(D, a.hi, b.lo)];
    const [h1, h2] = [times(U, a.lo, b.lo), times(U, a.hi, b.hi)];
    [lo, hi] = [l1.lte(l2) ? l1 : l2, h1.gte(h2) ? h1 : h2];
  }
  return finite(ctx, lo, hi);
}

/** a / b for b not containing 0 (else DomainError); same case analysis, one quotient per endpoint. */
export function div(ctx: DecimalContext, a: Interval, b: Interval): Interval {
  const sb = sgn(b.lo) > 0 ? 1 : sgn(b.hi) < 0 ? -1 : 0;
  if (sb === 0) throw new DomainError(`division by an interval containing 0: ${b}`);
  const sa = side(a);
  const { down: D, up: U } = ctx;
  const q = (R: Decimal.Constructor, x: Decimal, y: Decimal) => as(R, x).div(y);
  let lo: Decimal;
  let hi: Decimal;
  if (sb === 1) {
    if (sa === 1) [lo, hi] = [q(D, a.lo, b.hi), q(U, a.hi, b.lo)];
    else if (sa === -1) [lo, hi] = [q(D, a.lo, b.lo), q(U, a.hi, b.hi)];
    else [lo, hi] = [q(D, a.lo, b.lo), q(U, a.hi, b.lo)];
  } else {
    if (sa === 1) [lo, hi] = [q(D, a.hi, b.hi), q(U, a.lo, b.lo)];
    else if (sa === -1) [lo, hi] = [q(D, a.hi, b.lo), q(U, a.lo, b.hi)];
    else [lo, hi] = [q(D, a.hi, b.hi), q(U, a.lo, b.hi)];
  }
  return finite(ctx, lo, hi);
}

/** 0 * Infinity is NaN in decimal.js; after an overflow the only sound bound is the infinite one. */
function finite(ctx: DecimalContext, lo: Decimal, hi: Decimal): Interval {
  if (lo.isNaN()) lo = new ctx.down(-Infinity);
  if (hi.isNaN()) hi = new ctx.up(Infinity);
  return Interval.trusted(lo, hi);
}
