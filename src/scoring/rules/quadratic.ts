import type { Field } from '../../numbers/Field.ts';
import { Rational } from '../../numbers/Rational.ts';
import type { RuleWithClaims } from '../RuleWithClaims.ts';
import { ruleTraits } from '../RuleTraits.ts';
import type { ScoringRule } from '../ScoringRule.ts';

/**
 * Quadratic (Brier, reward form): S(p, i) = 2 p_i - sum_j p_j^2, G(p) = sum_j p_j^2.
 * Strictly proper, symmetric, not local (docs/mathematics.md SR-03, SR-06; Gneiting & Raftery 2007).
 * Worked example (SR-06): at p = (1/2, 3/10, 1/5) and (1/2, 1/10, 2/5), outcome 1 scores 31/50 vs 29/50.
 */
export const quadraticRule: ScoringRule = {
  id: 'quadratic',
  outcomes: { min: 2, max: 64 },
  domain: 'closed',
  traits: ruleTraits({
    quadratic: true, // -|p|^2 is the same quadratic for every outcome, 2 p_i is affine
    local: false, // SR-06: outcome 1 scores 31/50 at (1/2, 3/10, 1/5) but 29/50 at (1/2, 1/10, 2/5)
    symmetric: true, // |p|^2 is invariant under relabelling and p_i follows its label
    rational: true, // a polynomial with rational coefficients
    smooth: true, // a polynomial
    proper: true, // S(q, q) - S(p, q) = |p - q|^2 >= 0 (SR-01: the Bregman divergence of G = |p|^2)
    strictlyProper: true, // |p - q|^2 > 0 for p != q
    // Binary G(x) = x^2 + (1-x)^2: G' = 4x - 2, G'' = 4, r = x - 1/2, so c_S = 1/2 at the ends (PP-05).
    binaryConvexity: { ratio: (F, x) => F.sub(x, F.of('1/2')), bound: Rational.of('1/2') },
  }),
  score<T>(F: Field<T>, p: readonly T[], y: number): T {
    return F.sub(F.mul(F.of(2), p[y]!), F.sum(p.map((pj) => F.mul(pj, pj))));
  },
};

export const quadratic: RuleWithClaims = {
  rule: quadraticRule,
  expect: { proper: 'holds', 'strictly-proper': 'holds', symmetric: 'holds', local: 'refuted' },
  source: 'docs/mathematics.md SR-03, SR-06 (Gneiting & Raftery 2007)',
};
