import type { ScoringRule } from './ScoringRule.ts';

/**
 * Whether the rule is strictly proper, as far as anything may rely on it: the rule's own trait (a
 * theorem about this object, true or false) when declared; otherwise what the caller asserts for it (a
 * rule file claiming 'strictly-proper'); otherwise unknown. Never the registry's expectation for a
 * rule with the same id.
 */
export function knownStrictlyProper(rule: ScoringRule, asserted?: boolean): boolean | undefined {
  return rule.traits?.strictlyProper ?? asserted;
}
