import type { Claim, CheckContext } from '../core/Claim.ts';
import type { Json } from '../core/Json.ts';
import { SpecError } from '../core/SpecError.ts';
import type { FoundCounterexample } from './ClaimResult.ts';

/** A saved counterexample as read from disk: its file (for messages) and its stored input. */
export interface SavedCase {
  readonly file: string;
  readonly input: Json;
  readonly seed?: number;
}

export interface ReplayOutcome {
  readonly counterexample?: FoundCounterexample;
  readonly stale: string[];
  /** Files whose input does not decode for this claim: one line each, naming file, field and reason. */
  readonly invalid: string[];
  readonly cases: number;
}

/**
 * Re-decides every saved input of a claim. The first that still refutes it is the claim's
 * counterexample; the others that no longer refute are reported as stale. A file whose input does
 * not decode is reported as invalid (naming the file and field) without stopping the others.
 */
export function replaySaved<I>(claim: Claim<I>, saved: readonly SavedCase[], ctx: CheckContext): ReplayOutcome {
  const stale: string[] = [];
  const invalid: string[] = [];
  let counterexample: FoundCounterexample | undefined;
  for (const entry of saved) {
    let input: I;
    try {
      input = claim.codec.decode(entry.input, 'input');
    } catch (error) {
      if (!(error instanceof SpecError)) throw error;
      invalid.push(error.inFile(entry.file).message);
      continue;
    }
    const outcome = claim.check(input, ctx);
    if (outcome.kind !== 'refuted') stale.push(entry.file);
    else counterexample ??= { input: entry.input, witness: outcome.witness, seed: entry.seed ?? 0, runs: 0, replayedFrom: entry.file };
  }
  return { counterexample, stale, invalid, cases: saved.length - invalid.length };
}
