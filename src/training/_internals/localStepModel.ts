import { endpoints } from '../../certify/evaluate.ts';
import type { ConditionalGameSpec } from '../../games/GameSpec.ts';
import { dualField, type Dual } from '../../numbers/Dual.ts';
import { Interval } from '../../numbers/Interval.ts';
import { intervalField } from '../../numbers/IntervalField.ts';
import { Rational } from '../../numbers/Rational.ts';
import { hasTrait } from '../../scoring/RuleTraits.ts';
import type { StepModel } from '../StepModel.ts';
import { boxedStepModel } from './boxedStepModel.ts';
import { floorDiv, UNIT } from './fixedBall.ts';

/** Decimal digits of the interval enclosures of s_y'' (only a bound on a contraction factor: no need for more). */
const HESSIAN_DIGITS = 24;

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
 *   (ballStep.ts, gradientField: the derivative of ln p is dp / p, ln itself is never evaluated), so every
 *   step costs a few BigInt operations and its error gamma is the balls' radii.
 * - Locality makes the tangent Hessian P diag(q_y s_y''(p_y)) P, whose eigenvalues on tangent vectors
 *   lie between the smallest and the largest -q_y s_y'' (Rayleigh quotients), so on a box where
 *   dmin <= -q_y s_y'' <= dmax the step contracts by L = max(|1 - s dmin|, |1 - s dmax|) (log:
 *   -q_y s_y'' = q_y / p_y^2). s_y'' is enclosed over a box by second-order duals in certified intervals,
 *   along e_y - e_k (a direction inside the simplex, where locality is a theorem), once per box.
 */
export function localStepModel(spec: ConditionalGameSpec, floor: Rational): StepModel | undefined {
  if (!hasTrait(spec.rule, 'local') || !hasTrait(spec.rule, 'smooth')) return undefined;
  return boxedStepModel(spec, floor, 'local', (a, lo, hi) => curvatureOn(spec, a, lo, hi, floor), lipschitz);
}

/** max(|1 - s dmin|, |1 - s dmax|): the contraction factor of the step on the box (eigenvalues in [dmin, dmax]). */
function lipschitz(box: Curvature, s: Rational): Rational {
  return Rational.max(Rational.ONE.sub(s.mul(box.dmin)).abs(), Rational.ONE.sub(s.mul(box.dmax)).abs());
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
