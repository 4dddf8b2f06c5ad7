import type { Field } from '../numbers/Field.ts';
import type { RuleClaimName } from '../rulefile/ruleClaimNames.ts';
import type { ClaimDefinition } from '../userclaims/ClaimDefinition.ts';

/**
 * What a rule file default-exports (README "Writing a rule file"). Only `name` and `score` are required;
 * the rest is optional. `score` is written once against the arithmetic F, so it runs in every tier.
 */
export interface RuleDefinition {
  /** Names the rule in claim ids and the counterexample folder: letters, digits, . _ - ( ). */
  readonly name: string;
  /** Numbers of outcomes the rule is defined for (default 2..64; `check` defaults to 2..6). */
  readonly outcomes?: { readonly min: number; readonly max: number };
  /** 'closed': reports may contain zeros (default); 'interior': every probability is positive (log). */
  readonly domain?: 'closed' | 'interior';
  /** What the author claims: claim names from `propercheck list`, and claims defined with defineClaim. */
  // `any`: each defined claim has an input type of its own.
  readonly claims?: readonly (RuleClaimName | ClaimDefinition<any>)[];
  /** S(p, y) in reward orientation (higher is better): p the report (values of F), y an outcome index. */
  score<T>(F: Field<T>, p: readonly T[], y: number): T;
}

/**
 * Gives a rule file's object its types (F, p, y) in an editor and under `tsc --strict`, and returns it
 * unchanged: `export default defineRule({ name, score(F, p, y) { ... } })`. A plain object works as well.
 */
export function defineRule<const R extends RuleDefinition>(rule: R): R {
  return rule;
}
