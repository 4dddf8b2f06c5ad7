import type { DecisionRule } from '../decisions/DecisionRule.ts';
import type { ScoringScheme } from '../games/ScoringScheme.ts';
import type { Rational } from '../numbers/Rational.ts';
import type { QuantityName } from './quantities.ts';

/**
 * Where the random instances of an experiment come from (every draw from the instance's own SplitMix64
 * stream, so instance K is reproducible alone):
 * - random-stochastic-matrix: f(p) = A p, the n columns of A drawn independently by RandomDistr[n] on the
 *   grid {0, 1/grid, ..., 1} (randomDistr.ts);
 * - random-binary-piecewise-linear: a continuous binary map through (0, y_0), (x_1, y_1), ..., (1, y_{k+1}):
 *   `knots` distinct interior x drawn uniformly from {1/grid, ..., (grid - 1)/grid}, every y uniform on {0, ..., 1};
 * - random-conditional-game: a conditional-prediction game (docs/mathematics.md DEC-00, ZS-00) with `actions`
 *   actions and `outcomes` outcomes, the truth of each action drawn by RandomDistr on the report grid (interior
 *   points for a rule defined on the interior), utilities uniform integers 0..maxUtility, and the given
 *   decision rule and scoring scheme.
 */
export type InstanceFamily =
  | { readonly kind: 'random-stochastic-matrix'; readonly outcomes: number; readonly grid: number }
  | { readonly kind: 'random-binary-piecewise-linear'; readonly knots: number; readonly grid: number }
  | {
      readonly kind: 'random-conditional-game';
      readonly actions: number;
      readonly outcomes: number;
      readonly grid: number;
      readonly maxUtility: number;
      readonly decision: DecisionRule;
      readonly scoring: ScoringScheme;
    };

export type FamilyKind = InstanceFamily['kind'];

export const FAMILY_KINDS: readonly FamilyKind[] = ['random-stochastic-matrix', 'random-binary-piecewise-linear', 'random-conditional-game'];

/** A built-in rule by id ('quadratic', 'power(3)'), or a rule file (loaded and run in worker threads only). */
export type RuleRef = { readonly kind: 'builtin'; readonly id: string } | { readonly kind: 'file'; readonly path: string };

/** How hard the certified optimiser of a non-quadratic rule on n >= 3 outcomes may work per instance. */
export interface OptimumBudget {
  readonly maxBoxes: number;
  readonly width: Rational;
}

/**
 * A Monte Carlo experiment: an instance family, a rule, the per-instance quantities, the default number of
 * samples, and the enclosure width above which a number counts as undecided (`resolution`).
 */
export interface ExperimentSpec {
  readonly name: string;
  readonly description: string;
  readonly family: InstanceFamily;
  readonly rule: RuleRef;
  readonly quantities: readonly QuantityName[];
  readonly samples: number;
  readonly resolution: Rational;
  readonly optimum: OptimumBudget;
}
