import { Rational } from '../numbers/Rational.ts';
import type { MapSpec } from '../performative/map/MapSpec.ts';
import { evaluateBinary } from '../performative/map/evaluateMap.ts';
import type { ScoringRule } from '../scoring/ScoringRule.ts';
import type { DerivativeTier } from '../numbers/DerivativeTier.ts';

/**
 * The non-conditional performative game in self-play (claims.md SG-05, GameSpec.ts): the world is
 * y ~ f(p1, p2) = map(w p1 + (1 - w) p2) and seat 1 earns S(p1, y) - S(p2, y). This is d/dt of seat 1's payoff
 * at p1 = p + t direction, p2 = p (binary reports (x, 1 - x)), with NOTHING stopped: the world moves with p1 too.
 * SG-05: the performative term (G'(p1) - G'(p2)) w f' vanishes at p1 = p2, leaving G''(p)(f(p, p) - p),
 * the stop-gradient direction (SG-02) of the self-play objective, whose zeros are the fixed points.
 */
export function selfPlaySlope<X, T>(tier: DerivativeTier<X, T>, rule: ScoringRule, map: MapSpec, weight: Rational, p: Rational, direction = Rational.ONE): T {
  const F = tier.field;
  const one = F.of(1);
  const x1 = tier.moving(p, direction);
  const x2 = F.fromRational(p);
  const w = F.fromRational(weight);
  const f = evaluateBinary(F, map, F.add(F.mul(w, x1), F.mul(F.sub(one, w), x2)));
  const world = [f, F.sub(one, f)];
  const score = (x: X) => {
    const report = [x, F.sub(one, x)];
    return F.sum(world.map((qy, y) => F.mul(qy, rule.score(F, report, y))));
  };
  return tier.slope(F.sub(score(x1), score(x2)));
}
