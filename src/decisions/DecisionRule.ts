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
 * Stochastic and search rules of docs/mathematics.md ZS-06 and ZS-07 (definitions of this project; the ones of
 * [H25] are not recorded):
 * - mean-max: each action valued by the mean of the predictors' EU; pi uniform over the best-valued
 *   actions (equal values share the mass: no index tie-break);
 * - random-max: a predictor drawn uniformly at random, then the action its own reports value most; pi is
 *   the average over predictors of the uniform distribution on that predictor's best actions;
 * - binary-search: the actions halved round by round, [lo, mid) against [mid, hi) with mid = ceil((lo + hi)/2),
 *   keeping the half whose optimistic value (the largest EU any predictor's report gives an action of
 *   it) is larger, the lower half on a tie: ceil(log2 |A|) comparisons (binarySearchAction.ts).
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
  | { readonly kind: 'softmax'; readonly weights: readonly Rational[] }
  | { readonly kind: 'mean-max' }
  | { readonly kind: 'random-max' }
  | { readonly kind: 'binary-search' };

export type DecisionKind = DecisionRule['kind'];

export const DECISION_KINDS: readonly DecisionKind[] = ['argmax', 'optimistic-max', 'average-max', 'epsilon-greedy', 'softmax', 'mean-max', 'random-max', 'binary-search'];

/** True when the rule takes every action with positive probability whatever the reports. */
export function hasFullSupport(rule: DecisionRule): boolean {
  if (rule.kind === 'epsilon-greedy') return rule.epsilon.sign() > 0;
  if (rule.kind === 'softmax') return rule.weights.every((w) => w.sign() > 0);
  return false;
}

/** True when the rule puts all mass on one action. */
export function isDeterministic(rule: DecisionRule): boolean {
  return rule.kind === 'argmax' || rule.kind === 'optimistic-max' || rule.kind === 'average-max' || rule.kind === 'binary-search' || (rule.kind === 'epsilon-greedy' && rule.epsilon.isZero());
}
