import type { NumericField } from '../numbers/Field.ts';
import type { Comparison } from './Comparison.ts';

/** A quantity written once against the field (a value of Phi, a slope, f(x) - x, ...), evaluated in any tier. */
export interface ValueFormula {
  <T>(F: NumericField<T>): T;
}

/** A comparison written once against the field, evaluated in whichever tier decides it. */
export interface ComparisonFormula {
  <T>(F: NumericField<T>): Comparison<T>;
}
