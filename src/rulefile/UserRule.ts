import type { RuleClaimName } from './ruleClaimNames.ts';
import type { ScoringRule } from '../scoring/ScoringRule.ts';

/** A rule loaded from a user's file: the rule itself, the claims its author makes, and where it lives. */
export interface UserRule {
  readonly name: string;
  readonly file: string;
  readonly rule: ScoringRule;
  readonly claims: readonly RuleClaimName[];
  /** Whether the file declared `outcomes` (else the default range applies). */
  readonly declaredOutcomes: boolean;
}
