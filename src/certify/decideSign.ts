import type { CaseOutcome } from '../core/CaseOutcome.ts';
import type { CheckContext } from '../core/Claim.ts';
import { InexactError } from '../numbers/Field.ts';
import type { Interval } from '../numbers/Interval.ts';
import { intervalField } from '../numbers/IntervalField.ts';
import type { Rational } from '../numbers/Rational.ts';
import { EQUALITY_DIGITS } from './decideComparison.ts';
import { precisionLevels } from './precisionLevels.ts';
import { dualTier, exactTier, type DerivativeTier } from '../numbers/DerivativeTier.ts';

/** One quantity in two tiers: exact (may throw InexactError) and as a certified enclosure at a precision. */
export interface SignQuery {
  exact(): Rational;
  enclose(digits: number): Interval;
}

/** A quantity written once against a derivative tier, as a SignQuery (exact tier, then dual intervals). */
export function tierQuery(formula: <X, T>(tier: DerivativeTier<X, T>, sub: (a: T, b: T) => T) => T): SignQuery {
  return {
    exact: () => formula(exactTier, (a, b) => a.sub(b)),
    enclose: (digits) => {
      const F = intervalField(digits);
      return formula(dualTier(F), (a, b) => F.sub(a, b));
    },
  };
}

/**
 * Decides `x relation 0` for a derivative quantity: exactly when the exact tier can (polynomial rules, log,
 * exactSlopeField); otherwise with certified intervals at escalating precision. A sign is certified when the
 * enclosure excludes 0. "x = 0" is accepted from intervals only when the enclosure contains 0 AND is narrower than
 * 10^-EQUALITY_DIGITS (the suite's convention for irrational equalities), never merely because it straddles 0:
 * a wide straddling enclosure (e.g. a branch the intervals cannot resolve) ends `undecided`.
 */
export function decideSign(query: SignQuery, relation: '=' | '>=', ctx: CheckContext): CaseOutcome {
  try {
    const x = query.exact();
    const ok = relation === '=' ? x.isZero() : x.sign() >= 0;
    return ok ? { kind: 'holds', by: { tier: 'rational' } } : { kind: 'refuted', by: { tier: 'rational' }, witness: { value: x.toString(), asserted: `value ${relation} 0` } };
  } catch (error) {
    if (!(error instanceof InexactError)) throw error;
  }
  let last: Interval | undefined;
  for (const digits of precisionLevels(ctx.precisionCap)) {
    const x = query.enclose(digits);
    last = x;
    const sign = intervalField(digits).sign(x);
    const by = { tier: 'interval' as const, digits };
    const enclosure = [x.lo.toString(), x.hi.toString()];
    if (sign !== undefined && sign !== 0) {
      const ok = relation === '>=' && sign > 0;
      return ok ? { kind: 'holds', by } : { kind: 'refuted', by, witness: { enclosure, asserted: `value ${relation} 0` } };
    }
    if (sign === 0 || (x.hi.sub(x.lo).lt(`1e-${EQUALITY_DIGITS}`) && digits >= EQUALITY_DIGITS)) return { kind: 'holds', by };
  }
  return { kind: 'undecided', reason: `enclosure [${last?.lo}, ${last?.hi}] straddles 0 at the precision cap` };
}
