import { LAW_NAMES } from '../core/LawName.ts';

/**
 * Every claim a rule file may make about its rule (and `check --claims` may select): the shared laws,
 * the performative battery (docs/mathematics.md PP-02, PP-05) and the game battery (DEC-01, ZS-02, ZS-03).
 * userRuleClaims.test.ts checks that the batteries build exactly these.
 */
export const RULE_CLAIM_NAMES = [
  ...LAW_NAMES,
  'fixed-point-is-optimal',
  'optimum-within-bound',
  'zero-sum-honest-equilibrium',
  'optimistic-max-selects-best-action',
  'single-agent-argmax-honest',
] as const;

export type RuleClaimName = (typeof RULE_CLAIM_NAMES)[number];

export function isRuleClaimName(s: string): s is RuleClaimName {
  return (RULE_CLAIM_NAMES as readonly string[]).includes(s);
}
