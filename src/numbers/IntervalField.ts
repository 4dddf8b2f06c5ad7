import type { NumericField, Scalar } from './Field.ts';
import { Interval } from './Interval.ts';
import { Rational } from './Rational.ts';
import { decimalContext, sgn, type DecimalContext } from './_internals/DecimalContext.ts';
import { abs, add, max, min, neg, sub, sum } from './_internals/intervalRing.ts';
import { div, mul } from './_internals/intervalProduct.ts';
import { intPow } from './_internals/intervalPower.ts';
import { exp, ln, ratPow, sqrt } from './_internals/intervalElementary.ts';

const fields = new Map<number, NumericField<Interval>>();

/**
 * The certified tier at `digits` significant decimal digits: every operation returns an interval
 * that contains the exact real result for every choice of points in its arguments (outward
 * rounding; transcendentals by the guarded recipe of docs/design.md §2). Cached per precision, so
 * escalation is `intervalField(2 * digits)`.
 */
export function intervalField(digits: number): NumericField<Interval> {
  let F = fields.get(digits);
  if (!F) fields.set(digits, (F = makeIntervalField(decimalContext(digits))));
  return F;
}

function makeIntervalField(ctx: DecimalContext): NumericField<Interval> {
  const fromRational = (r: Rational) => Interval.fromRational(r, ctx.digits);
  const literals = new Map<Scalar, Interval>();
  return {
    tier: 'interval',
    of(x: Scalar) {
      // Formulas lift the same few literals (F.of(2)) on every evaluation.
      let v = literals.get(x);
      if (!v) {
        v = fromRational(Rational.of(x));
        if (literals.size < 1024) literals.set(x, v);
      }
      return v;
    },
    fromRational,
    add: (a, b) => add(ctx, a, b),
    sub: (a, b) => sub(ctx, a, b),
    mul: (a, b) => mul(ctx, a, b),
    div: (a, b) => div(ctx, a, b),
    neg: (a) => neg(ctx, a),
    pow(x, e) {
      const k = typeof e === 'number' && Number.isSafeInteger(e) ? Rational.of(BigInt(e)) : Rational.of(e);
      return k.isInteger() ? intPow(ctx, x, k.num) : ratPow(ctx, x, k);
    },
    sqrt: (x) => sqrt(ctx, x),
    ln: (x) => ln(ctx, x),
    exp: (x) => exp(ctx, x),
    max,
    min,
    abs: (a) => abs(ctx, a),
    sum: (xs) => sum(ctx, xs),
    ifNonNegative(test, then, otherwise) {
      if (sgn(test.lo) >= 0) return then;
      if (sgn(test.hi) < 0) return otherwise;
      return Interval.hull(then, otherwise); // undecided branch: either may be the true one
    },
    sign(x) {
      const l = sgn(x.lo);
      const h = sgn(x.hi);
      return l > 0 ? 1 : h < 0 ? -1 : l === 0 && h === 0 ? 0 : undefined;
    },
    approx: midpoint,
    encode: (x) => x.toJSON(),
    isFinite: (x) => x.isFinite(),
    is: (x): x is Interval => x instanceof Interval,
  };
}

/** The midpoint as a float (display and screening only), finite whenever an endpoint is. */
function midpoint(x: Interval): number {
  const l = x.lo.toNumber();
  const h = x.hi.toNumber();
  if (Number.isFinite(l) && Number.isFinite(h)) return l / 2 + h / 2;
  return Number.isFinite(l) ? l : Number.isFinite(h) ? h : l === h ? l : 0;
}
