import type { CaseOutcome, Certificate } from '../../core/CaseOutcome.ts';
import { weakerCertificate } from '../../certify/Decision.ts';
import type { CheckContext } from '../../core/Claim.ts';
import type { Json } from '../../core/Json.ts';
import type { Relation } from '../../certify/Relation.ts';
import { decide } from '../../certify/decide.ts';
import { hasTrait } from '../../scoring/RuleTraits.ts';
import { countTieBreaks } from '../../decisions/tieBreak.ts';
import type { ScoringRule } from '../../scoring/ScoringRule.ts';
import type { ScoreTerms } from '../ScoreTerms.ts';
import type { NumericField } from '../../numbers/Field.ts';
import type { Rational } from '../../numbers/Rational.ts';

/** One comparison `diff relation 0` of a conjunction, with the JSON that explains it if it fails. */
export interface TermsComparison {
  readonly diff: ScoreTerms;
  readonly relation: Relation;
  readonly label: string;
  readonly context: () => Json;
}

/**
 * Decides `diff relation 0` for every item (a conjunction), certified: a structurally zero difference
 * (identical terms cancelled exactly) is decided as exactly 0 without evaluating the rule; otherwise
 * the certification engine's decide (float screening, then exact rationals or certified intervals).
 * Each item's tie-breaks are counted while it is produced (its decisions), plus `baseTieBreaks` (those of
 * what every item shares, e.g. the honest profile). The answer is the first refuted item that needed no
 * tie-break and is a gap (not an exact tie): a strict witness (core/Robustness.ts); failing that the first
 * refuted item; an undecided item ends the search (returning an earlier refutation if there is one);
 * else holds, with the weakest certificate used.
 */
export function decideAll(rule: ScoringRule, items: Iterable<TermsComparison>, ctx: CheckContext, baseTieBreaks = 0): CaseOutcome {
  let by: Certificate = { tier: 'rational' };
  let firstRefuted: CaseOutcome | undefined;
  const key = atomKey(rule);
  const iterator = items[Symbol.iterator]();
  for (;;) {
    const { result: next, tieBreaks } = countTieBreaks(() => iterator.next());
    if (next.done) break;
    const item = next.value;
    const outcome = decideItem(rule, item, toAtoms(item.diff, key), ctx);
    if (outcome.kind === 'refuted') {
      const refuted = { ...outcome, witness: { ...(item.context() as object), comparison: outcome.witness }, tieBreaks: baseTieBreaks + tieBreaks };
      if (refuted.tieBreaks === 0 && !refuted.exactTie) return refuted;
      firstRefuted ??= refuted;
      continue;
    }
    if (outcome.kind === 'undecided') return firstRefuted ?? { ...outcome, witness: { ...(item.context() as object), comparison: outcome.witness ?? null } };
    by = weakerCertificate(by, outcome.by);
  }
  return firstRefuted ?? { kind: 'holds', by };
}

function decideItem(rule: ScoringRule, item: TermsComparison, atoms: readonly Atom[], ctx: CheckContext): CaseOutcome {
  if (atoms.length > 0) return decide((F) => ({ lhs: evaluateAtoms(F, rule, atoms), rhs: F.of(0), relation: item.relation, labels: [item.label, '0'] }), ctx);
  return item.relation === '>'
    ? { kind: 'refuted', witness: { margin: '0', relation: '>', asserted: `${item.label} > 0` }, by: { tier: 'rational' }, exactTie: true }
    : { kind: 'holds', by: { tier: 'rational' } };
}

/** coef * S(report, y). */
interface Atom {
  readonly coef: Rational;
  readonly report: readonly Rational[];
  readonly y: number;
}

/**
 * Which atoms S(p, y) are equal by a theorem about the rule object (its traits; a rule without traits,
 * e.g. a user's, gets none), so that they merge and cancel exactly. With n = p.length in every key:
 * - local and symmetric: S(p, y) = s(p_y) with one function s, so the key is p_y;
 * - local only: S(p, y) = s_y(p_y), and s_y may depend on y (binary exponential: S(p, 0) != S(p', 1)
 *   when p_0 = p'_1), so the key is (y, p_y);
 * - symmetric only: S(p, y) = S(sigma p, sigma y) for every relabelling, and (p, y), (p', y') are
 *   related by one iff p_y = p'_y' and p, p' are the same multiset: the key is (p_y, sorted p);
 * - otherwise (p, y).
 */
export function atomKey(rule: ScoringRule): (p: readonly Rational[], y: number) => string {
  const local = hasTrait(rule, 'local');
  const symmetric = hasTrait(rule, 'symmetric');
  if (local && symmetric) return (p, y) => `local-symmetric:${p.length}|${p[y]}`;
  if (local) return (p, y) => `local:${p.length}|${y}|${p[y]}`;
  if (symmetric) return (p, y) => `symmetric:${p[y]}|${[...p].sort((a, b) => a.compare(b)).join(',')}`;
  return (p, y) => `${p.join(',')}|${y}`;
}

/** The difference expanded into atoms coef * S(p, y) (world weights folded into coef), merged by key. */
function toAtoms(diff: ScoreTerms, key: (p: readonly Rational[], y: number) => string): Atom[] {
  const merged = new Map<string, Atom>();
  for (const t of diff.terms) {
    t.world.forEach((q, y) => {
      if (q.isZero()) return;
      const k = key(t.report, y);
      const prev = merged.get(k);
      const coef = t.coef.mul(q);
      merged.set(k, prev ? { ...prev, coef: prev.coef.add(coef) } : { coef, report: t.report, y });
    });
  }
  return [...merged.values()].filter((a) => !a.coef.isZero());
}

function evaluateAtoms<T>(F: NumericField<T>, rule: ScoringRule, atoms: readonly Atom[]): T {
  return F.sum(atoms.map((a) => F.mul(F.fromRational(a.coef), rule.score(F, a.report.map((c) => F.fromRational(c)), a.y))));
}

/** The difference is exactly 0: its atoms cancel (structurally, or by the rule's locality / symmetry traits). */
export function isExactlyZero(rule: ScoringRule, diff: ScoreTerms): boolean {
  return toAtoms(diff, atomKey(rule)).length === 0;
}
