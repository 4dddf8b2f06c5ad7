import type { CaseOutcome, Certificate } from '../../../claims/CaseOutcome.ts';
import type { CheckContext } from '../../../claims/Claim.ts';
import type { Json } from '../../../claims/Json.ts';
import type { Relation } from '../../../claims/laws/Comparison.ts';
import { decideComparison } from '../../../search/decideComparison.ts';
import { builtinRules } from '../../../scoring/builtinRules.ts';
import type { ScoringRule } from '../../../scoring/ScoringRule.ts';
import type { ScoreTerms } from '../../ScoreTerms.ts';

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
  const symmetric = isKnownSymmetric(rule);
  for (const raw of items) {
    const item = symmetric ? { ...raw, diff: raw.diff.canonicalSymmetric() } : raw;
    const outcome = item.diff.isZero()
      ? item.relation === '>'
        ? ({ kind: 'refuted', witness: { margin: '0', relation: '>', asserted: `${item.label} > 0` }, by: { tier: 'rational' } } as const)
        : ({ kind: 'holds', by: { tier: 'rational' } } as const)
      : decideComparison((F) => ({ lhs: item.diff.evaluate(F, rule), rhs: F.of(0), relation: item.relation, labels: [item.label, '0'] }), ctx);
    if (outcome.kind === 'refuted') return { ...outcome, witness: { ...(item.context() as object), comparison: outcome.witness } };
    if (outcome.kind === 'undecided') return { ...outcome, witness: { ...(item.context() as object), comparison: outcome.witness ?? null } };
    by = weaker(by, outcome.by);
  }
  return { kind: 'holds', by };
}

/** Built-in rules whose symmetry is a registered 'holds' expectation (claims.md SR-03); user rules: never assumed. */
export function isKnownSymmetric(rule: ScoringRule): boolean {
  const entry = builtinRules.find((r) => r.rule === rule);
  return entry?.expect.symmetric === 'holds';
}

function weaker(a: Certificate, b: Certificate): Certificate {
  if (a.tier === 'float-screen' || b.tier === 'float-screen') return { tier: 'float-screen' };
  if (a.tier === 'interval' && b.tier === 'interval') return a.digits >= b.digits ? a : b;
  return a.tier === 'interval' ? a : b;
}
