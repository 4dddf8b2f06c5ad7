import { endpoints } from '../../certify/evaluate.ts';
import type { ConditionalGameSpec } from '../../games/GameSpec.ts';
import { dualField, type Dual } from '../../numbers/Dual.ts';
import { DomainError, TierLimit } from '../../numbers/Field.ts';
import { Interval } from '../../numbers/Interval.ts';
import { intervalField } from '../../numbers/IntervalField.ts';
import { Rational } from '../../numbers/Rational.ts';
import { hasTrait } from '../../scoring/RuleTraits.ts';
import type { StepModel } from '../StepModel.ts';
import { trainingGradient } from '../trainingGradient.ts';
import { ceilDiv, type FixedBall, floorDiv, UNIT } from './fixedBall.ts';
import { gradientField } from './gradientField.ts';
import { ratioCeil } from './rationalBounds.ts';
import { type FixedPoint, projectScaled } from './scaledProjection.ts';

/** Decimal digits of the interval enclosures of s_y'' (only a bound on a contraction factor: no need for more). */
const HESSIAN_DIGITS = 24;
/** Half-width of the boxes over which s_y'' is enclosed once and reused while the iterate's ball stays inside. */
const BOX_HALF_WIDTH = UNIT >> 8n;

/** Bounds dmin <= -q_y s_y''(x_y) <= dmax over a box of reports: the curvature of E_q S along the simplex. */
interface Curvature {
  readonly lo: readonly bigint[];
  readonly hi: readonly bigint[];
  readonly dmin: Rational;
  readonly dmax: Rational;
}

/**
 * The step model of a smooth rule with the local trait (S(p, y) = s_y(p_y): the log score), whatever its name.
 * - The gradient of E_q S at the tier's point is evaluated in fixed-point balls by forward mode
 *   (gradientField: the derivative of ln p is dp / p, ln itself is never evaluated), so every step costs a
 *   few BigInt operations and its error gamma is the balls' radii.
 * - Locality makes the tangent Hessian P diag(q_y s_y''(p_y)) P, whose eigenvalues on tangent vectors
 *   lie between the smallest and the largest -q_y s_y'' (Rayleigh quotients), so on a box where
 *   dmin <= -q_y s_y'' <= dmax the step contracts by L = max(|1 - s dmin|, |1 - s dmax|) (log:
 *   -q_y s_y'' = q_y / p_y^2). s_y'' is enclosed over a box by second-order duals in certified intervals,
 *   along e_y - e_k (a direction inside the simplex, where locality is a theorem), once per box.
 */
export function localStepModel(spec: ConditionalGameSpec, floor: Rational): StepModel | undefined {
  const rule = spec.rule;
  if (!hasTrait(rule, 'local') || !hasTrait(rule, 'smooth')) return undefined;
  const n = spec.outcomes;
  const G = gradientField(n);
  // The truth is the step's fixed point: stationary (any proper rule) and inside the set the projection keeps.
  const stationaryAtTruth = spec.truth.map((q) => {
    if (!q.every((x) => x.ge(floor))) return false;
    const g = trainingGradient('stop-gradient', rule, [q], [q], [Rational.ONE]);
    return g.exact && g.g[0]!.every((x) => x.isZero());
  });
  const boxes: (Curvature | undefined)[] = spec.truth.map(() => undefined);
  const gradient = (q: readonly Rational[], c: FixedPoint): FixedBall[] => {
    const p = c.map((m, i) => G.variable({ m, r: 0n }, i));
    const total = G.sum(q.flatMap((qy, y) => (qy.isZero() ? [] : [G.mul(G.fromRational(qy), rule.score(G, p, y))])));
    return total.d.map((x) => x ?? { m: 0n, r: 0n });
  };
  return {
    kind: 'local',
    step(a, s, c, e) {
      const q = spec.truth[a]!;
      const h = attempt(() => gradient(q, c));
      const box = covers(boxes[a], c, e) ? boxes[a] : attempt(() => curvatureOn(spec, a, c.map((m) => m - e - BOX_HALF_WIDTH), c.map((m) => m + e + BOX_HALF_WIDTH), floor));
      boxes[a] = box;
      if (!h || !box) return undefined;
      const total = h.reduce((sum, x) => sum + x.m, 0n);
      const X = c.map((m, i) => m * BigInt(n) * s.den + s.num * (BigInt(n) * h[i]!.m - total));
      const gamma = h.reduce((sum, x) => sum + x.r, 0n); // L1 >= L2 of the gradient's error
      const next = projectScaled(X, BigInt(n) * s.den * UNIT, floor);
      return { c: next.point, e: ratioCeil(lipschitz(box, s), e) + ceilDiv(s.num * gamma, s.den) + next.error };
    },
    contraction(a, s, distance) {
      if (!stationaryAtTruth[a]) return undefined;
      const q = spec.truth[a]!;
      const d = floorDiv(distance.num * UNIT, distance.den) + 1n;
      const qm = q.map((x) => floorDiv(x.num * UNIT, x.den));
      const box = attempt(() => curvatureOn(spec, a, qm.map((m) => m - d - 1n), qm.map((m) => m + d + 1n), floor));
      const rate = box && lipschitz(box, s);
      return rate && rate.lt(Rational.ONE) ? { kind: 'ball', rate } : undefined;
    },
  };
}

