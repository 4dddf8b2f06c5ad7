import type { Field } from '../../numbers/Field.ts';
import { Rational } from '../../numbers/Rational.ts';
import type { RuleWithClaims } from '../RuleWithClaims.ts';
import { ruleTraits } from '../RuleTraits.ts';
import type { ScoringRule } from '../ScoringRule.ts';

/**
 * Logarithmic: S(p, i) = ln p_i, G(p) = sum_j p_j ln p_j (docs/mathematics.md SR-03).
 * Domain 'interior': ln 0 = -inf, so reports with a zero coordinate are excluded (§9 "Boundary").
 */
export const logarithmicRule: ScoringRule = {
  id: 'logarithmic',
  outcomes: { min: 2, max: 64 },
  domain: 'interior',
  traits: ruleTraits({
    quadratic: false, // ln is not a polynomial
    local: true, // ln p_y: only the outcome's own probability (SR-06)
    symmetric: true, // ln p_y follows its label under any relabelling
    rational: false, // ln(1/2) is irrational
    smooth: true, // ln is C-infinity on the interior, its domain
    proper: true, // Gibbs' inequality: S(q, q) - S(p, q) = KL(q || p) >= 0
    strictlyProper: true, // KL(q || p) > 0 for p != q
    // Binary r = x (1 - x) ln(x / (1 - x)); sup |r| = 0.22387160... < 0.22388 (PP-05 table).
    binaryConvexity: {
      ratio: (F, x) => F.mul(F.mul(x, F.sub(F.of(1), x)), F.sub(F.ln(x), F.ln(F.sub(F.of(1), x)))),
      bound: Rational.of('22388/100000'),
    },
  }),
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
  source: 'docs/mathematics.md SR-03, SR-06 (Gneiting & Raftery 2007; Bernardo 1979)',
};
