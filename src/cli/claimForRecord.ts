import type { Claim } from '../core/Claim.ts';
import { SpecError } from '../core/SpecError.ts';
import { userRuleClaims } from '../rulefile/userRuleClaims.ts';
import type { CounterexampleFile } from '../store/CounterexampleFile.ts';
import { loadRuleFile } from '../store/loadRuleFile.ts';
import { trustedRuleFile } from '../store/trustedRuleFile.ts';

/** The claim a saved file replays against, or why it cannot be replayed (its rule file is gone). */
export type RecordClaim = { readonly kind: 'claim'; readonly claim: Claim } | { readonly kind: 'gone'; readonly reason: string };

/**
 * The claim a saved file refers to: a registered claim, or (files saved by `check`) one of the claims
 * `check` makes about the rule file recorded beside it, loaded only where the trust model allows
 * (store/trustedRuleFile.ts) unless `explicitRule` names the rule file to use. Throws SpecError naming
 * the file for anything else.
 */
export async function claimForRecord(
  record: CounterexampleFile,
  file: string,
  registered: ReadonlyMap<string, Claim>,
  ruleClaims: Map<string, readonly Claim[]>,
  explicitRule?: string,
): Promise<RecordClaim> {
  if (!record.ruleFile) {
    const claim = registered.get(record.claim);
    if (!claim) throw new SpecError(`${file}: claim`, `${record.claim} is not a registered claim`);
    return { kind: 'claim', claim };
  }
  const location = explicitRule ? { kind: 'found' as const, path: explicitRule } : trustedRuleFile(file, record.ruleFile);
  if (location.kind === 'gone') return { kind: 'gone', reason: `its rule file ${record.ruleFile} is gone` };
  // Building a rule's claims certifies bounds (optimum-within-bound): once per rule file, not per saved file.
  const claims = ruleClaims.get(location.path) ?? (await claimsAbout(location.path));
  ruleClaims.set(location.path, claims);
  const found = claims.find((c) => c.id === record.claim);
  if (!found) throw new SpecError(`${file}: claim`, `${record.claim} is not a claim about the rule in ${location.path}`);
  return { kind: 'claim', claim: found };
}

async function claimsAbout(ruleFile: string): Promise<readonly Claim[]> {
  const user = await loadRuleFile(ruleFile);
  return userRuleClaims(user, user.rule.outcomes).claims.map((c) => c.claim);
}
