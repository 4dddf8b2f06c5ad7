import type { Decimal } from 'decimal.js';
import { ExactDecimal, sgn, GUARD_DIGITS, type DecimalContext } from './DecimalContext.ts';

/** A certified [lower, upper] pair at the context's precision. */
export type Bounds = readonly [Decimal, Decimal];

/**
 * docs/design.md §2 recipe. decimal.js's ln (and exp) under ROUND_FLOOR / ROUND_CEIL is not always on the
 * requested side (its rounding check misses near-tie forms, e.g. decimal.js PR #261), but the value
 * is within one unit in the last place. So: evaluate at digits + 5 (round-half-even, error <= 1/2
 * ulp by the library's contract and < 1 ulp in all our measurements), step one ulp outward,
 * then round outward to `digits`. v must be finite and non-zero.
 */
export function widen(ctx: DecimalContext, v: Decimal): Bounds {
  const ulp = `1e${v.e - (ctx.digits + GUARD_DIGITS) + 1}`;
  return [new ctx.down(v).minus(ulp), new ctx.up(v).plus(ulp)];
}

type PointFn = (ctx: DecimalContext, x: Decimal) => Bounds;

/**
 * Caches point evaluations per (context, function): scores revisit the same grid probabilities
 * constantly, and one decimal.js ln costs ~100 us. The key (sign, exponent, base-1e7 words) fixes
 * the value. The cache is dropped whole when full, which keeps it O(1) and bounded.
 */
function cached(fn: PointFn, capacity = 50_000): PointFn {
  const caches = new WeakMap<DecimalContext, Map<string, Bounds>>();
  return (ctx, x) => {
    let cache = caches.get(ctx);
    if (!cache) caches.set(ctx, (cache = new Map()));
    const key = `${x.s}:${x.e}:${x.d ? x.d.join(',') : 'inf'}`;
    let b = cache.get(key);
    if (!b) {
      if (cache.size >= capacity) cache.clear();
      b = fn(ctx, x);
      cache.set(key, b);
    }
    return b;
  };
}

/** ln x for finite x > 0. Exact only at x = 1 (Lindemann: ln of any other rational is irrational). */
export const lnPoint: PointFn = cached((ctx, x) => {
  if (x.eq(1)) return [new ctx.down(0), new ctx.up(0)];
  // x = +Infinity stands for an overflow past 10^(9e15), whose ln exceeds 9e15 * ln 10 > 2e16.
  if (!x.isFinite()) return [new ctx.down('2e16'), new ctx.up(Infinity)];
  return widen(ctx, new ctx.work(x).ln());
});

/** exp x. Exact only at x = 0 (Lindemann–Weierstrass). Under/overflow keep sound bounds. */
export const expPoint: PointFn = cached((ctx, x) => {
  if (sgn(x) === 0) return [new ctx.down(1), new ctx.up(1)];
  if (!x.isFinite()) return sgn(x) < 0 ? [new ctx.down(0), new ctx.up(0)] : [new ctx.down(Infinity), new ctx.up(Infinity)];
  const v = new ctx.work(x).exp();
  if (sgn(v) === 0) return [new ctx.down(0), new ctx.up('1e-9000000000000000')];
  if (!v.isFinite()) return [new ctx.down('1e9000000000000000'), new ctx.up(Infinity)];
  return widen(ctx, v);
});

/** sqrt x for x >= 0; a point when the root is a decimal of at most `digits` digits. */
export const sqrtPoint: PointFn = cached((ctx, x) => {
  if (sgn(x) === 0) return [new ctx.down(0), new ctx.up(0)];
  if (!x.isFinite()) return [new ctx.down('1e4500000000000000'), new ctx.up(Infinity)];
  const v = new ctx.work(x).sqrt();
  if (v.sd() <= ctx.digits && new ExactDecimal(v).times(v).eq(x)) return [new ctx.down(v), new ctx.up(v)];
  return widen(ctx, v);
});
