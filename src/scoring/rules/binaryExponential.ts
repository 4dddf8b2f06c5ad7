import type { Field } from '../../numbers/Field.ts';
import type { Rational } from '../../numbers/Rational.ts';
import type { RuleWithClaims } from '../RuleWithClaims.ts';
import { type RuleTraits, ruleTraits } from '../RuleTraits.ts';
import type { ScoringRule } from '../ScoringRule.ts';
import { parameterisedId, ruleParameter, type ParameterInput } from './ruleParameter.ts';

/**
 * Binary exponential(K), K > 0 (docs/mathematics.md SR-03, PP-05): S_K(p, y) = e^{Kp}/K + e^{Kp}(y - p), the
 * Savage rule (SR-02) of G(p) = e^{Kp}/K. Convention of §1.2: p = P(outcome 1) is coordinate p[0], and
 * y = 1 is outcome index 0 (y = 0 is index 1). Defined for exactly two outcomes.
 */
export function binaryExponentialRule(k: ParameterInput): ScoringRule {
  const kr = ruleParameter(k, 'binary-exponential', 'K', 0);
  return {
    id: parameterisedId('binary-exponential', kr),
    outcomes: { min: 2, max: 2 },
    domain: 'closed',
    traits: binaryExponentialTraits(kr),
    score<T>(F: Field<T>, p: readonly T[], y: number): T {
      const p1 = p[0]!;
      const growth = F.exp(F.mul(F.fromRational(kr), p1)); // e^{Kp} = G'(p)
      const label = F.of(y === 0 ? 1 : 0);
      // e^{Kp} (1/K + y - p): G(p) + G'(p)(y - p) with one exponential.
      return F.mul(growth, F.add(F.fromRational(kr.inv()), F.sub(label, p1)));
    },
  };
}

/** What is proved about binary exponential(K), from K alone. */
function binaryExponentialTraits(k: Rational): RuleTraits {
  const invK = k.inv();
  return ruleTraits({
    quadratic: false, // e^{Kp} is not a polynomial
    local: true, // vacuously: on two outcomes p_y fixes p, so S(p, y) = s_y(p_y) (with s_y depending on y)
    symmetric: false, // at p = (1, 0) outcome index 0 scores e^K/K, after swapping the labels 1/K
    rational: false, // e^{K/2} at p = (1/2, 1/2) is irrational (Lindemann) for rational K != 0
    smooth: true, // e^{Kp} is C-infinity
    proper: true, // SR-02: the Savage rule of the convex G(p) = e^{Kp}/K
    strictlyProper: true, // G'' = K e^{Kp} > 0
    // r = G'/G'' = e^{Kp} / (K e^{Kp}) = 1/K everywhere, so c_S = 1/K (PP-05, PP-11): rational although G' is not.
    binaryConvexity: { ratio: (F) => F.fromRational(invK), bound: invK },
  });
}

/**
 * Laws (why):
 * - proper, strictly proper: G'' = K e^{Kp} > 0, so G is strictly convex (SR-02).
 * - NOT symmetric: G(p) = e^{Kp}/K is not symmetric under p <-> 1 - p, so swapping the labels changes
 *   the score: at p = (1, 0), outcome index 0 scores e^K/K, while after the swap ((0, 1), index 1) it
 *   scores 1/K (PP-04: it prefers fixed points with large P(outcome 1)).
 * - local: vacuously, as for every binary rule: p_y = p'_y forces p = p' when n = 2.
 */
export function binaryExponential(k: ParameterInput): RuleWithClaims {
  return {
    rule: binaryExponentialRule(k),
    expect: { proper: 'holds', 'strictly-proper': 'holds', symmetric: 'refuted', local: 'holds' },
    source: 'docs/mathematics.md SR-02, SR-03, PP-05',
  };
}
