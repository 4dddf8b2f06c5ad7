import type { Comparison } from '../certify/Comparison.ts';
import { decideConjunction } from '../certify/decideConjunction.ts';
import type { Claim } from '../core/Claim.ts';
import type { Json } from '../core/Json.ts';
import type { OutcomeRange } from '../core/OutcomeRange.ts';
import { DomainError, type Field, TierLimit } from '../numbers/Field.ts';
import { SpecError } from '../core/SpecError.ts';
import { expectedScore } from '../scoring/expectedScore.ts';
import type { ScoringRule } from '../scoring/ScoringRule.ts';
import type { ClaimDefinition, RuleInTier } from './ClaimDefinition.ts';
import { claimField } from './ClaimField.ts';
import { liftInput } from './Lifted.ts';
import { UserClaimError } from './UserClaimError.ts';

/**
 * A user-defined claim about a rule as a claim like any other (docs/design.md §7): id
 * `<subject>/<name>`, its input searched with the inputs' generators, decided by the certification
 * engine (every comparison `holds` returns must hold), shrunk with the inputs' simplifications. `where`
 * names the definition in messages (e.g. "rules/x.ts: claims[2] beats-uniform").
 */
export function definedClaim<I>(rule: ScoringRule, definition: ClaimDefinition<I>, outcomes: OutcomeRange, options: { subject: string; where: string }): Claim<I> {
  const model = definition.input.build({ outcomes, domain: rule.domain });
  return {
    id: `${options.subject}/${definition.name}`,
    statement: definition.statement,
    source: definition.source ?? `user-defined (${options.where})`,
    expect: definition.expect ?? 'holds',
    arbitrary: model.arbitrary,
    codec: model.codec,
    ...(model.simplify ? { simplify: (input: I) => model.simplify!(input) } : {}),
    check(input, ctx) {
      const decision = decideConjunction((F) => comparisons(F, rule, definition, input, options.where), ctx);
      if (decision.kind !== 'refuted' || decision.index === undefined) return decision as never;
      return { ...decision, witness: { comparison: decision.index, ...(decision.witness as object) } as Json };
    },
  };
}

function comparisons<I, T>(F: Field<T>, rule: ScoringRule, definition: ClaimDefinition<I>, input: I, where: string): readonly Comparison<T>[] {
  const S: RuleInTier<T> = { score: (p, y) => rule.score(F, p, y), expected: (p, q) => expectedScore(F, rule, p, q) };
  let result: unknown;
  try {
    result = definition.holds(claimField(F), liftInput(F, input), S);
  } catch (error) {
    // A tier's own limits (an irrational value in the rationals) and reported bad input pass through.
    if (error instanceof TierLimit || error instanceof SpecError || error instanceof DomainError) throw error;
    throw new UserClaimError(where, 'holds', `threw on input ${JSON.stringify(input)} [${F.tier} tier]: ${(error as Error)?.message ?? String(error)}`);
  }
  const list = (Array.isArray(result) ? result : [result]) as readonly unknown[];
  if (list.length === 0 || !list.every(isComparison)) {
    throw new UserClaimError(where, 'holds', 'must return what has to hold as comparisons built with F (F.ge(a, b), F.gt, F.eq, F.le, F.lt), or an array of them; not a boolean or a number');
  }
  return list as readonly Comparison<T>[];
}

function isComparison(x: unknown): boolean {
  return typeof x === 'object' && x !== null && 'lhs' in x && 'rhs' in x && ['>', '>=', '='].includes((x as { relation?: string }).relation ?? '');
}
