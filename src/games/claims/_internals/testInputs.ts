import { Rational } from '../../../numbers/Rational.ts';
import type { ScoringRule } from '../../../scoring/ScoringRule.ts';
import type { ConditionalGameSpec } from '../../GameSpec.ts';
import type { GameInput } from './gameInputCodec.ts';

const r = (s: string) => Rational.of(s);
const b = (p1: string) => [Rational.ONE.sub(r(p1)), r(p1)];

function spec(rule: ScoringRule, q: string[], grid: number, rest: Pick<ConditionalGameSpec, 'decision' | 'scoring'>): ConditionalGameSpec {
  return { kind: 'conditional-prediction', outcomes: 2, utility: q.map(() => [Rational.ZERO, Rational.ONE]), truth: q.map(b), ruleName: rule.id, rule, grid, seats: 'independent', ...rest };
}

/** Deliberately wrong inputs for the holds-claims (tests only): each must be refuted. */
export function deviationClaims(rule: ScoringRule): Record<'weightedZs05' | 'averageMaxBad' | 'epsilonGreedyUnweighted', GameInput> {
  return {
    weightedZs05: {
      game: spec(rule, ['1/20', '0'], 20, { decision: { kind: 'optimistic-max' }, scoring: { kind: 'weighted', c: r('9/10') } }),
      deviation: [b('1/20'), b('51/1000')],
    },
    // ZS-04: average-then-max with u(0, y) = y, u(1, y) = 1 - y, P(y = 1 | a) = (1/2, 0), grid 1/2 (found by the
    // search, seed 1): an equilibrium mixes reports of action 0 and plays a pair that takes the worse action 0.
    averageMaxBad: {
      game: { ...spec(rule, ['1/2', '0'], 2, { decision: { kind: 'average-max' }, scoring: { kind: 'zero-sum' } }), utility: [[Rational.ZERO, Rational.ONE], [Rational.ONE, Rational.ZERO]] },
    },
    epsilonGreedyUnweighted: {
      game: spec(rule, ['1/2', '1/4'], 4, { decision: { kind: 'epsilon-greedy', epsilon: r('1/5') }, scoring: { kind: 'single' } }),
      deviation: [b('1/5'), b('1/4')],
    },
  };
}
