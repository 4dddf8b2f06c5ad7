import type { Rational } from '../numbers/Rational.ts';
import type { ScoringRule } from '../scoring/ScoringRule.ts';
import type { DerivativeTier } from '../numbers/DerivativeTier.ts';

/** Reports per action (reports[a] = p(.|a)) and a direction per action (tangent vectors, or 0). */
export type Reports = readonly (readonly Rational[])[];

/** E_{y ~ q} S(p, y) in the derivative tier (terms with q_y = 0 skipped: 0 * S := 0). */
export function expectedScoreIn<X>(tier: DerivativeTier<X, unknown>, rule: ScoringRule, p: readonly X[], q: readonly Rational[]): X {
  const F = tier.field;
  return F.sum(q.flatMap((qy, y) => (qy.isZero() ? [] : [F.mul(F.fromRational(qy), rule.score(F, p, y))])));
}

const movingReports = <X>(tier: DerivativeTier<X, unknown>, r: Reports, v: Reports) => r.map((p, a) => p.map((c, y) => tier.moving(c, v[a]![y]!)));
const fixedReports = <X>(tier: DerivativeTier<X, unknown>, r: Reports) => r.map((p) => p.map((c) => tier.field.fromRational(c)));

/**
 * The directional derivative of SEAT 1's zero-sum payoff in self-play with weight sharing (claims.md ZS-00,
 * issue 5): J(t) = sum_a w(a) [S(r_a + t v_a, q_a) - S(r_a, q_a)], seat 1 moving along v and seat 2 (the other
 * copy of the same report r) held where it is. `w` is the weight of each action's score at the point: pi(a)
 * (the decision rule's probabilities, as taken along the direction), or 1 on explored actions under importance
 * weighting. Where the action is locally constant this is the gradient the zero-sum trainer follows.
 */
export function zeroSumSlope<X, T>(tier: DerivativeTier<X, T>, rule: ScoringRule, truth: Reports, r: Reports, v: Reports, w: readonly Rational[]): T {
  const F = tier.field;
  const seat1 = movingReports(tier, r, v);
  const seat2 = fixedReports(tier, r);
  const payoff = F.sum(
    truth.flatMap((q, a) =>
      w[a]!.isZero() ? [] : [F.mul(F.fromRational(w[a]!), F.sub(expectedScoreIn(tier, rule, seat1[a]!, q), expectedScoreIn(tier, rule, seat2[a]!, q)))],
    ),
  );
  return tier.slope(payoff);
}

/**
 * The directional derivative of the stop-gradient objective (issue 5): E_{a ~ w, y ~ q_a} S(p_a, y) minus
 * sg(the same), one report moving along v; its value is 0 and its gradient that of the expected score
 * with the action weights held at the point (claims.md SG-01, SG-02: the stop-gradient leaves only the
 * direct dependence of the score on the report).
 */
export function stopGradientSlope<X, T>(tier: DerivativeTier<X, T>, rule: ScoringRule, truth: Reports, r: Reports, v: Reports, w: readonly Rational[]): T {
  const F = tier.field;
  const p = movingReports(tier, r, v);
  const objective = F.sum(truth.flatMap((q, a) => (w[a]!.isZero() ? [] : [F.mul(F.fromRational(w[a]!), expectedScoreIn(tier, rule, p[a]!, q))])));
  return tier.slope(F.sub(objective, tier.stop(objective)));
}
