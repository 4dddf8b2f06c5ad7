import type { RuleClaimName } from './ruleClaimNames.ts';
import type { ScoringRule } from '../scoring/ScoringRule.ts';
import type { ClaimDefinition } from '../userclaims/ClaimDefinition.ts';

/** A rule loaded from a user's file: the rule itself, the claims its author makes, and where it lives. */
export interface UserRule {
  readonly name: string;
  readonly file: string;
  readonly rule: ScoringRule;
  readonly claims: readonly RuleClaimName[];
  /** Claims the author defined in the file (api defineClaim), with their index in `claims`. */
  readonly definitions: readonly { readonly index: number; readonly definition: ClaimDefinition }[];
  /** Whether the file declared `outcomes` (else the default range applies). */
  readonly declaredOutcomes: boolean;
}
