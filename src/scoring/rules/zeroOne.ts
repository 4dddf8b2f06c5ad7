import type { Field } from '../../numbers/Field.ts';
import type { RuleWithClaims } from '../RuleWithClaims.ts';
import { ruleTraits } from '../RuleTraits.ts';
import type { ScoringRule } from '../ScoringRule.ts';

/**
 * Zero-one: S(p, i) = 1/|M(p)| if i is in M(p) = argmax_j p_j, else 0 (docs/mathematics.md SR-03, SR-05).
 * Ties split the unit reward evenly. Membership of the argmax is decided by `F.ifNonNegative`
 * (p_j - max p >= 0), the one branch point every tier can follow, the SMT tier included.
 */
export const zeroOneRule: ScoringRule = {
  id: 'zero-one',
  outcomes: { min: 2, max: 64 },
  domain: 'closed',
  traits: ruleTraits({
    quadratic: false, // a step function of p, not a polynomial
    local: false, // (1/2, 1/2, 0) and (1/2, 1/4, 1/4) give outcome 1 the scores 1/2 and 1
    symmetric: true, // the argmax set moves with the labels
    rational: true, // 1/|M(p)| or 0
    smooth: false, // it jumps where the argmax set changes
    proper: true, // SR-05: S(p, q) = sum_{i in M(p)} q_i / |M(p)| <= max_i q_i = S(q, q)
    strictlyProper: false, // SR-05: q = (3/5, 2/5) ties with the report (9/10, 1/10)
    zeroOne: true, // by definition
  }),
  score<T>(F: Field<T>, p: readonly T[], y: number): T {
    const top = p.reduce((m, pj) => F.max(m, pj));
    const one = F.of(1);
    const zero = F.of(0);
    const inArgmax = (pj: T): T => F.ifNonNegative(F.sub(pj, top), one, zero);
    const ties = F.sum(p.map(inArgmax)); // >= 1: the maximum is attained
    return F.ifNonNegative(F.sub(p[y]!, top), F.div(one, ties), zero);
  },
};

/**
 * Laws (why):
 * - proper: S(p, q) = sum_{i in M(p)} q_i / |M(p)| <= max_i q_i = S(q, q) (SR-05).
 * - NOT strictly proper: equality holds whenever M(p) is inside M(q); SR-05's q = (3/5, 2/5) ties
 *   with the reports (9/10, 1/10) and (51/100, 49/100).
 * - symmetric: the argmax set moves with the labels, so relabelling p and y together changes nothing.
 * - not local: (1/2, 1/2, 0) and (1/2, 1/4, 1/4) give outcome 1 the scores 1/2 and 1 (n >= 3; for
 *   n = 2 the score is 1, 1/2 or 0 as p_y is above, at or below 1/2, hence local).
 */
export const zeroOne: RuleWithClaims = {
  rule: zeroOneRule,
  expect: { proper: 'holds', 'strictly-proper': 'refuted', symmetric: 'holds', local: 'refuted' },
  source: 'docs/mathematics.md SR-03, SR-05',
};
