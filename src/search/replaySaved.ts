import type { Claim, CheckContext } from '../core/Claim.ts';
import type { CaseOutcome } from '../core/CaseOutcome.ts';
import type { Json } from '../core/Json.ts';
import { SpecError } from '../core/SpecError.ts';

/** A saved counterexample as read from disk: its file (for messages) and its stored input. */
export interface SavedCase {
  readonly file: string;
  readonly input: Json;
  readonly seed?: number;
}

/** A saved case that still refutes the claim: the decoded input and its fresh certified outcome. */
export interface Reproduced<I> {
  readonly saved: SavedCase;
  readonly input: I;
  readonly outcome: Extract<CaseOutcome, { kind: 'refuted' }>;
}

export interface ReplayOutcome<I> {
  /** Every saved case that still refutes the claim, in the order given. */
  readonly reproduced: readonly Reproduced<I>[];
  readonly stale: string[];
  /** Files whose input does not decode for this claim: one line each, naming file, field and reason. */
  readonly invalid: string[];
  readonly cases: number;
}

/**
 * Re-decides every saved input of a claim. Those that still refute it are returned with their fresh
 * outcome; the others are reported as stale. A file whose input does not decode is reported as invalid
 * (naming the file and field) without stopping the others.
 */
export function replaySaved<I>(claim: Claim<I>, saved: readonly SavedCase[], ctx: CheckContext): ReplayOutcome<I> {
  const stale: string[] = [];
  const invalid: string[] = [];
  const reproduced: Reproduced<I>[] = [];
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
    if (outcome.kind === 'refuted') reproduced.push({ saved: entry, input, outcome });
    else stale.push(entry.file);
  }
  return { reproduced, stale, invalid, cases: saved.length - invalid.length };
}
