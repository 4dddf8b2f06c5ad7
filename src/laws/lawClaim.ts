import type { ScoringRule } from '../scoring/ScoringRule.ts';
import { decide } from '../certify/decide.ts';
import type { Claim, Expectation } from '../core/Claim.ts';
import type { Law } from './Law.ts';
import type { OutcomeRange } from '../core/OutcomeRange.ts';

/** Instantiates a shared law for one rule: claim id `<subject>/<law>` (subject defaults to the rule id). */
export function lawClaim<I>(
  rule: ScoringRule,
  law: Law<I>,
  expect: Expectation,
  outcomes: OutcomeRange,
  options: { subject?: string; source?: string } = {},
): Claim<I> {
  return {
    id: `${options.subject ?? rule.id}/${law.name}`,
    statement: law.statement(rule.id, outcomes),
    source: options.source ? `${options.source}; ${law.source}` : law.source,
    expect,
    arbitrary: law.arbitrary(rule, outcomes),
    codec: law.codec(rule, outcomes),
    simplify: (input) => law.simplify(input),
    check(input, ctx) {
      // A vacuous case holds by the law's own premise: nothing is evaluated.
      if (law.vacuous(input)) return { kind: 'holds', by: { tier: 'rational' } };
      return decide((F) => law.comparison(F, rule, input), ctx);
    },
  };
}
