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
      // An interior rule needs grid >= n + 1: at grid n the only interior report is the uniform one, so
      // every truth and every report would coincide and no game could show anything.
      fc.integer({ min: Math.max(gMin, interior ? n + 1 : 1), max: Math.max(gMax, interior ? n + 1 : 1) }).chain((g) => {
        const points = reportGrid(n, g, interior);
        return fc.record({
          utility: fc.array(fc.array(fc.integer({ min: 0, max: shape.maxUtility ?? 3 }), { minLength: n, maxLength: n }), { minLength: k, maxLength: k }),
          truth: truthIndices(points.length, k),
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

/**
 * A deviation strategy for a game: per action a report on the grid of denominator 2 * grid (off-grid
 * points included), or some action's true conditional moved by a tiny step from one outcome to another.
 * The tiny moves reach deviations just past a tie (steering that wins by a strict margin, where the
 * coarse grids only reach the tie itself: docs/mathematics.md ZS-05, DEC-01).
 */
export function deviationArbitrary(spec: ConditionalGameSpec): fc.Arbitrary<ConditionalStrategy> {
  const interior = spec.rule.domain === 'interior';
  const points = reportGrid(spec.outcomes, 2 * spec.grid, interior);
  const k = spec.truth.length;
  const n = spec.outcomes;
  const gridReport = fc.integer({ min: 0, max: points.length - 1 }).map((i) => points[i]!);
  const nearTruth = fc
    .record({ b: fc.integer({ min: 0, max: k - 1 }), from: fc.integer({ min: 0, max: n - 1 }), to: fc.integer({ min: 0, max: n - 1 }), digits: fc.integer({ min: 2, max: 9 }) })
    .map(({ b, from, to, digits }) => tinyMove(spec.truth[b]!, from, to, Rational.of(1n, 10n ** BigInt(digits)), interior));
  return fc.array(fc.oneof({ weight: 3, arbitrary: gridReport }, { weight: 1, arbitrary: nearTruth }), { minLength: k, maxLength: k });
}

/** q with up to `step` of probability moved from outcome `from` to `to` (at most half of q_from, so interior points stay interior). */
function tinyMove(q: readonly Rational[], from: number, to: number, step: Rational, interior: boolean): readonly Rational[] {
  const available = interior ? q[from]!.div(Rational.of(2)) : q[from]!;
  const d = Rational.min(step, available);
  return q.map((c, y) => (y === from && y !== to ? c.sub(d) : y === to && y !== from ? c.add(d) : c));
}

/**
 * Grid indices of the true conditionals, one per action: independent, or (one case in three) every
 * action's next to the first action's, so that actions of nearly equal expected utility (near-ties,
 * where steering pays by a small strict margin) are common, not rare.
 */
function truthIndices(size: number, k: number): fc.Arbitrary<number[]> {
  const independent = fc.array(gridIndexArbitrary(size), { minLength: k, maxLength: k });
  const neighbours = gridIndexArbitrary(size).chain((first) =>
    fc.array(fc.integer({ min: Math.max(0, first - 1), max: Math.min(size - 1, first + 1) }), { minLength: k - 1, maxLength: k - 1 }).map((rest) => [first, ...rest]),
  );
  return fc.oneof({ weight: 2, arbitrary: independent }, { weight: 1, arbitrary: neighbours });
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
