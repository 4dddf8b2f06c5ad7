import { match, P } from 'ts-pattern';
import fc from 'fast-check';
import { Rational } from '../numbers/Rational.ts';
import type { DecisionKind, DecisionRule } from './DecisionRule.ts';

/** Small rationals in (0, 1]: epsilons of 1/d with d <= 10 first. */
const positiveEpsilon = fc.integer({ min: 1, max: 10 }).chain((d) => fc.integer({ min: 1, max: d }).map((n) => Rational.of(BigInt(n), BigInt(d))));

/** A decision rule of the given kinds for `actions` actions (softmax weights: positive integers <= 5). */
export function decisionRuleArbitrary(actions: number, kinds: readonly DecisionKind[]): fc.Arbitrary<DecisionRule> {
  return fc.constantFrom(...kinds).chain((kind): fc.Arbitrary<DecisionRule> => {
    return match(kind)
      .with('epsilon-greedy', (k) => positiveEpsilon.map((epsilon): DecisionRule => ({ kind: k, epsilon })))
      .with('softmax', (k) =>
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: actions, maxLength: actions }).map((w): DecisionRule => ({ kind: k, weights: w.map((x) => Rational.of(x)) })),
      )
      .with(P.union('argmax', 'optimistic-max', 'average-max', 'mean-max', 'random-max', 'binary-search'), (k) => fc.constant<DecisionRule>({ kind: k }))
      .exhaustive();
  });
}
