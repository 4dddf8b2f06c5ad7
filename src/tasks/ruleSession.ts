import type { OutcomeRange } from '../core/OutcomeRange.ts';
import { type UserRuleClaim, userRuleClaims } from '../rulefile/userRuleClaims.ts';
import type { UserRule } from '../rulefile/UserRule.ts';
import { loadRuleFile } from '../store/loadRuleFile.ts';

const rules = new Map<string, Promise<UserRule>>();
const claims = new Map<string, { claims: UserRuleClaim[]; notes: string[] }>();

/**
 * A rule given as an object to the library (not a file): registered under a key that tasks then name in
 * place of a file. It runs in the caller's thread, with the per-case time limit but no worker around it.
 */
export function registerRuleObject(key: string, rule: UserRule): void {
  rules.set(key, Promise.resolve(rule));
}

/** A rule file loaded once per worker (every task about it shares the module instance). */
export function loadUserRule(file: string): Promise<UserRule> {
  let rule = rules.get(file);
  if (!rule) rules.set(file, (rule = loadRuleFile(file)));
  return rule;
}

/** The claims check makes about the rule over a range, built once per worker and range. */
export function claimsOf(user: UserRule, outcomes: OutcomeRange): { claims: UserRuleClaim[]; notes: string[] } {
  const key = `${user.file}|${outcomes.min}..${outcomes.max}`;
  let built = claims.get(key);
  if (!built) claims.set(key, (built = userRuleClaims(user, outcomes)));
  return built;
}
