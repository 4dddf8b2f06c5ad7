import type { Field, NumericField } from './Field.ts';
import { Rational } from './Rational.ts';
import { AtomSum } from './AtomSum.ts';
import { type Dual, dualField } from './DualField.ts';
import { exactSlopeField, type Slope } from './exactSlopeField.ts';

/**
 * Where a directional derivative d/dt F(x + t v) at t = 0 is computed: a field of (value, derivative) pairs,
 * how to make a coordinate that moves (base + t dir), how to stop a gradient (keep the value, zero the
 * derivative: the sg(.) of the stop-gradient objective) and how to read the derivative off.
 * Formulas (objectiveSlopes.ts) are written once against this and run exactly or with certified intervals.
 */
export interface DerivativeTier<X, T> {
  readonly field: Field<X>;
  moving(base: Rational, dir: Rational): X;
  stop(x: X): X;
  slope(x: X): T;
}

/** Exact derivatives (Rational) also where values are irrational (log): see exactSlopeField; InexactError when the derivative itself is irrational. */
export const exactTier: DerivativeTier<Slope, Rational> = {
  field: exactSlopeField,
  moving: (base, dir) => ({ v: AtomSum.of(base), d: AtomSum.of(dir) }),
  stop: (x) => ({ v: x.v, d: AtomSum.of(Rational.ZERO) }),
  slope: (x) => x.d.exact('an irrational derivative'),
};

/** Dual numbers over a numeric tier (rational, ball screening, certified intervals). */
export function dualTier<T>(F: NumericField<T>): DerivativeTier<Dual<T>, T> {
  return {
    field: dualField(F),
    moving: (base, dir) => ({ v: F.fromRational(base), d: F.fromRational(dir) }),
    stop: (x) => ({ v: x.v, d: F.of(0) }),
    slope: (x) => x.d,
  };
}
