import type { Field } from '../../numbers/Field.ts';
import { Rational } from '../../numbers/Rational.ts';
import type { RuleWithClaims } from '../RuleWithClaims.ts';
import { type RuleTraits, ruleTraits } from '../RuleTraits.ts';
import type { ScoringRule } from '../ScoringRule.ts';
import { asExponent, parameterisedId, ruleParameter, type ParameterInput } from './ruleParameter.ts';

/**
 * Power(alpha), alpha > 1: S(p, i) = alpha p_i^(alpha-1) - (alpha-1) sum_j p_j^alpha, G(p) = sum_j p_j^alpha
 * (docs/mathematics.md SR-03). alpha = 2 is the quadratic rule, term for term. Integer alpha keeps it rational
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
    traits: powerTraits(a),
    score<T>(F: Field<T>, p: readonly T[], y: number): T {
      const own = F.mul(F.fromRational(a), F.pow(p[y]!, gradientPower));
      const sumOfPowers = F.sum(p.map((pj) => F.pow(pj, alphaPower)));
      return F.sub(own, F.mul(F.fromRational(aMinusOne), sumOfPowers));
    },
  };
}

/** What is proved about power(alpha), from alpha alone. */
function powerTraits(a: Rational): RuleTraits {
  const two = Rational.of(2);
  const three = Rational.of(3);
  const constantCurvature = a.equals(two) || a.equals(three);
  return ruleTraits({
    // alpha = 2: 2 p_i - |p|^2, the quadratic rule. Otherwise, for n >= 3, S(p, y) - S(p, y') = alpha (p_y^(alpha-1) - p_y'^(alpha-1)) is not affine in p_y at fixed p_y'.
    quadratic: a.equals(two),
    local: false, // the sum sees every coordinate: (1/2, 1/2, 0) and (1/2, 1/4, 1/4) differ on outcome 1 for every alpha > 1 (n >= 3)
    symmetric: true, // sum_j p_j^alpha is invariant under relabelling and p_i follows its label
    rational: a.isInteger(), // integer powers stay rational; otherwise S((1/2, 1/2), y) = (1/2)^(alpha-1) is irrational
    smooth: true, // p_j^alpha and p_i^(alpha-1) are C-infinity where p > 0
    proper: true, // SR-01: the Savage rule of G = sum_j p_j^alpha, convex for alpha > 1
    strictlyProper: true, // G strictly convex for alpha > 1 (also at the boundary: (x^alpha)' = 0 at 0)
    // Binary G'' = alpha (alpha-1)(x^(alpha-2) + (1-x)^(alpha-2)) is constant (4, 6) exactly for alpha = 2, 3: then r = x - 1/2 and c_S = 1/2.
    ...(constantCurvature ? { binaryConvexity: { ratio: (F, x) => F.sub(x, F.of('1/2')), bound: Rational.of('1/2') } } : {}),
  });
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
    source: 'docs/mathematics.md SR-03 (Gneiting & Raftery 2007)',
  };
}
