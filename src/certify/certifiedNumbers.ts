import { InexactError, type NumericField } from '../numbers/Field.ts';
import { intervalField } from '../numbers/IntervalField.ts';
import { Rational } from '../numbers/Rational.ts';
import { RationalField } from '../numbers/RationalField.ts';
import { precisionLevels } from './precisionLevels.ts';

/** A quantity written once against the field (a value of Phi, f(x) - x, ...). */
export interface FieldFormula {
  <T>(F: NumericField<T>): T;
}

/** Default interval precision cap (decimal digits) when a caller gives none. */
export const DEFAULT_CAP = 96;

/**
 * Rational bounds lo <= v <= hi of a formula's value: exact when the rational tier can evaluate it
 * (lo = hi), else the endpoints of a certified interval at the given precision. A DomainError (ln 0)
 * propagates: callers decide what an undefined value means.
 */
export function certifiedBounds(formula: FieldFormula, digits = 24): [Rational, Rational] {
  const v = exactValue(formula);
  return v ? [v, v] : intervalBounds(formula, digits);
}

/** The value in the rational tier, or undefined when it is irrational (InexactError). */
function exactValue(formula: FieldFormula): Rational | undefined {
  try {
    return formula(RationalField);
  } catch (error) {
    if (!(error instanceof InexactError)) throw error;
    return undefined;
  }
}

/** Rational endpoints of the certified interval of the formula's value at `digits`. */
function intervalBounds(formula: FieldFormula, digits: number): [Rational, Rational] {
  const F = intervalField(digits);
  const enc = F.encode(formula(F));
  if (!Array.isArray(enc)) throw new Error(`interval tier encoded a value as ${JSON.stringify(enc)}`);
  // An infinite endpoint (overflow) is not a bound a caller may use: fail loudly rather than guess.
  if (!isFiniteDecimal(enc[0]) || !isFiniteDecimal(enc[1])) throw new Error(`interval overflow: [${enc[0]}, ${enc[1]}]`);
  return [Rational.of(enc[0]), Rational.of(enc[1])];
}

/** The certified sign of a formula's value, escalating interval precision up to `cap`; undefined if unseparated. */
export function certifiedSign(formula: FieldFormula, cap = DEFAULT_CAP): -1 | 0 | 1 | undefined {
  // The rational tier once, not again at every precision level.
  const exact = exactValue(formula);
  if (exact) return exact.sign();
  for (const digits of precisionLevels(cap)) {
    const [lo, hi] = intervalBounds(formula, digits);
    if (lo.sign() > 0) return 1;
    if (hi.sign() < 0) return -1;
    if (lo.isZero() && hi.isZero()) return 0;
  }
  return undefined;
}

function isFiniteDecimal(s: string): boolean {
  return !/inf|nan/i.test(s);
}
