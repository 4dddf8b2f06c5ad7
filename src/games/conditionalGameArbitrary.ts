import fc from 'fast-check';
import type { DecisionKind } from '../decisions/DecisionRule.ts';
import { decisionRuleArbitrary } from '../decisions/decisionRuleArbitrary.ts';
import { Rational } from '../numbers/Rational.ts';
import type { ScoringRule } from '../scoring/ScoringRule.ts';
import type { ConditionalStrategy } from './ConditionalGame.ts';
import type { ConditionalGameSpec } from './GameSpec.ts';
import { reportGrid } from '../simplex/reportGrid.ts';
import type { ScoringScheme } from './ScoringScheme.ts';

export interface ConditionalGameShape {
  readonly actions?: readonly [number, number];
  readonly outcomes?: readonly [number, number];
  readonly grid?: readonly [number, number];
  readonly decisions: readonly DecisionKind[];
  readonly scheme: fc.Arbitrary<ScoringScheme>;
  /** Largest utility entry (entries are integers 0..maxUtility). */
  readonly maxUtility?: number;
  /** One utility row u(a, .) for every action (e.g. [0, 1]: U = y, docs/mathematics.md ZS-05); random rows otherwise. */
  readonly utilityRow?: readonly number[];
}

/**
 * Conditional-prediction games for a rule: few actions and outcomes, small grids (interior points for
 * interior rules), truth drawn from the grid (vertices and faces included: the grid contains them),
 * integer utilities. Everything is an index or a small integer, so shrinking leads to small games.
 */
export function conditionalGameArbitrary(rule: ScoringRule, shape: ConditionalGameShape): fc.Arbitrary<ConditionalGameSpec> {
  const [kMin, kMax] = shape.actions ?? [2, 2];
  const [nMin, nMax] = shape.outcomes ?? [2, 2];
  const [gMin, gMax] = shape.grid ?? [1, 4];
  const interior = rule.domain === 'interior';
  return fc
    .record({ k: fc.integer({ min: kMin, max: kMax }), n: fc.integer({ min: Math.max(nMin, rule.outcomes.min), max: Math.min(nMax, rule.outcomes.max) }) })
    .chain(({ k, n }) =>
      fc.integer({ min: Math.max(gMin, interior ? n : 1), max: Math.max(gMax, interior ? n : 1) }).chain((g) => {
        const points = reportGrid(n, g, interior);
        return fc.record({
          utility: fc.array(fc.array(fc.integer({ min: 0, max: shape.maxUtility ?? 3 }), { minLength: n, maxLength: n }), { minLength: k, maxLength: k }),
          truth: fc.array(gridIndexArbitrary(points.length), { minLength: k, maxLength: k }),
          decision: decisionRuleArbitrary(k, shape.decisions),
          scoring: shape.scheme,
        }).map(({ utility, truth, decision, scoring }): ConditionalGameSpec => ({
          kind: 'conditional-prediction',
          outcomes: n,
          utility: utility.map((row) => (shape.utilityRow && shape.utilityRow.length === n ? shape.utilityRow : row).map((u) => Rational.of(u))),
          truth: truth.map((i) => points[i]!),
          ruleName: rule.id,
          rule,
          decision,
          scoring,
          grid: g,
          seats: 'independent',
        }));
      }),
    );
}

/** A deviation strategy for a game: per action a report on the grid of denominator 2 * grid (off-grid points included). */
export function deviationArbitrary(spec: ConditionalGameSpec): fc.Arbitrary<ConditionalStrategy> {
  const points = reportGrid(spec.outcomes, 2 * spec.grid, spec.rule.domain === 'interior');
  return fc.array(fc.integer({ min: 0, max: points.length - 1 }), { minLength: spec.truth.length, maxLength: spec.truth.length }).map((ix) => ix.map((i) => points[i]!));
}

/** A grid index, with the first and last few points (the simplex's vertices and edges) over-weighted. */
function gridIndexArbitrary(size: number): fc.Arbitrary<number> {
  const last = size - 1;
  return fc.oneof(
    { weight: 2, arbitrary: fc.integer({ min: 0, max: last }) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: Math.min(2, last) }) },
    { weight: 1, arbitrary: fc.integer({ min: Math.max(0, last - 2), max: last }) },
  );
}
