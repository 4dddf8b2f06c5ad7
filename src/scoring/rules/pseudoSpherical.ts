import type { Field } from '../../numbers/Field.ts';
import { Rational } from '../../numbers/Rational.ts';
import type { RuleWithClaims } from '../RuleWithClaims.ts';
import { type RuleTraits, ruleTraits } from '../RuleTraits.ts';
import type { ScoringRule } from '../ScoringRule.ts';
import { asExponent, parameterisedId, ruleParameter, type ParameterInput } from './ruleParameter.ts';

/**
 * Pseudo-spherical(alpha), alpha > 1: S(p, i) = p_i^(alpha-1) / ||p||_alpha^(alpha-1),
 * G(p) = ||p||_alpha (docs/mathematics.md SR-03). Written as p_i^(alpha-1) / (sum_j p_j^alpha)^((alpha-1)/alpha)
 * so that only one non-integer power of the sum is taken. alpha = 2 is the spherical rule.
 */
export function pseudoSphericalRule(alpha: ParameterInput): ScoringRule {
  const a = ruleParameter(alpha, 'pseudo-spherical', 'alpha', 1);
  const numeratorPower = asExponent(a.sub(Rational.ONE));
  const normPower = asExponent(a.sub(Rational.ONE).div(a));
  const alphaPower = asExponent(a);
  return {
    id: parameterisedId('pseudo-spherical', a),
    outcomes: { min: 2, max: 64 },
    domain: 'closed',
    traits: PSEUDO_SPHERICAL_TRAITS,
    score<T>(F: Field<T>, p: readonly T[], y: number): T {
      const sumOfPowers = F.sum(p.map((pj) => F.pow(pj, alphaPower)));
      return F.div(F.pow(p[y]!, numeratorPower), F.pow(sumOfPowers, normPower));
    },
  };
}

/** What is proved about pseudo-spherical(alpha), the same for every alpha > 1. */
const PSEUDO_SPHERICAL_TRAITS: RuleTraits = ruleTraits({
  // For n >= 3 on the edge p_y' = 0, S(p, y) - S(p, y') = x^(alpha-1) / ||(x, 1-x)||^(alpha-1) would be affine, hence x; at x = 1/2 it is 2^(1/alpha - 1) != 1/2.
  quadratic: false,
  local: false, // the norm depends on every coordinate: (1/2, 1/2, 0) and (1/2, 1/4, 1/4) differ on outcome 1 (n >= 3)
  symmetric: true, // the alpha-norm is invariant under relabelling and p_i follows its label
  rational: false, // S((1/2, 1/2), y) = 2^(1/alpha - 1), and 1/alpha - 1 is not an integer for alpha > 1
  smooth: true, // the norm is positive on the simplex and every power is C-infinity where p > 0
  proper: true, // Hoelder: <p^(alpha-1), q> / ||p||_alpha^(alpha-1) <= ||q||_alpha
  strictlyProper: true, // equality in Hoelder only for p^alpha proportional to q^alpha, i.e. p = q
});

/**
 * Laws (why):
 * - proper, strictly proper: S(p, q) = <p^(alpha-1), q> / ||p||_alpha^(alpha-1) <= ||q||_alpha by
 *   Hoelder with exponents alpha/(alpha-1) and alpha; equality iff p^alpha is proportional to q^alpha,
 *   i.e. p = q on the simplex.
 * - symmetric: the alpha-norm is invariant under relabelling.
 * - not local: the norm depends on every coordinate (as for spherical; n >= 3 needed to see it).
 */
export function pseudoSpherical(alpha: ParameterInput): RuleWithClaims {
  return {
    rule: pseudoSphericalRule(alpha),
    expect: { proper: 'holds', 'strictly-proper': 'holds', symmetric: 'holds', local: 'refuted' },
    source: 'docs/mathematics.md SR-03 (Gneiting & Raftery 2007)',
  };
}
