import type { Claim } from '../../core/Claim.ts';
import { Interval } from '../../numbers/Interval.ts';
import { intervalField } from '../../numbers/IntervalField.ts';
import { Rational } from '../../numbers/Rational.ts';
import type { ScoringRule } from '../../scoring/ScoringRule.ts';
import { fixedPointIsOptimalClaim, optimumWithinBoundClaim } from './optimalityClaims.ts';
import { derivedRatio } from '../optimum/convexityRatio.ts';
import { isBoxEvaluationFailure } from '../map/isBoxEvaluationFailure.ts';

export interface PerformativeBattery {
  readonly claims: readonly Claim[];
  /** Why a claim was left out (shown by `propercheck check`, never hidden). */
  readonly notes: readonly string[];
}

/**
 * The performative claims `propercheck check` runs for a user's rule, where they mean
 * something: both need binary outcomes. optimum-within-bound (PP-05/PP-06) needs c_S = sup |G'/G''|,
 * unknown for a user's rule: it is replaced by a certified upper bound (certifiedRatioBound), which keeps
 * the claim a consequence of PP-05; when no bound can be certified (G'' not certified positive, or r not
 * computable at the ends, e.g. ln 0), the claim is skipped with a note.
 */
export function performativeBattery(rule: ScoringRule, strictlyProper: boolean): PerformativeBattery {
  if (rule.outcomes.min > 2 || rule.outcomes.max < 2) {
    return { claims: [], notes: [`performative claims skipped: they need binary outcomes, and ${rule.id} is defined for ${rule.outcomes.min}..${rule.outcomes.max}`] };
  }
  const claims: Claim[] = [fixedPointIsOptimalClaim(rule) as Claim];
  const notes: string[] = [];
  // G'/G'' is the Savage ratio only for a proper rule, and PP-05 assumes strict properness.
  if (!strictlyProper) return { claims, notes: [`${rule.id}/optimum-within-bound skipped: PP-05 assumes a strictly proper rule, and strictly-proper is not claimed for it`] };
  const bound = certifiedRatioBound(rule);
  if (bound) claims.push(optimumWithinBoundClaim(rule, bound, ', a certified upper bound computed from the rule') as Claim);
  else notes.push(`${rule.id}/optimum-within-bound skipped: no certified bound on c_S = sup|G'/G''| over [0, 1] (G'' not certified positive, or G'/G'' not computable at every point, e.g. ln 0 at the ends)`);
  return { claims, notes };
}

/**
 * A rational upper bound on sup_{x in [0, 1]} |G'(x)/G''(x)| (docs/mathematics.md PP-05), certified by interval
 * evaluation of the derived ratio on boxes covering [0, 1] (which also certifies G'' > 0 on each box),
 * refining the box with the largest bound. Rounded up to 4 decimals. Undefined when some box fails.
 */
export function certifiedRatioBound(rule: ScoringRule, boxes = 64, refinements = 200): Rational | undefined {
  const F = intervalField(20);
  const ratio = derivedRatio(rule);
  const bound = (a: Rational, b: Rational): Rational | undefined => {
    try {
      const r = ratio(F, Interval.hull(F.fromRational(a), F.fromRational(b)));
      if (!F.isFinite(r)) return undefined;
      const [lo, hi] = F.encode(r) as [string, string];
      return Rational.max(Rational.of(lo).abs(), Rational.of(hi).abs());
    } catch (error) {
      if (isBoxEvaluationFailure(error)) return undefined;
      throw error;
    }
  };
  const open: { a: Rational; b: Rational; ub: Rational }[] = [];
  for (let k = 0; k < boxes; k++) {
    const [a, b] = [Rational.of(BigInt(k), BigInt(boxes)), Rational.of(BigInt(k + 1), BigInt(boxes))];
    const ub = bound(a, b);
    if (!ub) return undefined;
    open.push({ a, b, ub });
  }
  for (let i = 0; i < refinements; i++) {
    open.sort((x, y) => y.ub.compare(x.ub));
    const top = open.shift()!;
    const mid = top.a.add(top.b).div(Rational.of(2));
    const halves = [bound(top.a, mid), bound(mid, top.b)];
    if (!halves[0] || !halves[1]) return undefined;
    open.push({ a: top.a, b: mid, ub: halves[0] }, { a: mid, b: top.b, ub: halves[1] });
  }
  const sup = open.reduce((m, box) => Rational.max(m, box.ub), Rational.ZERO);
  const scaled = sup.mul(Rational.of(10000));
  const ceil = scaled.num / scaled.den + (scaled.num % scaled.den === 0n ? 0n : 1n);
  return Rational.of(ceil, 10000n);
}
