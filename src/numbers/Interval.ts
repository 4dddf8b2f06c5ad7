import type { Decimal } from 'decimal.js';
import { Rational } from './Rational.ts';
import { decimalContext, ExactDecimal } from './_internals/DecimalContext.ts';

/** Upper bounds on widths are reported to this many significant digits (rounded up). */
const WIDTH_DIGITS = 20;

/**
 * A closed interval [lo, hi] of reals with decimal endpoints, lo <= hi (endpoints may be
 * -Infinity / +Infinity after overflow, never NaN). Immutable. Like Rational it has no `valueOf`:
 * `+x` throws, `${x}` gives "[lo, hi]". The certified tier's value type (see IntervalField).
 */
export class Interval {
  private constructor(
    readonly lo: Decimal,
    readonly hi: Decimal,
  ) {}

  /** [lo, hi]; throws RangeError when lo > hi or an endpoint is NaN. Endpoints are kept exactly. */
  static of(lo: Decimal.Value, hi: Decimal.Value): Interval {
    const a = new ExactDecimal(lo);
    const b = new ExactDecimal(hi);
    if (!(a.lte(b))) throw new RangeError(`not an interval: [${a}, ${b}]`);
    return new Interval(a, b);
  }

  /** The degenerate interval [x, x]. */
  static point(x: Decimal.Value): Interval {
    const a = new ExactDecimal(x);
    return Interval.of(a, a);
  }

  /** The tightest interval with `digits`-significant-digit endpoints that contains r (a point when r fits). */
  static fromRational(r: Rational, digits: number): Interval {
    const { down, up } = decimalContext(digits);
    const n = r.num.toString();
    const d = r.den.toString();
    // decimal.js division is correctly rounded in the constructor's direction.
    return new Interval(new down(n).div(d), new up(n).div(d));
  }

  /** The smallest interval containing both. */
  static hull(a: Interval, b: Interval): Interval {
    return new Interval(a.lo.lte(b.lo) ? a.lo : b.lo, a.hi.gte(b.hi) ? a.hi : b.hi);
  }

  /**
   * For the interval field's hot path only: no copy and no check. The caller guarantees lo <= hi
   * (both are sound outward-rounded bounds of the same set).
   * @internal
   */
  static trusted(lo: Decimal, hi: Decimal): Interval {
    return new Interval(lo, hi);
  }

  /** r is in [lo, hi] (exact comparison). */
  contains(r: Rational): boolean {
    return compareDecimal(this.lo, r) <= 0 && compareDecimal(this.hi, r) >= 0;
  }

  /** Every point of `inner` is in this. */
  encloses(inner: Interval): boolean {
    return this.lo.lte(inner.lo) && this.hi.gte(inner.hi);
  }

  isPoint(): boolean {
    return this.lo.eq(this.hi);
  }

  isFinite(): boolean {
    return this.lo.isFinite() && this.hi.isFinite();
  }

  /** An upper bound on hi - lo, to 20 significant digits. */
  get width(): Decimal {
    return new (decimalContext(WIDTH_DIGITS).up)(this.hi).minus(this.lo);
  }

  toString(): string {
    return `[${this.lo.toString()}, ${this.hi.toString()}]`;
  }
  /** ["lo", "hi"]: decimal strings (exponent form for large or small magnitudes), exact. */
  toJSON(): [string, string] {
    return [this.lo.toString(), this.hi.toString()];
  }
  [Symbol.toPrimitive](hint: string): string {
    if (hint === 'string') return this.toString();
    throw new TypeError(`Interval ${this.toString()} has no implicit numeric value; use IntervalField.approx`);
  }
}

/** Sign of x - r, exactly (x is a finite decimal or an infinity). */
function compareDecimal(x: Decimal, r: Rational): -1 | 0 | 1 {
  if (!x.isFinite()) return x.isNeg() ? -1 : 1;
  return Rational.of(x.toString()).compare(r);
}
