import type { RuleWithClaims } from '../scoring/RuleWithClaims.ts';
import type { Claim } from '../core/Claim.ts';
import type { OutcomeRange } from '../core/OutcomeRange.ts';
import { LAW_NAMES } from '../core/LawName.ts';
import { laws } from './laws.ts';
import { lawClaim } from './lawClaim.ts';

/** The numbers of outcomes the registry checks the laws for (docs/mathematics.md: "n = 2..6"). */
export const REGISTRY_OUTCOMES: OutcomeRange = { min: 2, max: 6 };

/** One claim per shared law for a built-in rule, over its outcome range intersected with 2..6. */
export function ruleLawClaims(entry: RuleWithClaims, range: OutcomeRange = REGISTRY_OUTCOMES): Claim[] {
  const outcomes = {
    min: Math.max(range.min, entry.rule.outcomes.min),
    max: Math.min(range.max, entry.rule.outcomes.max),
  };
  return LAW_NAMES.map((name) => lawClaim(entry.rule, laws[name], entry.expect[name], outcomes, { source: entry.source }));
}
