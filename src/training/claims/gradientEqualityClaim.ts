import fc from 'fast-check';
import type { CaseOutcome } from '../../core/CaseOutcome.ts';
import type { Claim } from '../../core/Claim.ts';
import { SpecError } from '../../core/SpecError.ts';
import type { ConditionalGameSpec } from '../../games/GameSpec.ts';
import { Rational } from '../../numbers/Rational.ts';
import type { ScoringRule } from '../../scoring/ScoringRule.ts';
import { decide } from '../../certify/decide.ts';
import { exactValue } from '../../certify/evaluate.ts';
import { dualField } from '../../numbers/Dual.ts';
import type { NumericField } from '../../numbers/Field.ts';
import { locallyConstant, oneSidedPolicy } from '../oneSidedPolicy.ts';
import { actionWeights, explorationPolicy } from '../explorationPolicy.ts';
import { type Reports, stopGradientSlope, zeroSumSlope } from '../objectiveSlopes.ts';
import { principalPolicy } from '../principalPolicy.ts';
import { trainingCodec } from './_internals/trainingCodecs.ts';
import { reportsArbitrary, sharedGame, tangentArbitrary } from './_internals/trainingArbitraries.ts';

export interface GradientInput {
  readonly game: ConditionalGameSpec;
  readonly reports: Reports;
  readonly direction: Reports;
  readonly exploration: Rational;
  readonly importanceWeighted: boolean;
}

/**
 * docs/mathematics.md ZS-00, SG-01: where the principal's action is locally constant, the one-sided directional
 * derivative of seat 1's zero-sum payoff (self-play, the other copy held; the decision taken along the direction,
 * oneSidedPolicy) equals that of the stop-gradient objective E S - sg(E S) (the decision at the point). Exact for
 * rules with rational derivatives (polynomial rules, log: formal atoms); certified interval enclosures otherwise
 * (equality then follows the engine's equality policy, certify/equalityPolicy.ts). Off the premise (a tie a small move breaks) the
 * two differ: that is the deliberately wrong input of the tests.
 */
export function gradientEqualityClaim(rule: ScoringRule): Claim<GradientInput> {
  return {
    id: `${rule.id}/training-zero-sum-gradient-equals-stop-gradient`,
    statement: `Self-play with weight sharing, S = ${rule.id}, any decision rule, with or without epsilon-exploration and importance weighting: at reports where the principal's action is locally constant, the directional derivative of the zero-sum objective S(p1(.|a), y) - S(p2(.|a), y) in seat 1's report equals that of the stop-gradient objective E[S(p, y)] - sg(E[S(p, y)]).`,
    source: 'docs/mathematics.md ZS-00, SG-01, SG-02, DEC-03',
    expect: 'holds',
    arbitrary: sharedGame(rule, ['argmax', 'optimistic-max', 'average-max', 'epsilon-greedy', 'softmax'])
      .chain((game) =>
        fc.record({
          game: fc.constant(game),
          reports: reportsArbitrary(game),
          direction: tangentArbitrary(game),
          exploration: fc.constantFrom(0, 1, 2).map((m) => Rational.of(m, 2 * game.truth.length)),
          importanceWeighted: fc.boolean(),
        }),
      )
      .filter((input) => locallyConstant(input.game, input.reports)),
    codec: trainingCodec<GradientInput>(rule, { reports: 'reports', direction: 'direction', exploration: 'rational', importanceWeighted: 'boolean' }, (input, at) => {
      if (!locallyConstant(input.game, input.reports)) throw new SpecError(`${at}.reports`, "the principal's action is not locally constant here (a tie between actions)");
      if (input.importanceWeighted && input.exploration.isZero()) throw new SpecError(`${at}.exploration`, 'importance weighting needs exploration > 0');
    }),
    check(input, ctx): CaseOutcome {
      const { game, reports: r, direction: v } = input;
      const weights = (pi: readonly Rational[]) => actionWeights(explorationPolicy(pi, input.exploration), input.importanceWeighted);
      const wMoved = weights(oneSidedPolicy(game, r, v));
      const wHere = weights(principalPolicy(game, r));
      const context = { weightsAlongDirection: wMoved.map(String), weightsAtPoint: wHere.map(String) };
      const zeroSum = <T,>(F: NumericField<T>) => zeroSumSlope(dualField(F), rule, game.truth, r, v, wMoved);
      const stopGradient = <T,>(F: NumericField<T>) => stopGradientSlope(dualField(F), rule, game.truth, r, v, wHere);
      // Exact with formal atoms (polynomial rules and log have rational derivatives), else certified intervals.
      const outcome = decide((F) => ({ lhs: zeroSum(F), rhs: stopGradient(F), relation: '=', labels: ['zero-sum slope', 'stop-gradient slope'] }), { ...ctx, exact: 'atoms' });
      if (outcome.kind === 'holds') return outcome;
      const exact = (f: <T>(F: NumericField<T>) => T) => exactValue(f, 'atoms')?.toString() ?? 'irrational';
      const witness = { ...context, zeroSumSlope: exact(zeroSum), stopGradientSlope: exact(stopGradient), difference: outcome.kind === 'refuted' ? outcome.witness : null };
      return outcome.kind === 'refuted' ? { ...outcome, witness } : { ...outcome, witness };
    },
  };
}
