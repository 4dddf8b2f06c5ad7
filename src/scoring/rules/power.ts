import type { Field } from '../../numbers/Field.ts';
import { Rational } from '../../numbers/Rational.ts';
import type { RuleWithClaims } from '../RuleWithClaims.ts';
import type { ScoringRule } from '../ScoringRule.ts';
import { asExponent, parameterisedId, ruleParameter, type ParameterInput } from './ruleParameter.ts';

/**
 * Power(alpha), alpha > 1: S(p, i) = alpha p_i^(alpha-1) - (alpha-1) sum_j p_j^alpha, G(p) = sum_j p_j^alpha
 * (claims.md SR-03). alpha = 2 is the quadratic rule, term for term. Integer alpha keeps it rational
 * (§9); non-integer alpha needs the interval tier. 0^(alpha-1) = 0 since alpha > 1, so it is defined
 * on the closed simplex.
 */
export function powerRule(alpha: ParameterInput): ScoringRule {
  const a = ruleParameter(alpha, 'power', 'alpha', 1);
  const aMinusOne = a.sub(Rational.ONE);
  const gradientPower = asExponent(aMinusOne);
  const alphaPower = asExponent(a);
  return {
    id: parameterisedId('power', a),
    outcomes: { min: 2, max: 64 },
    domain: 'closed',
    score<T>(F: Field<T>, p: readonly T[], y: number): T {
      const own = F.mul(F.fromRational(a), F.pow(p[y]!, gradientPower));
      const sumOfPowers = F.sum(p.map((pj) => F.pow(pj, alphaPower)));
      return F.sub(own, F.mul(F.fromRational(aMinusOne), sumOfPowers));
    },
  };
}

/**
 * Laws (why):
 * - proper, strictly proper: it is the Savage rule (SR-01) of G = sum p_j^alpha, strictly convex for
 *   alpha > 1 (also at the boundary: the one-sided derivative of x^alpha at 0 is 0).
 * - symmetric: sum_j p_j^alpha is invariant under relabelling.
 * - not local: the sum sees every coordinate (for n >= 3; binary rules are trivially local).
 */
export function power(alpha: ParameterInput): RuleWithClaims {
  return {
    rule: powerRule(alpha),
    expect: { proper: 'holds', 'strictly-proper': 'holds', symmetric: 'holds', local: 'refuted' },
    source: 'claims.md SR-03 (Gneiting & Raftery 2007)',
  };
}
