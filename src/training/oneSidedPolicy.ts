import { decide } from '../decisions/decide.ts';
import { expectedUtility } from '../decisions/expectedUtility.ts';
import type { ConditionalGameSpec } from '../games/GameSpec.ts';
import { Rational } from '../numbers/Rational.ts';
import type { Reports } from './objectiveSlopes.ts';

/**
 * The decision pi(r + t v, r) for all small t > 0: seat 1 moves along v, seat 2 (the other copy) stays.
 * Every aggregate the rules rank by (DecisionRule.ts) is one of the lines EU_1(a)(t) = EU(r_a) + t EU(v_a),
 * EU_2(a) = EU(r_a) or their mean, on an interval (0, t_star) where t_star is the first positive crossing of any two of
 * these lines; the ranking is constant there, so deciding at t = t_star / 2 gives the one-sided limit EXACTLY
 * (rational t, no float). It differs from pi(r, r) exactly when a small move changes the action.
 */
export function oneSidedPolicy(spec: ConditionalGameSpec, r: Reports, v: Reports): Rational[] {
  const lines = r.flatMap((p, a) => {
    const c = expectedUtility(p, spec.utility[a]!);
    const d = expectedUtility(v[a]!, spec.utility[a]!);
    return [
      { c, d },
      { c, d: Rational.ZERO },
      { c, d: d.div(Rational.of(2)) },
    ];
  });
  let tStar = Rational.ONE;
  for (const x of lines) {
    for (const y of lines) {
      const slope = x.d.sub(y.d);
      if (slope.isZero()) continue;
      const t = y.c.sub(x.c).div(slope);
      if (t.sign() > 0 && t.lt(tStar)) tStar = t;
    }
  }
  const t = tStar.div(Rational.of(2));
  const moved = r.map((p, a) => p.map((c, y) => c.add(t.mul(v[a]![y]!))));
  const two = spec.scoring.kind === 'zero-sum' || spec.scoring.kind === 'weighted';
  return decide(spec.decision, spec.utility, two ? [moved, r] : [moved]);
}

/**
 * The principal's action is locally constant at the shared reports r: the aggregate EU(r_a) of the action taken
 * is strictly above every other (all pairwise distinct for rank-softmax, which ranks every action), so no small
 * move of either seat changes the decision.
 */
export function locallyConstant(spec: ConditionalGameSpec, r: Reports): boolean {
  const eu = r.map((p, a) => expectedUtility(p, spec.utility[a]!));
  const top = eu.reduce((best, x, a) => (x.gt(eu[best]!) ? a : best), 0);
  if (spec.decision.kind === 'softmax') return eu.every((x, a) => eu.every((y, b) => a === b || !x.equals(y)));
  return eu.every((x, a) => a === top || x.lt(eu[top]!));
}
