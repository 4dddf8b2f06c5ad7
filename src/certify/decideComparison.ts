import type { Comparison, Relation } from './Comparison.ts';
import type { CaseOutcome, Certificate } from '../core/CaseOutcome.ts';
import type { CheckContext } from '../core/Claim.ts';
import { InexactError, type NumericField } from '../numbers/Field.ts';
import { BallField } from '../numbers/BallField.ts';
import { intervalField } from '../numbers/IntervalField.ts';
import { Rational } from '../numbers/Rational.ts';
import { RationalField } from '../numbers/RationalField.ts';
import { precisionLevels } from './precisionLevels.ts';
import { screenComparison } from './screenComparison.ts';

/** A comparison written once against the field, evaluated in whichever tier decides it. */
export interface ComparisonFormula {
  <T>(F: NumericField<T>): Comparison<T>;
}

/** Digits to which irrational values must agree for an equality to be accepted. */
export const EQUALITY_DIGITS = 48;

/**
 * Audit every AUDIT_PERIOD-th screened case exactly: a disagreement would mean the error bound of the
 * screening tier is unsound (for instance a libm worse than one ulp), and stops the run loudly.
 */
const AUDIT_PERIOD = 256;

/**
 * Decides `lhs relation rhs` for one case (DESIGN.md §2): float screening may only accept cases
 * whose float margin clears its running error bound (BallField); everything else (near-ties, apparent violations) is
 * re-decided exactly in the rationals, or with certified intervals at escalating precision when a
 * value is irrational. A case is refuted only by a certified sign.
 */
export function decideComparison(formula: ComparisonFormula, ctx: CheckContext): CaseOutcome {
  const stats = ctx.stats;
  if (!ctx.screening) return decideExactly(formula, ctx);
  const screening = screenComparison(formula(BallField));
  if (!screening.accepted) return decideExactly(formula, ctx, screening.digitsHint);
  if (!stats) return { kind: 'holds', by: { tier: 'float-screen' } };
  stats.screened += 1;
  if (stats.screened % AUDIT_PERIOD !== 0) return { kind: 'holds', by: { tier: 'float-screen' } };
  stats.audited += 1;
  const audit = decideExactly(formula, ctx);
  if (audit.kind === 'refuted') throw new Error(`float screening accepted a case that is refuted exactly: ${JSON.stringify(audit.witness)}`);
  return audit;
}

/**
 * The exact decision (rational tier, else intervals up to the precision cap), never floats. Interval
 * precision starts at the first level that can meet `digitsHint` (from screening): a near-tie of 1e-20
 * goes straight to 48 digits instead of failing at 24 first. A hint only saves time; it cannot change
 * a decision, since every level is certified and escalation continues to the cap.
 */
export function decideExactly(formula: ComparisonFormula, ctx: CheckContext, digitsHint = 0): CaseOutcome {
  try {
    const outcome = judge(RationalField, formula(RationalField), { tier: 'rational' });
    if (ctx.stats) ctx.stats.rational += 1;
    if (outcome) return outcome;
  } catch (error) {
    if (!(error instanceof InexactError)) throw error;
  }
  const all = precisionLevels(ctx.precisionCap);
  const levels = all.filter((digits, i) => digits >= digitsHint || i === all.length - 1);
  for (const [index, digits] of levels.entries()) {
    if (ctx.stats && index > 0) ctx.stats.escalations += 1;
    const F = intervalField(digits);
    const comparison = formula(F);
    const outcome = judge(F, comparison, { tier: 'interval', digits });
    if (outcome) {
      if (ctx.stats) ctx.stats.interval += 1;
      return outcome;
    }
    // Irrational equal values never separate: agreement to EQUALITY_DIGITS is the resolution of
    // equality claims (a difference below 1e-40 is out of reach; counted and reported as such). The
    // difference's whole enclosure must be that small: a wide one (a kink, an undecided branch) that
    // merely contains 0 says nothing, and escalates to the cap, then `undecided`.
    if (comparison.relation === '=' && digits >= EQUALITY_DIGITS && withinEqualityTolerance(F.encode(F.sub(comparison.lhs, comparison.rhs)))) {
      if (ctx.stats) ctx.stats.equalWithinPrecision += 1;
      return { kind: 'holds', by: { tier: 'interval', digits } };
    }
  }
  const last = levels[levels.length - 1]!;
  const F = intervalField(last);
  return { kind: 'undecided', reason: `sign of lhs - rhs not decided at ${last} digits`, witness: witness(F, formula(F)) };
}

const EQUALITY_TOLERANCE = Rational.of('1e-40');

/** Both ends of an encoded interval lie within the equality tolerance of 0. */
function withinEqualityTolerance(encoded: string | number | [string, string]): boolean {
  if (!Array.isArray(encoded)) return false;
  return encoded.every((end) => Rational.of(end).abs().le(EQUALITY_TOLERANCE));
}

/** The certified outcome, or undefined when the sign of lhs - rhs is unknown in this tier. */
function judge<T>(F: NumericField<T>, c: Comparison<T>, by: Certificate): CaseOutcome | undefined {
  const sign = F.sign(F.sub(c.lhs, c.rhs));
  if (sign === undefined) return undefined;
  return satisfies(sign, c.relation) ? { kind: 'holds', by } : { kind: 'refuted', witness: witness(F, c), by };
}

function satisfies(sign: -1 | 0 | 1, relation: Relation): boolean {
  return relation === '>' ? sign > 0 : relation === '>=' ? sign >= 0 : sign === 0;
}

/** The exact quantities of a decided comparison; `asserted` says in symbols what was claimed. */
function witness<T>(F: NumericField<T>, c: Comparison<T>) {
  const [lhs, rhs] = c.labels ?? ['lhs', 'rhs'];
  return {
    lhs: F.encode(c.lhs),
    rhs: F.encode(c.rhs),
    margin: F.encode(F.sub(c.lhs, c.rhs)),
    relation: c.relation,
    asserted: `${lhs} ${c.relation} ${rhs}`,
  };
}
