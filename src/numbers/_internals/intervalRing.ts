import type { Decimal } from 'decimal.js';
import { Interval } from '../Interval.ts';
import { as, sgn, type DecimalContext } from './DecimalContext.ts';

// Outward rounding: every lower endpoint is computed by a `down` receiver (ROUND_FLOOR), every upper
// one by an `up` receiver (ROUND_CEIL); `as` supplies the receiver without copying when it already fits.

export function add({ down, up }: DecimalContext, a: Interval, b: Interval): Interval {
  return Interval.trusted(as(down, a.lo).plus(b.lo), as(up, a.hi).plus(b.hi));
}

export function sub({ down, up }: DecimalContext, a: Interval, b: Interval): Interval {
  return Interval.trusted(as(down, a.lo).minus(b.hi), as(up, a.hi).minus(b.lo));
}

/** Negation is exact (decimal.js's neg never rounds). */
export function neg({ down, up }: DecimalContext, a: Interval): Interval {
  return Interval.trusted(as(down, a.hi).neg(), as(up, a.lo).neg());
}

export function sum({ down, up }: DecimalContext, xs: readonly Interval[]): Interval {
  let lo: Decimal = new down(0);
  let hi: Decimal = new up(0);
  for (const x of xs) {
    lo = lo.plus(x.lo);
    hi = hi.plus(x.hi);
  }
  return Interval.trusted(lo, hi);
}

export function abs(ctx: DecimalContext, a: Interval): Interval {
  if (sgn(a.lo) >= 0) return a;
  if (sgn(a.hi) <= 0) return neg(ctx, a);
  const negLo = as(ctx.up, a.lo).neg();
  return Interval.trusted(new ctx.down(0), negLo.gte(a.hi) ? negLo : a.hi);
}

/** min and max act endpoint-wise and are exact. */
export function min(a: Interval, b: Interval): Interval {
  return Interval.trusted(a.lo.lte(b.lo) ? a.lo : b.lo, a.hi.lte(b.hi) ? a.hi : b.hi);
}

export function max(a: Interval, b: Interval): Interval {
  return Interval.trusted(a.lo.gte(b.lo) ? a.lo : b.lo, a.hi.gte(b.hi) ? a.hi : b.hi);
}