/** max(|1 - s dmin|, |1 - s dmax|): the contraction factor of the step on the box (eigenvalues in [dmin, dmax]). */
function lipschitz(box: Curvature, s: Rational): Rational {
  return Rational.max(Rational.ONE.sub(s.mul(box.dmin)).abs(), Rational.ONE.sub(s.mul(box.dmax)).abs());
}

/** Whether the ball of radius e around c lies in the box. */
function covers(box: Curvature | undefined, c: FixedPoint, e: bigint): boolean {
  return box !== undefined && c.every((m, i) => m - e >= box.lo[i]! && m + e <= box.hi[i]!);
}

/**
 * dmin <= -q_y s_y''(x) <= dmax for x_y in [lo_y, hi_y] (units 2^-P), clipped to the reports the exact
 * iterates can take ([floor, 1]); rounded outward to rationals of 2^-32.
 */
function curvatureOn(spec: ConditionalGameSpec, a: number, lo: readonly bigint[], hi: readonly bigint[], floor: Rational): Curvature {
  const F = intervalField(HESSIAN_DIGITS);
  const DD = dualField(dualField(F));
  const clip = (m: bigint) => Rational.max(floor, Rational.min(Rational.ONE, Rational.fraction(m, UNIT)));
  const X = lo.map((m) => F.fromRational(clip(m)));
  const Xhi = hi.map((m) => F.fromRational(clip(m)));
  const box = X.map((x, i) => Interval.hull(x, Xhi[i]!));
  const q = spec.truth[a]!;
  let dmin: Rational | undefined;
  let dmax: Rational | undefined;
  q.forEach((qy, y) => {
    // -q_y s_y'' along e_y - e_k: the report moves inside the simplex, where S(., y) = s_y(p_y).
    const k = y === 0 ? 1 : 0;
    const direction = (i: number) => F.of(i === y ? 1 : i === k ? -1 : 0);
    const p: Dual<Dual<Interval>>[] = box.map((x, i) => ({ v: { v: x, d: direction(i) }, d: { v: direction(i), d: F.of(0) } }));
    const second = qy.isZero() ? [Rational.ZERO, Rational.ZERO] : endpoints(F.encode(F.mul(F.fromRational(qy.neg()), spec.rule.score(DD, p, y).d.d)));
    dmin = dmin === undefined ? second[0]! : Rational.min(dmin, second[0]!);
    dmax = dmax === undefined ? second[1]! : Rational.max(dmax, second[1]!);
  });
  const grid = (x: Rational, up: boolean) => Rational.of((up ? -floorDiv(-(x.num << 32n), x.den) : floorDiv(x.num << 32n, x.den)), 1n << 32n);
  return { lo, hi, dmin: grid(dmin!, false), dmax: grid(dmax!, true) };
}

/** The value, or undefined when the tier cannot evaluate it (a transcendental value needed, a ball reaching 0). */
function attempt<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch (error) {
    if (error instanceof TierLimit || error instanceof DomainError || error instanceof RangeError) return undefined;
    throw error;
  }
}
