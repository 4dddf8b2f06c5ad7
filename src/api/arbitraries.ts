import fc from 'fast-check';
import { applyCloseMove, closeMove } from '../arbitraries/closePair.ts';
import { toDistribution } from '../arbitraries/toDistribution.ts';
import { weightVector } from '../arbitraries/weightVector.ts';
import { type ConditionalGameShape, conditionalGameArbitrary } from '../games/conditionalGameArbitrary.ts';
import type { ConditionalGameSpec } from '../games/GameSpec.ts';
import { type ReportBelief, reportBeliefArbitrary } from '../laws/properLaw.ts';
import type { Rational } from '../numbers/Rational.ts';
import type { MapSpec } from '../performative/map/MapSpec.ts';
import { binaryMapArbitrary, mapSpecArbitrary, rationalBetween, stochasticMatrixArbitrary } from '../performative/map/mapSpecArbitrary.ts';
import type { ScoringRule } from '../scoring/ScoringRule.ts';
import type { Distribution } from '../simplex/Distribution.ts';
import type { RuleDomain } from '../simplex/RuleDomain.ts';

type Range = { readonly min: number; readonly max: number };
const rangeOf = (n: number | Range): Range => (typeof n === 'number' ? { min: n, max: n } : n);

/**
 * The fast-check arbitraries propercheck's own claims search with, for use in your own properties
 * (`fc.assert(fc.property(arbitraries.reportAndBelief(3), ...))`): exact values, small denominators
 * first, vertices, faces, ties, probabilities down to 1e-6, pairs as close as 1e-9.
 */
export const arbitraries = {
  /** A distribution over n (or min..max) outcomes; 'interior' keeps every probability positive. */
  distribution(n: number | Range, domain: RuleDomain = 'closed'): fc.Arbitrary<Distribution> {
    const r = rangeOf(n);
    return fc.record({ k: fcInteger(r), w: weightVector(r.max) }).map(({ k, w }) => toDistribution(w, k, domain));
  },
  /** A report p and a belief q over the same outcomes: independent, or p a tiny move away from q. */
  reportAndBelief(n: number | Range, domain: RuleDomain = 'closed'): fc.Arbitrary<ReportBelief> {
    return reportBeliefArbitrary({ domain }, rangeOf(n));
  },
  /** A close pair: p = q with m * 10^-k (k <= 9) of one coordinate moved to another. */
  closePair(n: number | Range, domain: RuleDomain = 'closed'): fc.Arbitrary<ReportBelief> {
    const r = rangeOf(n);
    return fc.record({ k: fcInteger(r), q: weightVector(r.max), move: closeMove() }).map(({ k, q, move }) => {
      const belief = toDistribution(q, k, domain);
      return { p: applyCloseMove(belief, move), q: belief };
    });
  },
  /** A rational in [min, max] with a small denominator. */
  rational: (min: number, max: number): fc.Arbitrary<Rational> => rationalBetween(min, max),
  /** A binary performative map (piecewise linear, affine clipped, step, logistic, mixtures). */
  binaryMap: (): fc.Arbitrary<MapSpec> => binaryMapArbitrary(),
  /** A map f(p) = A p with A column-stochastic over min..max outcomes. */
  stochasticMatrix: (min = 2, max = 4): fc.Arbitrary<MapSpec> => stochasticMatrixArbitrary(min, max),
  /** Any map kind. */
  map: (): fc.Arbitrary<MapSpec> => mapSpecArbitrary(),
  /** A conditional-prediction game for a rule (actions, outcomes, grid, decision rules and scheme as the shape says). */
  conditionalGame: (rule: ScoringRule, shape: ConditionalGameShape): fc.Arbitrary<ConditionalGameSpec> => conditionalGameArbitrary(rule, shape),
};

/** The number of outcomes, shrinking to the fewest. */
function fcInteger(r: Range): fc.Arbitrary<number> {
  return fc.integer({ min: r.min, max: r.max });
}
