import { dirname, relative, resolve } from 'node:path';
import type { Claim } from '../core/Claim.ts';
import type { FoundCounterexample } from '../search/ClaimResult.ts';
import { counterexamplePath, saveCounterexample } from './counterexampleStore.ts';
import { toCounterexampleFile } from './toCounterexampleFile.ts';

/**
 * Saves a certified counterexample (found by the search or the proof tier) under `root`; for a claim
 * about a user's rule file, the file is recorded relative to the saved file so the pair can move together.
 */
export async function saveFoundCounterexample(
  root: string,
  claim: Pick<Claim, 'id' | 'statement'>,
  found: FoundCounterexample,
  version: string,
  ruleFile?: string,
): Promise<string> {
  const path = counterexamplePath(root, { claim: claim.id, input: found.input });
  const relativeRuleFile = ruleFile ? relative(dirname(resolve(path)), resolve(ruleFile)) : undefined;
  return saveCounterexample(root, toCounterexampleFile(claim, found, version, relativeRuleFile));
}
