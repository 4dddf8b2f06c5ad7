import { enclose, exactValue } from '../certify/evaluate.ts';
import { dualField } from '../numbers/Dual.ts';
import type { NumericField } from '../numbers/Field.ts';
import { Rational } from '../numbers/Rational.ts';
import type { ScoringRule } from '../scoring/ScoringRule.ts';
import { type Reports, stopGradientSlope, zeroSumSlope } from './objectiveSlopes.ts';

export type GradientObjective = 'zero-sum' | 'stop-gradient';

export interface TrainingGradient {
  /** g[a] = the tangent gradient (sum zero) of the objective in the report for action a. */
  readonly g: Rational[][];
  /** True when every entry is the exact derivative; false when it is the midpoint of a certified enclosure. */
  readonly exact: boolean;
  /** Largest enclosure width (0 when exact): how far the step taken may be from the exact one, per unit step. */
  readonly width: number;
}

/** Digits of the certified fallback (rules whose derivative is irrational, e.g. spherical). */
const FALLBACK_DIGITS = 40;

/**
 * The gradient the gradient trainers follow, by partial derivatives along e_j (one per action and outcome)
 * projected onto the tangent space {sum = 0} (the gradient of the restriction to the simplex). Exact
 * (formal atoms) for polynomial rules and for log; otherwise the midpoint of a certified interval
 * enclosure, reported as inexact with its width. Both objectives are computed from their own formula;
 * they agree where the action is locally constant (the claim training-gradient-zero-sum-equals-stop-gradient).
 */
export function trainingGradient(objective: GradientObjective, rule: ScoringRule, truth: Reports, r: Reports, w: readonly Rational[]): TrainingGradient {
  const slope = objective === 'zero-sum' ? zeroSumSlope : stopGradientSlope;
  let exact = true;
  let width = 0;
  const g = r.map((p, a) => {
    if (w[a]!.isZero()) return p.map(() => Rational.ZERO); // no score on an untaken action: no gradient
    // The other actions' terms do not move along e_j of action a: the objective restricted to action a
    // has the same partial derivatives, at a k-th of the cost.
    const raw = p.map((_, j) => {
      const v = [p.map((_, y) => (y === j ? Rational.ONE : Rational.ZERO))];
      const partial = <T,>(F: NumericField<T>) => slope(dualField(F), rule, [truth[a]!], [p], v, [w[a]!]);
      const value = exactValue(partial, 'atoms');
      if (value) return value;
      // An irrational derivative (spherical): the midpoint of a certified enclosure, its width reported.
      const { lo, hi } = enclose(partial, FALLBACK_DIGITS);
      exact = false;
      width = Math.max(width, hi.sub(lo).toNumber());
      return lo.add(hi).div(Rational.of(2));
    });
    const mean = Rational.sum(raw).div(Rational.of(raw.length));
    return raw.map((x) => x.sub(mean));
  });
  return { g, exact, width };
}
