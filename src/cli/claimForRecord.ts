import { dirname, resolve } from 'node:path';
import type { Claim } from '../claims/Claim.ts';
import { SpecError } from '../claims/SpecError.ts';
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
): Promise<Claim> {
  if (!record.ruleFile) {
    const claim = registered.get(record.claim);
    if (!claim) throw new SpecError(`${file}: claim`, `${record.claim} is not a registered claim`);
    return claim;
  }
  const user = await loadRuleFile(resolve(dirname(file), record.ruleFile));
  const found = userRuleClaims(user, user.rule.outcomes).claims.find((c) => c.claim.id === record.claim);
  if (!found) throw new SpecError(`${file}: claim`, `${record.claim} is not a claim about rule ${user.name} (${record.ruleFile})`);
  return found.claim;
}
