import type { Field } from '../numbers/Field.ts';
import type { ScoringRule } from '../scoring/ScoringRule.ts';
import type { Comparison } from '../certify/Comparison.ts';

/**
 * The laws as formulas over any Field (so the search tiers and the SMT tier share them).
 * Vectors are plain arrays of field values; callers guarantee they are distributions.
 */

/** sum_i q_i S(p, i) over field values (no zero-skipping: for the symbolic tier). */
export function expectedScoreOf<T>(F: Field<T>, rule: ScoringRule, p: readonly T[], q: readonly T[]): T {
  return F.sum(q.map((qi, i) => F.mul(qi, rule.score(F, p, i))));
}

/** proper: S(q, q) >= S(p, q) for all p, q (docs/mathematics.md §1.2). */
export function properComparison<T>(F: Field<T>, rule: ScoringRule, p: readonly T[], q: readonly T[]): Comparison<T> {
  return { lhs: expectedScoreOf(F, rule, q, q), rhs: expectedScoreOf(F, rule, p, q), relation: '>=', labels: ['S(q, q)', 'S(p, q)'] };
}

/** strictly proper: S(q, q) > S(p, q) whenever p != q. */
export function strictlyProperComparison<T>(
  F: Field<T>,
  rule: ScoringRule,
  p: readonly T[],
  q: readonly T[],
): Comparison<T> {
  return { ...properComparison(F, rule, p, q), relation: '>' };
}

/** symmetric: S(sigma p, sigma y) = S(p, y) for a relabelling sigma, with (sigma p)_i = p_{perm[i]}. */
export function symmetricComparison<T>(
  F: Field<T>,
  rule: ScoringRule,
  p: readonly T[],
  y: number,
  perm: readonly number[],
): Comparison<T> {
  const permuted = perm.map((j) => p[j]!);
  return {
    lhs: rule.score(F, permuted, perm.indexOf(y)),
    rhs: rule.score(F, p, y),
    relation: '=',
    labels: ['S(sigma p, sigma y)', 'S(p, y)'],
  };
}

/** local: S(p, y) = S(p', y) whenever p_y = p'_y (the score sees only the probability of the outcome). */
export function localComparison<T>(
  F: Field<T>,
  rule: ScoringRule,
  p: readonly T[],
  pPrime: readonly T[],
  y: number,
): Comparison<T> {
  return { lhs: rule.score(F, p, y), rhs: rule.score(F, pPrime, y), relation: '=', labels: ['S(p, y)', "S(p', y)"] };
}
