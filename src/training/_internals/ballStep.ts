import type { ConditionalGameSpec } from '../../games/GameSpec.ts';
import { DomainError, TierLimit } from '../../numbers/Field.ts';
import { Rational } from '../../numbers/Rational.ts';
import { hasTrait } from '../../scoring/RuleTraits.ts';
import { trainingGradient } from '../trainingGradient.ts';
import { ceilDiv, type FixedBall, UNIT } from './fixedBall.ts';
import { gradientField } from './gradientField.ts';
import { ratioCeil } from './rationalBounds.ts';
import { type FixedPoint, projectScaled } from './scaledProjection.ts';

/**
 * One step of action a from the ball (c, e) for a rule whose gradient is evaluated in fixed-point balls
 * (gradientField): x = c + s (h - mean h) with h the ball gradient of E_{q_a} S at c, projected exactly
 * and rounded; the radius becomes L e (L the caller's contraction bound over a box holding the ball)
 * + s gamma (gamma >= |h - true gradient|, the balls' radii added: L1 >= L2) + the rounding.
 * Undefined when the gradient cannot be evaluated in balls (a transcendental value it needs, a ball at 0).
 */
export function gradientStep(spec: ConditionalGameSpec, a: number, s: Rational, c: FixedPoint, e: bigint, L: Rational, floor: Rational): { c: FixedPoint; e: bigint } | undefined {
  const h = attempt(() => ballGradient(spec, spec.truth[a]!, c));
  if (!h) return undefined;
  const n = BigInt(c.length);
  const total = h.reduce((sum, x) => sum + x.m, 0n);
  const X = c.map((m, i) => m * n * s.den + s.num * (n * h[i]!.m - total));
  const gamma = h.reduce((sum, x) => sum + x.r, 0n);
  const next = projectScaled(X, n * s.den * UNIT, floor);
  return { c: next.point, e: ratioCeil(L, e) + ceilDiv(s.num * gamma, s.den) + next.error };
}

/** The gradient of E_q S at the point c, in balls (outcomes with q_y = 0 skipped, as in expectedScoreAt). */
function ballGradient(spec: ConditionalGameSpec, q: readonly Rational[], c: FixedPoint): FixedBall[] {
  const G = gradientField(c.length);
  const p = c.map((m, i) => G.variable({ m, r: 0n }, i));
  const total = G.sum(q.flatMap((qy, y) => (qy.isZero() ? [] : [G.mul(G.fromRational(qy), spec.rule.score(G, p, y))])));
  return total.d.map((x) => x ?? { m: 0n, r: 0n });
}

/**
 * Whether each action's truth is a fixed point of its step (the certificate's limit): inside the set the
 * projection keeps, and stationary: the exact tangent gradient vanishes there, or the rule is proper and
 * smooth and q is interior (q maximises E_q S over the simplex, so its tangent gradient is 0).
 */
export function stationaryAtTruth(spec: ConditionalGameSpec, floor: Rational): boolean[] {
  return spec.truth.map((q) => {
    if (!q.every((x) => x.ge(floor))) return false;
    if (hasTrait(spec.rule, 'proper') && hasTrait(spec.rule, 'smooth') && q.every((x) => x.sign() > 0)) return true;
    const g = trainingGradient('stop-gradient', spec.rule, [q], [q], [Rational.ONE]);
    return g.exact && g.g[0]!.every((x) => x.isZero());
  });
}

/** The value, or undefined when the tier cannot evaluate it (a transcendental value needed, a ball reaching 0). */
export function attempt<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch (error) {
    if (error instanceof TierLimit || error instanceof DomainError || error instanceof RangeError) return undefined;
    throw error;
  }
}
