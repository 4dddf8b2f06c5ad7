import type { DualField } from '../numbers/Dual.ts';
import { Rational } from '../numbers/Rational.ts';
import type { MapSpec } from '../performative/map/MapSpec.ts';
import { evaluateBinary } from '../performative/map/evaluateMap.ts';
import { expectedScore } from '../scoring/expectedScore.ts';
import type { ScoringRule } from '../scoring/ScoringRule.ts';

/**
 * The non-conditional performative game in self-play (docs/mathematics.md SG-05, GameSpec.ts): the world is
 * y ~ f(p1, p2) = map(w p1 + (1 - w) p2) and seat 1 earns S(p1, y) - S(p2, y). This is d/dt of seat 1's payoff
 * at p1 = p + t direction, p2 = p (binary reports (x, 1 - x)), with NOTHING stopped: the world moves with p1 too.
 * SG-05: the performative term (G'(p1) - G'(p2)) w f' vanishes at p1 = p2, leaving G''(p)(f(p, p) - p),
 * the stop-gradient direction (SG-02) of the self-play objective, whose zeros are the fixed points.
 */
export function selfPlaySlope<T>(D: DualField<T>, rule: ScoringRule, map: MapSpec, weight: Rational, p: Rational, direction = Rational.ONE): T {
  const one = D.of(1);
  const x1 = D.variable(p, direction);
  const x2 = D.fromRational(p);
  const w = D.fromRational(weight);
  const f = evaluateBinary(D, map, D.add(D.mul(w, x1), D.mul(D.sub(one, w), x2)));
  const world = [f, D.sub(one, f)];
  const score = (x: typeof x1) => expectedScore(D, rule, [x, D.sub(one, x)], world);
  return D.sub(score(x1), score(x2)).d;
}
