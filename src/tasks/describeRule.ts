import { claimsOf, loadUserRule } from './ruleSession.ts';
import type { RuleDescription } from './WorkerTask.ts';

/** Loads a rule file and says what a check of it would run (over its declared range, or 2..6). */
export async function describeRule(file: string): Promise<RuleDescription> {
  const user = await loadUserRule(file);
  const { claims, notes } = claimsOf(user, user.rule.outcomes);
  return {
    name: user.name,
    file: user.file,
    outcomes: user.rule.outcomes,
    declaredOutcomes: user.declaredOutcomes,
    claims: claims.map((c) => ({ name: c.name, claimedByAuthor: c.claimedByAuthor, ...(c.law ? { law: c.law } : {}) })),
    notes,
  };
}
