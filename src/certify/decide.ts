import { BallField } from '../numbers/BallField.ts';
import type { NumericField } from '../numbers/Field.ts';
import { intervalField } from '../numbers/IntervalField.ts';
import type { CertifyOptions } from './CertifyOptions.ts';
import type { Comparison } from './Comparison.ts';
import type { Certificate, ComparisonWitness, Decision, EncodedValue } from './Decision.ts';
import { acceptedAsEqual } from './equalityPolicy.ts';
import { endpoints, evaluateExactly } from './evaluate.ts';
import type { ComparisonFormula } from './Formula.ts';
import { DEFAULT_PRECISION_CAP, precisionLevels } from './precisionLevels.ts';
import { count, currentStats } from './recordDecisions.ts';
import { satisfies } from './Relation.ts';
import { screenComparison } from './screenComparison.ts';

/**
 * Audit every AUDIT_PERIOD-th screened case exactly: a disagreement would mean the error bound of the
 * screening tier is unsound (for instance a libm worse than one ulp), and stops the run loudly.
 */
const AUDIT_PERIOD = 256;
let screenedWithoutScope = 0;

/**
 * Decides `lhs relation rhs` for one question through the tier ladder (docs/design.md, "The
 * certification engine"):
 * 1. float ball screening (when asked) may only ACCEPT an inequality whose margin clears its running
 *    error bound; one accepted case in 256 is audited exactly;
 * 2. the exact tier (rationals, or rationals with formal atoms) decides whenever it can evaluate;
 * 3. certified intervals at 24, 48, ... digits up to the cap (starting where the screening's estimate
 *    of the needed digits says), with the equality policy of equalityPolicy.ts;
 * 4. otherwise `undecided`, with the last enclosure as witness.
 * A case is refuted only by a certified sign. Every decision is counted in the open statistics scope.
 */
export function decide(formula: ComparisonFormula, options: CertifyOptions = {}): Decision {
  if (!options.screening) return decideExactly(formula, options);
  const screening = screenComparison(formula(BallField));
  if (!screening.accepted) return decideExactly(formula, options, screening.digitsHint);
  count('screened');
  if (!auditDue()) return { kind: 'holds', by: { tier: 'float-screen' } };
  count('audited');
  const audit = decideExactly(formula, options);
  if (audit.kind === 'refuted') throw new Error(`float screening accepted a case that is refuted exactly: ${JSON.stringify(audit.witness)}`);
  return audit;
}

/**
 * The ladder without screening. Interval precision starts at the first level that can meet
 * `digitsHint`: a hint only saves time; it cannot change a decision, since every level is certified
 * and escalation continues to the cap.
 */
export function decideExactly(formula: ComparisonFormula, options: CertifyOptions = {}, digitsHint = 0): Decision {
  const exact = evaluateExactly((F) => judge(F, formula(F), { tier: 'rational' }), options.exact);
  if (exact) {
    count('rational');
    return exact;
  }
  const all = precisionLevels(options.precisionCap ?? DEFAULT_PRECISION_CAP);
  const levels = all.filter((digits, i) => digits >= digitsHint || i === all.length - 1);
  let last: Comparison<unknown> & { witness: ComparisonWitness } = undefined!;
  for (const [index, digits] of levels.entries()) {
    if (index > 0) count('escalations');
    const F = intervalField(digits);
    const comparison = formula(F);
    const decided = judge(F, comparison, { tier: 'interval', digits });
    if (decided) {
      count('interval');
      return decided;
    }
    const [lo, hi] = endpoints(F.encode(F.sub(comparison.lhs, comparison.rhs)));
    if (comparison.relation !== '>' && acceptedAsEqual(lo, hi, digits)) {
      count('equalWithinTolerance');
      return { kind: 'holds', by: { tier: 'interval', digits } };
    }
    last = { ...comparison, witness: witness(F, comparison) };
  }
  return { kind: 'undecided', reason: `sign of ${last.witness.asserted.replace(/ (>=|>|=) /, ' - ')} not decided at ${levels[levels.length - 1]} digits`, witness: last.witness };
}

/** The certified outcome, or undefined when the sign of lhs - rhs is unknown in this tier. */
function judge<T>(F: NumericField<T>, c: Comparison<T>, by: Certificate): Decision | undefined {
  const sign = F.sign(F.sub(c.lhs, c.rhs));
  if (sign === undefined) return undefined;
  if (satisfies(sign, c.relation)) return { kind: 'holds', by };
  return { kind: 'refuted', witness: witness(F, c), by, ...(sign === 0 ? { exactTie: true } : {}) };
}

/** The exact quantities of a decided comparison, encoded ("n/d", or ["lo", "hi"]). */
function witness<T>(F: NumericField<T>, c: Comparison<T>): ComparisonWitness {
  const [lhs, rhs] = c.labels ?? ['lhs', 'rhs'];
  const enc = (x: T) => F.encode(x) as EncodedValue;
  return { lhs: enc(c.lhs), rhs: enc(c.rhs), margin: enc(F.sub(c.lhs, c.rhs)), relation: c.relation, asserted: `${lhs} ${c.relation} ${rhs}` };
}

/** Whether this screened case is one of the audited ones (every AUDIT_PERIOD-th within a statistics scope). */
function auditDue(): boolean {
  const stats = currentStats();
  const screened = stats ? stats.screened : ++screenedWithoutScope;
  return screened % AUDIT_PERIOD === 0;
}
