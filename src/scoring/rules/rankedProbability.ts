import type { Field } from '../../numbers/Field.ts';
import type { RuleWithClaims } from '../RuleWithClaims.ts';
import { ruleTraits } from '../RuleTraits.ts';
import type { ScoringRule } from '../ScoringRule.ts';

/**
 * Ranked probability score for ordered outcomes, reward form (docs/mathematics.md SR-03):
 * S(p, i) = -sum_{k < n} (P_k - 1{i <= k})^2 with P_k = p_1 + ... + p_k (1-based; k = n is omitted
 * since P_n = 1 = 1{i <= n}). Rational for rational reports.
 */
export const rankedProbabilityRule: ScoringRule = {
  id: 'ranked-probability',
  outcomes: { min: 2, max: 64 },
  domain: 'closed',
  traits: ruleTraits({
    // -sum_k (P_k - 1{i <= k})^2 = -sum_k P_k^2 (the same for every i) + an affine function of p.
    quadratic: true,
    local: false, // (1/2, 1/2, 0) and (1/2, 0, 1/2) give outcome 1 the scores -1/4 and -1/2
    symmetric: false, // n = 3, p = (1, 0, 0): outcome 3 scores -2, after swapping outcomes 2 and 3 it scores -1
    rational: true, // a polynomial with rational coefficients
    smooth: true, // a polynomial
    proper: true, // a sum of binary Brier scores of the events {outcome <= k}, each proper in P_k
    strictlyProper: true, // each strictly proper in P_k, and p -> (P_1..P_{n-1}) is injective
  }),
  score<T>(F: Field<T>, p: readonly T[], y: number): T {
    const terms: T[] = [];
    let cumulative = F.of(0);
    // 0-based: threshold k covers outcomes 0..k, and outcome y lies at or below it iff y <= k.
    for (let k = 0; k < p.length - 1; k++) {
      cumulative = F.add(cumulative, p[k]!);
      const gap = F.sub(cumulative, F.of(y <= k ? 1 : 0));
      terms.push(F.mul(gap, gap));
    }
    return F.neg(F.sum(terms));
  },
};

/**
 * Laws (why):
 * - proper, strictly proper: the score is a sum over thresholds k of binary Brier scores (up to
 *   scale) for the event {outcome <= k}, each strictly proper in P_k; and p -> (P_1..P_{n-1}) is
 *   injective, so p != q differ on some threshold.
 * - NOT symmetric: it depends on the order of the outcomes. n = 3, p = (1, 0, 0), outcome 3 scores -2,
 *   but after swapping outcomes 2 and 3 the same forecast and outcome score -1. (Binary RPS is
 *   symmetric, and reversing the order is always a symmetry; other relabellings are not.)
 * - not local: P_k mixes coordinates; (1/2, 1/2, 0) and (1/2, 0, 1/2) give outcome 1 the scores -1/4
 *   and -1/2.
 */
export const rankedProbability: RuleWithClaims = {
  rule: rankedProbabilityRule,
  expect: { proper: 'holds', 'strictly-proper': 'holds', symmetric: 'refuted', local: 'refuted' },
  source: 'docs/mathematics.md SR-03 (Gneiting & Raftery 2007, ranked probability score)',
};
