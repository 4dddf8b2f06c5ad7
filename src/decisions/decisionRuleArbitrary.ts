import fc from 'fast-check';
import { Rational } from '../numbers/Rational.ts';
import type { DecisionKind, DecisionRule } from './DecisionRule.ts';

/** Small rationals in (0, 1]: epsilons of 1/d with d <= 10 first. */
const positiveEpsilon = fc.integer({ min: 1, max: 10 }).chain((d) => fc.integer({ min: 1, max: d }).map((n) => Rational.of(BigInt(n), BigInt(d))));

/** A decision rule of the given kinds for `actions` actions (softmax weights: positive integers <= 5). */
export function decisionRuleArbitrary(actions: number, kinds: readonly DecisionKind[]): fc.Arbitrary<DecisionRule> {
  return fc.constantFrom(...kinds).chain((kind): fc.Arbitrary<DecisionRule> => {
    switch (kind) {
      case 'epsilon-greedy':
        return positiveEpsilon.map((epsilon) => ({ kind, epsilon }));
      case 'softmax':
        return fc
          .array(fc.integer({ min: 1, max: 5 }), { minLength: actions, maxLength: actions })
          .map((w) => ({ kind, weights: w.map((x) => Rational.of(x)) }));
      default:
        return fc.constant({ kind });
    }
  });
}
