import type { Field } from '../../numbers/Field.ts';
import type { RuleWithClaims } from '../RuleWithClaims.ts';
import type { ScoringRule } from '../ScoringRule.ts';

/**
 * Logarithmic: S(p, i) = ln p_i, G(p) = sum_j p_j ln p_j (claims.md SR-03).
 * Domain 'interior': ln 0 = -inf, so reports with a zero coordinate are excluded (§9 "Boundary").
 */
export const logarithmicRule: ScoringRule = {
  id: 'logarithmic',
  outcomes: { min: 2, max: 64 },
  domain: 'interior',
  score<T>(F: Field<T>, p: readonly T[], y: number): T {
    return F.ln(p[y]!);
  },
};

/**
 * Laws (why):
 * - proper, strictly proper: Gibbs' inequality, S(q, q) - S(p, q) = KL(q || p) > 0 for p != q.
 * - symmetric: ln p_y sees only the label's own probability, so any relabelling of p and y together
 *   leaves it unchanged.
 * - local: by definition it depends on p only through p_y; for n >= 3 the only smooth proper local
 *   rules are a ln p_i + b_i (SR-06, Bernardo 1979).
 */
export const logarithmic: RuleWithClaims = {
  rule: logarithmicRule,
  expect: { proper: 'holds', 'strictly-proper': 'holds', symmetric: 'holds', local: 'holds' },
  source: 'claims.md SR-03, SR-06 (Gneiting & Raftery 2007; Bernardo 1979)',
};
