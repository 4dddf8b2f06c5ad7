import { dirname, resolve } from 'node:path';
import type { Claim } from '../core/Claim.ts';
import { SpecError } from '../core/SpecError.ts';
import { userRuleClaims } from '../rulefile/userRuleClaims.ts';
import type { CounterexampleFile } from '../store/CounterexampleFile.ts';
import { loadRuleFile } from '../store/loadRuleFile.ts';

/**
 * The claim a saved file refers to: a registered claim, or (files saved by `check`) one of the claims
 * `check` makes about the rule file recorded beside it. Throws SpecError naming the file otherwise.
 */
export async function claimForRecord(
  record: CounterexampleFile,
  file: string,
  registered: ReadonlyMap<string, Claim>,
  ruleClaims: Map<string, readonly Claim[]> = new Map(),
): Promise<Claim> {
  if (!record.ruleFile) {
    const claim = registered.get(record.claim);
    if (!claim) throw new SpecError(`${file}: claim`, `${record.claim} is not a registered claim`);
    return claim;
  }
  const ruleFile = resolve(dirname(file), record.ruleFile);
  // Building a rule's claims certifies bounds (optimum-within-bound): once per rule file, not per saved file.
  const claims = ruleClaims.get(ruleFile) ?? (await claimsAbout(ruleFile));
  ruleClaims.set(ruleFile, claims);
  const found = claims.find((c) => c.id === record.claim);
  if (!found) throw new SpecError(`${file}: claim`, `${record.claim} is not a claim about the rule in ${record.ruleFile}`);
  return found;
}

async function claimsAbout(ruleFile: string): Promise<readonly Claim[]> {
  const user = await loadRuleFile(ruleFile);
  return userRuleClaims(user, user.rule.outcomes).claims.map((c) => c.claim);
}
