import type { Rational } from '../numbers/Rational.ts';

/**
 * A principal's decision rule over conditional predictions (docs/mathematics.md DEC-00, ZS-00): it maps every
 * predictor's reports p_i(.|a) to a distribution pi over actions. Tagged, immutable, exact.
 *
 * Aggregates (the value the rule ranks action a by):
 * - argmax: EU of a under the FIRST predictor's report (the only one in single-predictor games);
 * - optimistic-max: max_i EU_i(a) (docs/mathematics.md ZS-02);
 * - average-max: mean_i EU_i(a) (docs/mathematics.md ZS-04);
 * - epsilon-greedy and softmax: mean_i EU_i(a) (the single predictor's EU with one predictor).
 * where EU_i(a) = sum_y p_i(y|a) u(a, y).
 *
 * Tie-break, everywhere: among actions with equal aggregate the LOWEST action index wins (argmax, the
 * greedy action of epsilon-greedy) or ranks first (softmax). Deterministic rules put all mass on the winner.
 *
 * Randomised rules have full support when their parameters are positive:
 * - epsilon-greedy: pi = (1 - epsilon) e_best + epsilon * uniform, 0 <= epsilon <= 1;
 * - softmax: "softmax with rational weights": exp would make pi irrational, so the weights are given
 *   per rank: the k-th ranked action gets weights[k] / sum(weights) (weights > 0, one per action).
 */
export type DecisionRule =
  | { readonly kind: 'argmax' }
  | { readonly kind: 'optimistic-max' }
  | { readonly kind: 'average-max' }
  | { readonly kind: 'epsilon-greedy'; readonly epsilon: Rational }
  | { readonly kind: 'softmax'; readonly weights: readonly Rational[] };

export type DecisionKind = DecisionRule['kind'];

export const DECISION_KINDS: readonly DecisionKind[] = ['argmax', 'optimistic-max', 'average-max', 'epsilon-greedy', 'softmax'];

/** True when the rule takes every action with positive probability whatever the reports. */
export function hasFullSupport(rule: DecisionRule): boolean {
  if (rule.kind === 'epsilon-greedy') return rule.epsilon.sign() > 0;
  if (rule.kind === 'softmax') return rule.weights.every((w) => w.sign() > 0);
  return false;
}

/** True when the rule puts all mass on one action. */
export function isDeterministic(rule: DecisionRule): boolean {
  return rule.kind === 'argmax' || rule.kind === 'optimistic-max' || rule.kind === 'average-max' || (rule.kind === 'epsilon-greedy' && rule.epsilon.isZero());
}
