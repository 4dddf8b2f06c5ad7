import { InexactError } from '../numbers/Field.ts';
import { intervalField } from '../numbers/IntervalField.ts';
import { Rational } from '../numbers/Rational.ts';
import type { ScoringRule } from '../scoring/ScoringRule.ts';
import { dualTier, exactTier, type DerivativeTier } from '../numbers/DerivativeTier.ts';
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
 * (exactSlopeField) for polynomial rules and for log; otherwise the midpoint of a certified interval
 * enclosure, reported as inexact with its width. Both objectives are computed from their own formula;
 * they agree where the action is locally constant (the claim training-gradient-zero-sum-equals-stop-gradient).
 */
export function trainingGradient(objective: GradientObjective, rule: ScoringRule, truth: Reports, r: Reports, w: readonly Rational[]): TrainingGradient {
  try {
    return { g: partials(exactTier, objective, rule, truth, r, w), exact: true, width: 0 };
  } catch (error) {
    if (!(error instanceof InexactError)) throw error;
  }
  const F = intervalField(FALLBACK_DIGITS);
  let width = 0;
  const g = partials(dualTier(F), objective, rule, truth, r, w, (x) => {
    width = Math.max(width, x.hi.sub(x.lo).toNumber());
    return Rational.of(x.lo.add(x.hi).mul('0.5').toString());
  });
  return { g, exact: false, width };
}

function partials<X, T>(
  tier: DerivativeTier<X, T>,
  objective: GradientObjective,
  rule: ScoringRule,
  truth: Reports,
  r: Reports,
  w: readonly Rational[],
  toRational: (t: T) => Rational = (t) => t as unknown as Rational,
): Rational[][] {
  const slope = objective === 'zero-sum' ? zeroSumSlope : stopGradientSlope;
  return r.map((p, a) => {
    if (w[a]!.isZero()) return p.map(() => Rational.ZERO); // no score on an untaken action: no gradient
    // The other actions' terms do not move along e_j of action a: the objective restricted to action a
    // has the same partial derivatives, at a k-th of the cost.
    const raw = p.map((_, j) => {
      const v = [p.map((_, y) => (y === j ? Rational.ONE : Rational.ZERO))];
      return toRational(slope(tier, rule, [truth[a]!], [p], v, [w[a]!]));
    });
    const mean = Rational.sum(raw).div(Rational.of(raw.length));
    return raw.map((x) => x.sub(mean));
  });
}
