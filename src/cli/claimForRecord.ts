import { dirname, resolve } from 'node:path';
import type { Claim } from '../claims/Claim.ts';
import { isLawName } from '../claims/laws/LawName.ts';
import { laws } from '../claims/laws/laws.ts';
import { lawClaim } from '../claims/lawClaim.ts';
import { SpecError } from '../claims/SpecError.ts';
import type { CounterexampleFile } from '../store/CounterexampleFile.ts';
import { loadRuleFile } from '../store/loadRuleFile.ts';

/**
 * The claim a saved file refers to: a registered claim, or (files saved by `check`) the law of the
 * user's rule file recorded beside it. Throws SpecError naming the file when neither exists.
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
  const law = record.claim.slice(record.claim.lastIndexOf('/') + 1);
  if (!isLawName(law) || record.claim !== `${user.name}/${law}`) {
    throw new SpecError(`${file}: claim`, `${record.claim} is not a claim about rule ${user.name} (${record.ruleFile})`);
  }
  return lawClaim(user.rule, laws[law], 'holds', user.rule.outcomes, { subject: user.name });
}
