import type { DualField } from '../numbers/Dual.ts';
import type { Rational } from '../numbers/Rational.ts';
import { expectedScoreAt } from '../scoring/expectedScore.ts';
import type { ScoringRule } from '../scoring/ScoringRule.ts';
import { scoreSlope } from '../scoring/scoreSlope.ts';

/** Reports per action (reports[a] = p(.|a)) and a direction per action (tangent vectors, or 0). */
export type Reports = readonly (readonly Rational[])[];

/**
 * The directional derivative of SEAT 1's zero-sum payoff in self-play with weight sharing
 * (docs/mathematics.md ZS-00): J(t) = sum_a w(a) [S(r_a + t v_a, q_a) - S(r_a, q_a)], seat 1 moving along v
 * and seat 2 (the other copy of the same report r) held where it is. `w` is the weight of each action's
 * score at the point: pi(a) (the decision rule's probabilities, as taken along the direction), or 1 on
 * explored actions under importance weighting. Where the action is locally constant this is the gradient
 * the zero-sum trainer follows.
 */
export function zeroSumSlope<T>(D: DualField<T>, rule: ScoringRule, truth: Reports, r: Reports, v: Reports, w: readonly Rational[]): T {
  const payoff = D.sum(
    truth.flatMap((q, a) => {
      if (w[a]!.isZero()) return [];
      const seat1 = expectedScoreAt(D, rule, r[a]!.map((c, y) => D.variable(c, v[a]![y]!)), q);
      const seat2 = expectedScoreAt(D, rule, r[a]!.map((c) => D.fromRational(c)), q);
      return [D.mul(D.fromRational(w[a]!), D.sub(seat1, seat2))];
    }),
  );
  return payoff.d;
}

/**
 * The directional derivative of the stop-gradient objective E_{a ~ w, y ~ q_a} S(p_a, y) - sg(the same)
 * (docs/mathematics.md SG-01, SG-02): its value is 0 and its derivative is that of the expected score with
 * the action weights and the world held, sum_a w(a) d/dt S(r_a + t v_a, q_a).
 */
export function stopGradientSlope<T>(D: DualField<T>, rule: ScoringRule, truth: Reports, r: Reports, v: Reports, w: readonly Rational[]): T {
  const F = D.base;
  return F.sum(truth.flatMap((q, a) => (w[a]!.isZero() ? [] : [F.mul(F.fromRational(w[a]!), scoreSlope(D, rule, r[a]!, v[a]!, q))])));
}
