import type { Field } from '../../numbers/Field.ts';
import type { RuleWithClaims } from '../RuleWithClaims.ts';
import type { ScoringRule } from '../ScoringRule.ts';

/**
 * Quadratic (Brier, reward form): S(p, i) = 2 p_i - sum_j p_j^2, G(p) = sum_j p_j^2.
 * Strictly proper, symmetric, not local (claims.md SR-03, SR-06; Gneiting & Raftery 2007).
 * Worked example (SR-06): at p = (1/2, 3/10, 1/5) and (1/2, 1/10, 2/5), outcome 1 scores 31/50 vs 29/50.
 */
export const quadraticRule: ScoringRule = {
  id: 'quadratic',
  outcomes: { min: 2, max: 64 },
  domain: 'closed',
  score<T>(F: Field<T>, p: readonly T[], y: number): T {
    return F.sub(F.mul(F.of(2), p[y]!), F.sum(p.map((pj) => F.mul(pj, pj))));
  },
};

export const quadratic: RuleWithClaims = {
  rule: quadraticRule,
  expect: { proper: 'holds', 'strictly-proper': 'holds', symmetric: 'holds', local: 'refuted' },
  source: 'claims.md SR-03, SR-06 (Gneiting & Raftery 2007)',
};
