import { existsSync } from 'node:fs';
import type { Expectation } from '../core/Claim.ts';
import { LAW_NAMES, type LawName } from '../core/LawName.ts';
import { ruleById } from '../scoring/rules/builtinRules.ts';
import type { ScoringRule } from '../scoring/ScoringRule.ts';
import { loadRuleFile } from '../store/loadRuleFile.ts';
import type { UserRule } from '../rulefile/UserRule.ts';

/** A rule named on the command line: a built-in id ('power(3)') or a user's rule file. */
export interface ResolvedRule {
  readonly rule: ScoringRule;
  /** Claim subject: the rule id, or the rule file's name. */
  readonly subject: string;
  /** Set for user rule files (recorded in saved counterexamples). */
  readonly file?: string;
  /**
   * What a verdict on each law is judged against: the registry's expectation for a built-in rule, or
   * 'holds' for what the author of a rule file claims. Never a fact to compute with: facts about a
   * built-in rule are its traits, and `asserted` is what a rule file's author vouches for.
   */
  expectation(law: LawName): Expectation | undefined;
  /** The laws the author of a rule file asserts (empty for a built-in rule, whose traits speak for it). */
  readonly asserted: readonly LawName[];
}

/** A user's rule file as a resolved rule: what its author claims is expected to hold. */
export function fromUserRule(user: UserRule): ResolvedRule {
  return {
    rule: user.rule,
    subject: user.name,
    file: user.file,
    expectation: (law) => (user.claims.includes(law) ? 'holds' : undefined),
    asserted: LAW_NAMES.filter((law) => user.claims.includes(law)),
  };
}

/** Reads `--rule`-style arguments: a path ending in .ts/.js/.mjs or an existing file is a rule file. */
export async function resolveRule(text: string): Promise<ResolvedRule> {
  if (/\.[mc]?[jt]s$/.test(text) || existsSync(text)) return fromUserRule(await loadRuleFile(text));
  const entry = ruleById(text);
  return { rule: entry.rule, subject: entry.rule.id, expectation: (law) => entry.expect[law], asserted: [] };
}
