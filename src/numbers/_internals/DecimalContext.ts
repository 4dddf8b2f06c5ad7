import { Decimal } from 'decimal.js';

/**
 * The decimal.js constructors for one precision. Each is an independent clone built from the library
 * defaults (`defaults: true`), so a stray global `Decimal.set` elsewhere cannot change our rounding.
 * decimal.js rounds every result with the constructor of its receiver (`x.constructor`), so an
 * operation rounds down exactly when its receiver is a `down` instance.
 */
export interface DecimalContext {
  readonly digits: number;
  /** ROUND_FLOOR at `digits`: lower endpoints. */
  readonly down: Decimal.Constructor;
  /** ROUND_CEIL at `digits`: upper endpoints. */
  readonly up: Decimal.Constructor;
  /** Round-half-even at digits + GUARD_DIGITS: where transcendentals are evaluated before widening. */
  readonly work: Decimal.Constructor;
}

/** Extra digits for transcendental evaluation (docs/design.md §2: "compute with 5 extra digits"). */
export const GUARD_DIGITS = 5;

const cache = new Map<number, DecimalContext>();

export function decimalContext(digits: number): DecimalContext {
  let ctx = cache.get(digits);
  if (!ctx) {
    if (!Number.isInteger(digits) || digits < 2 || digits > 10_000) {
      throw new RangeError(`interval precision must be an integer number of digits in 2..10000, got ${digits}`);
    }
    ctx = {
      digits,
      down: clone(digits, Decimal.ROUND_FLOOR),
      up: clone(digits, Decimal.ROUND_CEIL),
      work: clone(digits + GUARD_DIGITS, Decimal.ROUND_HALF_EVEN),
    };
    cache.set(digits, ctx);
  }
  return ctx;
}

function clone(precision: number, rounding: Decimal.Rounding): Decimal.Constructor {
  return Decimal.clone({ defaults: true, precision, rounding });
}

/**
 * Exact construction, comparison, addition and multiplication (precision 1e9 digits, so finite sums
 * and products never round). Never divide or call a transcendental with it.
 */
export const ExactDecimal: Decimal.Constructor = Decimal.clone({ defaults: true, precision: 1e9 });

/** x as an instance of D (same value; decimal.js constructors never round), reusing x when it already is. */
export function as(D: Decimal.Constructor, x: Decimal): Decimal {
  return x.constructor === D ? x : new D(x);
}

/** The sign of x without allocating (decimal.js compares by copying its argument): NaN for NaN. */
export function sgn(x: Decimal): number {
  return x.d && x.d[0] === 0 ? 0 : x.s;
}
