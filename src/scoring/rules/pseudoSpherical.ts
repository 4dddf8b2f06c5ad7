import type { Field } from '../../numbers/Field.ts';
import { Rational } from '../../numbers/Rational.ts';
import type { RuleWithClaims } from '../RuleWithClaims.ts';
import type { ScoringRule } from '../ScoringRule.ts';
import { asExponent, parameterisedId, ruleParameter, type ParameterInput } from './ruleParameter.ts';

/**
 * Pseudo-spherical(alpha), alpha > 1: S(p, i) = p_i^(alpha-1) / ||p||_alpha^(alpha-1),
 * G(p) = ||p||_alpha (claims.md SR-03). Written as p_i^(alpha-1) / (sum_j p_j^alpha)^((alpha-1)/alpha)
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
    score<T>(F: Field<T>, p: readonly T[], y: number): T {
      const sumOfPowers = F.sum(p.map((pj) => F.pow(pj, alphaPower)));
      return F.div(F.pow(p[y]!, numeratorPower), F.pow(sumOfPowers, normPower));
    },
  };
}

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
    source: 'claims.md SR-03 (Gneiting & Raftery 2007)',
  };
}
