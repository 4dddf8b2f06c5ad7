import type { Field } from '../../numbers/Field.ts';
import { Rational } from '../../numbers/Rational.ts';
import type { RuleWithClaims } from '../RuleWithClaims.ts';
import { ruleTraits } from '../RuleTraits.ts';
import type { ScoringRule } from '../ScoringRule.ts';

/**
 * Spherical: S(p, i) = p_i / ||p||_2, G(p) = ||p||_2 (docs/mathematics.md SR-03). ||p||_2 >= 1/sqrt(n) > 0 on
 * the simplex, so the rule is defined on the closed simplex.
 */
export const sphericalRule: ScoringRule = {
  id: 'spherical',
  outcomes: { min: 2, max: 64 },
  domain: 'closed',
  traits: ruleTraits({
    // For n >= 3 on the edge p_y' = 0, S(p, y) - S(p, y') = x / ||(x, 1-x)|| would be affine, hence x, but it is 1/sqrt 2 at x = 1/2.
    quadratic: false,
    local: false, // (1/2, 1/2, 0) and (1/2, 1/4, 1/4) give outcome 1 the scores 1/sqrt(2) and 1/sqrt(3/2)
    symmetric: true, // the norm is invariant under relabelling and the numerator follows the label
    rational: false, // (1/2) / ||(1/2, 1/2)|| = 1/sqrt 2
    smooth: true, // ||p|| >= 1/sqrt(n) > 0, so p_i / ||p|| is C-infinity
    proper: true, // Cauchy-Schwarz: <p, q> / ||p|| <= ||q||
    strictlyProper: true, // equality in Cauchy-Schwarz only for p a positive multiple of q, i.e. p = q
    // Binary r = (2x - 1)(2x^2 - 2x + 1), increasing (r' = 2(2x^2 - 2x + 1) + 2(2x - 1)^2 > 0): c_S = |r(0)| = r(1) = 1.
    binaryConvexity: {
      ratio: (F, x) => F.mul(F.sub(F.mul(F.of(2), x), F.of(1)), F.add(F.mul(F.of(2), F.mul(x, F.sub(x, F.of(1)))), F.of(1))),
      bound: Rational.ONE,
    },
  }),
  score<T>(F: Field<T>, p: readonly T[], y: number): T {
    return F.div(p[y]!, F.sqrt(F.sum(p.map((pj) => F.mul(pj, pj)))));
  },
};

/**
 * Laws (why):
 * - proper, strictly proper: S(p, q) = <p, q> / ||p|| <= ||q|| = S(q, q) by Cauchy-Schwarz, with
 *   equality iff p is a positive multiple of q, i.e. p = q on the simplex.
 * - symmetric: the norm is invariant under relabelling, and the numerator follows the label.
 * - not local: the norm sees every coordinate; (1/2, 1/2, 0) and (1/2, 1/4, 1/4) give outcome 1
 *   the scores 1/sqrt(2) and 1/sqrt(3/2). (For n = 2 every rule is local: p_y fixes p.)
 */
export const spherical: RuleWithClaims = {
  rule: sphericalRule,
  expect: { proper: 'holds', 'strictly-proper': 'holds', symmetric: 'holds', local: 'refuted' },
  source: 'docs/mathematics.md SR-03 (Gneiting & Raftery 2007)',
};
