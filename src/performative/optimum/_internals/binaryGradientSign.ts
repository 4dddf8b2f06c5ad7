import { match, P } from 'ts-pattern';
import { Interval } from '../../../numbers/Interval.ts';
import { intervalField } from '../../../numbers/IntervalField.ts';
import { Rational } from '../../../numbers/Rational.ts';
import type { ScoringRule } from '../../../scoring/ScoringRule.ts';
import type { MapSpec } from '../../map/MapSpec.ts';
import { evaluateBinary } from '../../map/evaluateMap.ts';
import { convexityRatio } from '../convexityRatio.ts';
import { type Dual, dualField } from '../../../numbers/Dual.ts';
import { isBoxEvaluationFailure } from '../../map/isBoxEvaluationFailure.ts';

/**
 * The sign of Phi' on a box [a, b]: 1 or -1 when certified (Phi strictly monotone there), 0 when H was
 * evaluated but its enclosure contains 0, undefined when it could not be evaluated (ln 0 at the
 * boundary for the log rule, G'' not certified positive).
 */
export type BoxGradientSign = (a: Rational, b: Rational) => 1 | -1 | 0 | undefined;

/**
 * f is C^2 on [0, 1] (logistic, stochastic-matrix, mixtures of those): the mean-value form below needs
 * H = f - x + f' r continuous with H' bounded, which a kink (f' jumps) or a step breaks.
 */
export function isSmoothBinaryMap(spec: MapSpec): boolean {
  return match(spec)
    .with({ kind: 'logistic' }, () => true)
    .with({ kind: 'stochastic-matrix' }, () => true)
    .with({ kind: 'mixture' }, (s) => s.components.every(isSmoothBinaryMap))
    // A map given as code is not known to be smooth (it may branch).
    .with({ kind: P.union('binary-piecewise-linear', 'affine-clipped', 'step', 'code') }, () => false)
    .exhaustive();
}

/**
 * Certified sign of the performative gradient on boxes, for a rule with G'' > 0 and a smooth binary
 * map (docs/mathematics.md PP-03): Phi' = G''(x) H(x), H = f(x) - x + f'(x) r(x), r = G'/G'' (convexityRatio).
 * H is enclosed on [a, b] twice and a sign certified by either counts:
 * - naively (f, f' by forward-mode duals over intervals, r over the box);
 * - in mean-value form H(c) + H'([a, b]) [a - c, b - c] with c the midpoint, H' from nested duals
 *   (f''), which is what certifies boxes near a flat optimum, where the naive enclosure's width
 *   (proportional to the box) swamps |H| (cubic in the distance for the symmetric logistic example).
 * The interval tier evaluates r over [a, b] first, so a derived ratio certifies G'' > 0 on the box.
 * Undefined when the map is not smooth.
 */
export function binaryGradientSign(rule: ScoringRule, spec: MapSpec, digits: number): BoxGradientSign | undefined {
  if (!isSmoothBinaryMap(spec)) return undefined;
  const ratio = convexityRatio(rule);
  const F = intervalField(digits);
  const D = dualField(F);
  const DD = dualField(D);
  const DDD = dualField(DD);
  const one = F.of(1);
  const zero = F.of(0);
  /** H = f - x + f' r and its derivative (a dual over the interval field) at X: f, f', f'' from f in DD. */
  const h1 = (X: Interval): Dual<Interval> => {
    const x: Dual<Dual<Interval>> = { v: { v: X, d: one }, d: { v: one, d: zero } };
    const fx = evaluateBinary(DD, spec, x);
    return D.add(D.sub(fx.v, x.v), D.mul(fx.d, ratio(D, x.v)));
  };
  /** H with its first and second derivatives (a second-order dual) at X: f up to f''' from f in DDD. */
  const h2 = (X: Interval): Dual<Dual<Interval>> => {
    const x1: Dual<Dual<Interval>> = { v: { v: X, d: one }, d: { v: one, d: zero } };
    const seed: Dual<Dual<Interval>> = { v: { v: one, d: zero }, d: { v: zero, d: zero } };
    const x: Dual<Dual<Dual<Interval>>> = { v: x1, d: seed };
    const fx = evaluateBinary(DDD, spec, x);
    return DD.add(DD.sub(fx.v, x.v), DD.mul(fx.d, ratio(DD, x.v)));
  };
  const signOf = (h: Interval): 1 | -1 | 0 | undefined => {
    if (!F.isFinite(h)) return undefined;
    const s = F.sign(h);
    return s === 1 || s === -1 ? s : 0;
  };
  return (a, b) => {
    try {
      const X = Interval.hull(F.fromRational(a), F.fromRational(b));
      // G'' > 0 on the box (a derived ratio throws otherwise): the premise of the sign argument.
      if (!F.isFinite(ratio(F, X))) return undefined;
      const whole = h2(X);
      const naive = signOf(whole.v.v);
      if (naive !== 0) return naive;
      // Taylor form of order 2 about the midpoint c: H(x) = H(c) + H'(c) t + H''(xi) t^2 / 2, t = x - c.
      const c = a.add(b).div(Rational.of(2));
      const atC = h1(F.fromRational(c));
      const half = b.sub(a).div(Rational.of(2));
      const t = Interval.hull(F.fromRational(half.neg()), F.fromRational(half));
      const t2 = Interval.hull(zero, F.fromRational(half.mul(half).div(Rational.of(2))));
      const taylor = F.add(F.add(atC.v, F.mul(atC.d, t)), F.mul(whole.d.d, t2));
      return signOf(taylor) ?? 0;
    } catch (error) {
      if (isBoxEvaluationFailure(error)) return undefined;
      throw error;
    }
  };
}
