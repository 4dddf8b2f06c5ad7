import { endpoints } from '../../certify/evaluate.ts';
import { dualField } from '../../numbers/Dual.ts';
import type { NumericField } from '../../numbers/Field.ts';
import { Interval } from '../../numbers/Interval.ts';
import { intervalField } from '../../numbers/IntervalField.ts';
import { Rational } from '../../numbers/Rational.ts';
import { isBoxEvaluationFailure } from './isBoxEvaluationFailure.ts';
import type { CodeMapSpec } from './MapSpec.ts';

export type Bounds = readonly [Rational, Rational];

/**
 * Bounds on f(x) = f(x, 1 - x)_0 over a <= x <= b for a binary map given as code: f evaluated once on
 * the interval [a, b] (its natural interval extension; an undecided branch takes the hull of both, so
 * the enclosure holds for every x in the box), cut to [0, 1] because f maps into the simplex (the guard
 * checks that at every report evaluated exactly). Where the interval tier cannot evaluate f on the box
 * (a pole, ln of an interval reaching 0) the bound is that contract alone, [0, 1].
 */
export function codeRangeOver(spec: CodeMapSpec, a: Rational, b: Rational, digits: number): Bounds {
  const F = intervalField(digits);
  const X = Interval.hull(F.fromRational(a), F.fromRational(b));
  const value = onBox(() => spec.f(F, [X, F.sub(F.of(1), X)])[0]!);
  if (!value || !value.isFinite()) return [Rational.ZERO, Rational.ONE];
  const [lo, hi] = endpoints(value.toJSON());
  return [Rational.max(lo, Rational.ZERO), Rational.min(hi, Rational.ONE)];
}

/**
 * Bounds on f' over [a, b] by forward-mode duals over intervals, or undefined when they do not bound
 * the change of f there: when some branch of f (F.ifNonNegative, and F.max, F.min, F.abs through it)
 * was in doubt on the box, f may jump there and the derivatives of its branches say nothing about the
 * jump; with every branch decided f is one formula on the box, and a finite derivative enclosure
 * bounds its slope (and proves it continuous there).
 */
export function codeSlopeRangeOver(spec: CodeMapSpec, a: Rational, b: Rational, digits: number): Bounds | undefined {
  const watched = watchingBranches(intervalField(digits));
  const F = watched.field;
  const D = dualField(F);
  const X = Interval.hull(F.fromRational(a), F.fromRational(b));
  const slope = onBox(() => spec.f(D, [{ v: X, d: F.of(1) }, { v: F.sub(F.of(1), X), d: F.of(-1) }])[0]!.d);
  if (!slope || !slope.isFinite() || watched.doubted()) return undefined;
  return endpoints(slope.toJSON());
}

/** The field with a record of whether any branch test straddled 0 (its sign undecided). */
function watchingBranches(F: NumericField<Interval>): { field: NumericField<Interval>; doubted: () => boolean } {
  let doubted = false;
  const field: NumericField<Interval> = {
    ...F,
    ifNonNegative(test, then, otherwise) {
      if (!test.lo.gte(0) && !test.hi.lt(0)) doubted = true;
      return F.ifNonNegative(test, then, otherwise);
    },
  };
  return { field, doubted: () => doubted };
}

/** The value, or undefined where a wide box cannot be evaluated (split it, or keep the contract bound). */
function onBox<T>(evaluate: () => T): T | undefined {
  try {
    return evaluate();
  } catch (error) {
    if (isBoxEvaluationFailure(error)) return undefined;
    throw error;
  }
}
