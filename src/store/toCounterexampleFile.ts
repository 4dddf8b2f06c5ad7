import type { Claim } from '../core/Claim.ts';
import type { FoundCounterexample } from '../search/ClaimResult.ts';
import type { CounterexampleFile } from './CounterexampleFile.ts';

/** The file record of a freshly found counterexample (docs/design.md §4). */
export function toCounterexampleFile(
  claim: Pick<Claim, 'id' | 'statement'>,
  found: FoundCounterexample,
  version: string,
  ruleFile?: string,
): CounterexampleFile {
  return {
    format: 1,
    claim: claim.id,
    statement: claim.statement,
    input: found.input,
    witness: found.witness,
    robustness: found.robustness,
    provenance: {
      seed: found.seed,
      ...(found.path ? { path: found.path } : {}),
      runs: found.runs,
      propercheckVersion: version,
      date: new Date().toISOString(),
    },
    ...(ruleFile ? { ruleFile } : {}),
  };
}
