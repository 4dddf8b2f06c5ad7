import type { CaseOutcome, Certificate } from '../../core/CaseOutcome.ts';
import { weakerCertificate } from '../../certify/Decision.ts';
import type { CheckContext } from '../../core/Claim.ts';
import type { Json } from '../../core/Json.ts';
import type { Relation } from '../../certify/Relation.ts';
import { decide } from '../../certify/decide.ts';
import { builtinRules } from '../../scoring/rules/builtinRules.ts';
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
 * decideComparison (float screening, then exact rationals or certified intervals). Returns the first
 * refuted or undecided item, else holds with the weakest certificate used.
 */
export function decideAll(rule: ScoringRule, items: Iterable<TermsComparison>, ctx: CheckContext): CaseOutcome {
  let by: Certificate = { tier: 'rational' };
  const key = atomKey(rule);
  for (const item of items) {
    const atoms = toAtoms(item.diff, key);
    const outcome = atoms.length === 0
      ? item.relation === '>'
        ? ({ kind: 'refuted', witness: { margin: '0', relation: '>', asserted: `${item.label} > 0` }, by: { tier: 'rational' } } as const)
        : ({ kind: 'holds', by: { tier: 'rational' } } as const)
      : decide((F) => ({ lhs: evaluateAtoms(F, rule, atoms), rhs: F.of(0), relation: item.relation, labels: [item.label, '0'] }), ctx);
    if (outcome.kind === 'refuted') return { ...outcome, witness: { ...(item.context() as object), comparison: outcome.witness } };
    if (outcome.kind === 'undecided') return { ...outcome, witness: { ...(item.context() as object), comparison: outcome.witness ?? null } };
    by = weakerCertificate(by, outcome.by);
  }
  return { kind: 'holds', by };
}

/** coef * S(report, y). */
interface Atom {
  readonly coef: Rational;
  readonly report: readonly Rational[];
  readonly y: number;
}

/**
 * Which atoms S(p, y) are equal by a theorem about the rule, so that they merge and cancel exactly:
 * local rules (S(p, y) depends on p_y only, e.g. log) key on p_y; symmetric rules key on p_y and the
 * multiset of p; other rules on (p, y). Only registered built-in expectations are trusted (never user rules).
 */
function atomKey(rule: ScoringRule): (p: readonly Rational[], y: number) => string {
  const entry = builtinRules.find((r) => r.rule === rule);
  if (entry?.expect.local === 'holds') return (p, y) => `local:${p[y]}`;
  if (entry?.expect.symmetric === 'holds') return (p, y) => `sym:${p[y]}|${[...p].sort((a, b) => a.compare(b)).join(',')}`;
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

/** The difference is exactly 0: its atoms cancel (structurally, or by locality / symmetry of a built-in rule). */
export function isExactlyZero(rule: ScoringRule, diff: ScoreTerms): boolean {
  return toAtoms(diff, atomKey(rule)).length === 0;
}
