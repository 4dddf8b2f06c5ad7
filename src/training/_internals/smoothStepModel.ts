import { endpoints } from '../../certify/evaluate.ts';
import type { ConditionalGameSpec } from '../../games/GameSpec.ts';
import { type Dual, dualField } from '../../numbers/Dual.ts';
import { Interval } from '../../numbers/Interval.ts';
import { intervalField } from '../../numbers/IntervalField.ts';
import { Rational } from '../../numbers/Rational.ts';
import { expectedScoreAt } from '../../scoring/expectedScore.ts';
import { hasTrait } from '../../scoring/RuleTraits.ts';
import type { StepModel } from '../StepModel.ts';
import { boxedStepModel } from './boxedStepModel.ts';
import { floorDiv, UNIT } from './fixedBall.ts';
import { rationalSqrtUpper } from './rationalBounds.ts';
import { normOnTangent } from './tangentNorm.ts';

/** Decimal digits of the interval Hessians (a bound on a contraction factor only). */
const HESSIAN_DIGITS = 24;
/** The Hessian's midpoint is kept on the grid 2^-MID_BITS. */
const MID_BITS = 40n;

/** The Hessian of E_q S enclosed over a box: its midpoint (rational, symmetric) and a Frobenius bound of its spread. */
interface Curvature {
  readonly lo: readonly bigint[];
  readonly hi: readonly bigint[];
  readonly mid: readonly (readonly Rational[])[];
  readonly spread: Rational;
  readonly norms: Map<string, Rational>;
}

/**
 * The step model of any other smooth rule (the smooth trait: spherical, pseudo-spherical, power): the
 * gradient in fixed-point balls as for local rules (gradientField), and the contraction factor of the
 * step from the Hessian H of E_q S enclosed over a box in certified intervals (second-order duals, one
 * entry per pair of coordinates). On tangent vectors the step's derivative is I + s P H P (the tangent part
 * of H is intrinsic: any formula agreeing on the simplex gives it), whose norm is at most that of
 * I + s P mid(H) P (exact semidefiniteness tests, tangentNorm) plus s |H - mid(H)|_F (Weyl).
 */
export function smoothStepModel(spec: ConditionalGameSpec, floor: Rational): StepModel | undefined {
  if (!hasTrait(spec.rule, 'smooth')) return undefined;
  const lipschitz = (box: Curvature, s: Rational): Rational => {
    const key = String(s);
    if (!box.norms.has(key)) box.norms.set(key, stepNorm(box, s));
    return box.norms.get(key)!;
  };
  return boxedStepModel(spec, floor, 'smooth', (a, lo, hi) => hessianOn(spec, a, lo, hi, floor), lipschitz);
}

function stepNorm(box: Curvature, s: Rational): Rational {
  const A = box.mid.map((row, i) => row.map((h, j) => (i === j ? Rational.ONE : Rational.ZERO).add(s.mul(h))));
  return normOnTangent(A).add(s.mul(box.spread));
}

/** The Hessian of E_{q_a} S over the box [lo, hi] (units 2^-P) clipped to [floor, 1]: H_ij = d^2/dp_i dp_j. */
function hessianOn(spec: ConditionalGameSpec, a: number, lo: readonly bigint[], hi: readonly bigint[], floor: Rational): Curvature {
  const F = intervalField(HESSIAN_DIGITS);
  const DD = dualField(dualField(F));
  const clip = (m: bigint) => F.fromRational(Rational.max(floor, Rational.min(Rational.ONE, Rational.fraction(m, UNIT))));
  const box = lo.map((m, i) => Interval.hull(clip(m), clip(hi[i]!)));
  const n = box.length;
  const unit = (k: number) => (i: number) => F.of(i === k ? 1 : 0);
  const entry = (i: number, j: number): [Rational, Rational] => {
    const p: Dual<Dual<Interval>>[] = box.map((x, k) => ({ v: { v: x, d: unit(j)(k) }, d: { v: unit(i)(k), d: F.of(0) } }));
    return endpoints(F.encode(expectedScoreAt(DD, spec.rule, p, spec.truth[a]!).d.d));
  };
  const bounds = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (j >= i ? entry(i, j) : undefined)));
  const at = (i: number, j: number) => (j >= i ? bounds[i]![j]! : bounds[j]![i]!);
  // The midpoint on a coarse dyadic grid (small numbers for the exact norm tests); every entry's distance to
  // the ends of its interval is then at most its half-width plus the grid step, which the spread carries.
  const mid = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => onGrid(at(i, j)[0].add(at(i, j)[1]).div(Rational.of(2)))));
  const reach = (i: number, j: number) => Rational.max(mid[i]![j]!.sub(at(i, j)[0]), at(i, j)[1].sub(mid[i]![j]!));
  const spread2 = Rational.sum(Array.from({ length: n * n }, (_, k) => reach(Math.floor(k / n), k % n)).map((r) => r.mul(r)));
  return { lo, hi, mid, spread: rationalSqrtUpper(spread2), norms: new Map() };
}

/** x rounded to a multiple of 2^-MID_BITS. */
function onGrid(x: Rational): Rational {
  return Rational.of(floorDiv(x.num << MID_BITS, x.den), 1n << MID_BITS);
}
