import type { DecisionRule } from '../decisions/DecisionRule.ts';
import type { Rational } from '../numbers/Rational.ts';
import type { MapSpec } from '../performative/map/MapSpec.ts';
import type { ScoringRule } from '../scoring/ScoringRule.ts';
import type { ScoringScheme } from './ScoringScheme.ts';

/**
 * Whether the two seats are separate predictors ('independent') or one model with shared weights
 * playing both ('shared': self-play; only symmetric profiles (x, x) are reachable, so the game reports
 * a symmetric equilibrium, which exists for symmetric zero-sum games).
 */
export type Seats = 'independent' | 'shared';

/**
 * The conditional-prediction game (docs/mathematics.md DEC-00, ZS-00): actions a, outcomes y, the principal's
 * utility[a][y], the true conditionals truth[a] = q(.|a), a scoring rule, a decision rule and a scoring
 * scheme (which fixes the number of predictors). Reports live on the grid of denominator `grid`
 * (every p(y|a) a multiple of 1/grid; interior points only for rules defined on the interior);
 * a pure strategy is one grid report per action. The truth must lie on that grid.
 */
export interface ConditionalGameSpec {
  readonly kind: 'conditional-prediction';
  readonly outcomes: number;
  readonly utility: readonly (readonly Rational[])[];
  readonly truth: readonly (readonly Rational[])[];
  /** The rule id (or rule file) as written in the spec, for encoding. */
  readonly ruleName: string;
  readonly rule: ScoringRule;
  readonly decision: DecisionRule;
  readonly scoring: ScoringScheme;
  readonly grid: number;
  readonly seats: Seats;
}

/**
 * The non-conditional performative game (docs/mathematics.md SG-05): two predictors report p1, p2 on the grid;
 * the outcome follows f(p1, p2) = map(w p1 + (1 - w) p2), w = `weight` (player 1's share; 1/2 makes
 * the game symmetric); predictor i is paid S(p_i, y) - S(p_j, y). Player 1's own influence on f is w
 * times the map's slope. Fixed points of p -> f(p, p) are the map's fixed points.
 */
export interface PerformativeGameSpec {
  readonly kind: 'performative';
  readonly ruleName: string;
  readonly rule: ScoringRule;
  readonly map: MapSpec;
  readonly weight: Rational;
  readonly grid: number;
  readonly seats: Seats;
}

export type GameSpec = ConditionalGameSpec | PerformativeGameSpec;
