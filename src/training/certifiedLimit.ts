import { expectedUtility } from '../decisions/expectedUtility.ts';
import type { ConditionalGameSpec } from '../games/GameSpec.ts';
import { Rational } from '../numbers/Rational.ts';
import { rationalSqrtUpper } from './_internals/rationalBounds.ts';
import type { Reports } from './objectiveSlopes.ts';
import type { StepModel } from './StepModel.ts';

export interface LimitCertificate {
  /** The action the principal takes at every step from now on. */
  readonly action: number;
  /** The per-action weights, constant from now on. */
  readonly weights: readonly Rational[];
  /** lim r_t: q_a where the weight is positive, the frozen report where it is 0. */
  readonly limit: Reports;
  /** |lim r_t[a] - limit[a]|_2 <= limitRadius[a]: 0 where the limit is the truth or a frozen exact report. */
  readonly limitRadius: readonly Rational[];
  /** The errors r_t[a] - q_a of weighted actions shrink by at least this factor per step. */
  readonly rate: Rational;
  /**
   * apart[a]: the exact iterates of action a differ from q_a at this step and at every later one (a segment
   * step r - q <- (1 - s kappa)(r - q) with s kappa < 1 never reaches 0 from r != q): honesty is then false
   * however close the balls come to the truth.
   */
  readonly apart: readonly boolean[];
}

/** The exact iterates, known within `radius[a]` (L2) of `reports[a]` (radius 0: exactly). */
export interface Enclosure {
  readonly reports: Reports;
  readonly radius: readonly Rational[];
}

/**
 * A certificate that a gradient trainer (zero-sum or stop-gradient, docs/mathematics.md SG-02, ZS-00) has
 * settled, for any rule whose step model certifies a contraction towards the truth (StepModel.contraction:
 * rules with the quadratic trait, smooth local rules such as log), from iterates known exactly or within
 * certified balls. Why it is sound: by induction on the steps, while the action stays the current one the
 * weights stay the current ones, so
 * - an action with weight 0 does not move (its EU stays in [EU(r_a) -+ |u_a,T| radius]);
 * - a weighted action whose step is r <- r + s kappa (q_a - r) with 0 < s kappa <= 1 stays on the segment
 *   [r_a, q_a] (a convex combination; the projection is the identity): EU between EU(r_a) and EU(q_a)
 *   (the quadratic rule: kappa = 2, s = eta w_a);
 * - a weighted action whose step maps every ball around q_a (radius up to D >= |r_a - q_a|) into itself
 *   with factor L < 1 stays within D of q_a: EU within |u_a,T| D of EU(q_a) (u_T = u - mean u; r - q is tangent).
 * If the principal's ranking is the same for EVERY choice of points in these EU ranges (the top one
 * strictly above the others; for rank-softmax all strictly ordered), the action, hence the weights, are
 * constant forever; then r_a -> q_a geometrically where w_a > 0, and r_a never moves where w_a = 0.
 * Undefined when the ranges overlap (not yet settled) or no contraction is certified.
 */
export function certifiedLimit(
  spec: ConditionalGameSpec,
  model: StepModel | undefined,
  at: Enclosure,
  decision: { readonly action: number; readonly weights: readonly Rational[] },
  eta: Rational,
): LimitCertificate | undefined {
  if (!model || eta.sign() <= 0) return undefined;
  const { action, weights } = decision;
  const ranges: { lo: Rational; hi: Rational }[] = [];
  const apart: boolean[] = [];
  let rate = Rational.ZERO;
  for (let a = 0; a < at.reports.length; a++) {
    const u = spec.utility[a]!;
    const spread = tangentNorm(u).mul(at.radius[a]!);
    const now = expectedUtility(at.reports[a]!, u);
    if (weights[a]!.sign() === 0) {
      ranges.push({ lo: now.sub(spread), hi: now.add(spread) });
      apart.push(false);
      continue;
    }
    const q = spec.truth[a]!;
    const truth = expectedUtility(q, u);
    const distance = rationalSqrtUpper(Rational.sum(at.reports[a]!.map((x, y) => x.sub(q[y]!).mul(x.sub(q[y]!))))).add(at.radius[a]!);
    const contraction = model.contraction(a, eta.mul(weights[a]!), distance);
    if (!contraction) return undefined;
    rate = Rational.max(rate, contraction.rate);
    const offTruth = Rational.sum(at.reports[a]!.map((x, y) => x.sub(q[y]!).mul(x.sub(q[y]!)))).gt(at.radius[a]!.mul(at.radius[a]!));
    apart.push(contraction.kind === 'segment' && contraction.rate.sign() > 0 && offTruth);
    if (contraction.kind === 'segment') ranges.push({ lo: Rational.min(now.sub(spread), truth), hi: Rational.max(now.add(spread), truth) });
    else ranges.push({ lo: truth.sub(tangentNorm(u).mul(distance)), hi: truth.add(tangentNorm(u).mul(distance)) });
  }
  const above = (a: number, b: number) => ranges[a]!.lo.gt(ranges[b]!.hi);
  const all = spec.decision.kind === 'softmax';
  for (let a = 0; a < ranges.length; a++) {
    for (let b = 0; b < ranges.length; b++) {
      if (a === b) continue;
      const ordered = above(a, b) || above(b, a);
      if (all ? !ordered : a === action && !above(a, b)) return undefined;
    }
  }
  const limit = at.reports.map((p, a) => (weights[a]!.sign() > 0 ? [...spec.truth[a]!] : [...p]));
  const limitRadius = at.radius.map((r, a) => (weights[a]!.sign() > 0 ? Rational.ZERO : r));
  return { action, weights, limit, limitRadius, rate, apart };
}

/** An upper bound of |u - mean(u)|_2 (0 for a constant utility, where the radius does not matter). */
function tangentNorm(u: readonly Rational[]): Rational {
  const mean = Rational.sum(u).div(Rational.of(u.length));
  return rationalSqrtUpper(Rational.sum(u.map((x) => x.sub(mean).mul(x.sub(mean)))));
}
