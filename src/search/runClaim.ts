import fc from 'fast-check';
import type { CaseOutcome } from '../core/CaseOutcome.ts';
import type { Claim, CheckContext } from '../core/Claim.ts';
import type { Json } from '../core/Json.ts';
import { CaseEvaluationError } from './CaseEvaluationError.ts';
import { type ClaimResult, expectationMet, type FoundCounterexample, type UndecidedCase } from './ClaimResult.ts';
import { emptyStats } from '../certify/DecisionStats.ts';
import { recordDecisions } from '../certify/recordDecisions.ts';
import { DEFAULT_PRECISION_CAP } from '../certify/precisionLevels.ts';
import { replaySaved, type SavedCase } from './replaySaved.ts';
import { simplifyCounterexample } from './simplifyCounterexample.ts';

export interface SearchOptions {
  readonly runs: number;
  readonly seed: number;
  /** Wall-clock budget for the random search and its shrinking (ms). */
  readonly timeLimitMs?: number;
  readonly screening?: boolean;
  readonly precisionCap?: number;
  /** Saved counterexamples of this claim, replayed before any search. */
  readonly saved?: readonly SavedCase[];
}

const MAX_UNDECIDED_LISTED = 20;
/** Time for the greedy minimisation after fast-check's shrinking. */
const SIMPLIFY_BUDGET_MS = 2_000;

/**
 * Runs one claim (docs/design.md §3 search/): saved counterexamples first, then a seeded fast-check search
 * whose predicate fails only on certified violations; fast-check shrinks the failing input (every
 * shrink step re-certified), and the final input is decided once more for its exact witness.
 */
export function runClaim<I>(claim: Claim<I>, options: SearchOptions): ClaimResult {
  const started = performance.now();
  const stats = emptyStats();
  const ctx: CheckContext = {
    screening: options.screening ?? true,
    precisionCap: options.precisionCap ?? DEFAULT_PRECISION_CAP,
  };
  // Every decision the engine makes for this claim, however deep, is counted in `stats`.
  const { replay, searched } = recordDecisions(stats, () => {
    const replay = replaySaved(claim, options.saved ?? [], ctx);
    return { replay, searched: replay.counterexample ? undefined : search(claim, options, ctx) };
  });
  const counterexample = replay.counterexample ?? searched?.counterexample;
  const undecided = searched?.undecided ?? [];
  const verdict = counterexample ? 'refuted' : undecided.length > 0 ? 'undecided' : 'unrefuted';
  return {
    id: claim.id,
    statement: claim.statement,
    expect: claim.expect,
    verdict,
    // A saved counterexample that stopped reproducing needs a person's attention: not met.
    met: expectationMet(claim.expect, verdict) && replay.stale.length === 0,
    cases: replay.cases + (searched?.cases ?? 0),
    ms: Math.round(performance.now() - started),
    seed: options.seed,
    ...(counterexample ? { counterexample } : {}),
    undecided,
    stale: replay.stale,
    invalid: replay.invalid,
    stats,
  };
}

interface SearchOutcome {
  counterexample?: FoundCounterexample;
  undecided: UndecidedCase[];
  cases: number;
}

function search<I>(claim: Claim<I>, options: SearchOptions, ctx: CheckContext): SearchOutcome {
  const undecided = new Map<string, UndecidedCase>();
  let fatal: CaseEvaluationError | undefined;
  const decide = (input: I): CaseOutcome => {
    try {
      return claim.check(input, ctx);
    } catch (error) {
      throw new CaseEvaluationError(claim.id, claim.codec.encode(input), error);
    }
  };
  const property = fc.property(claim.arbitrary, (input) => {
    if (fatal) return true; // stop evaluating after the first error; it is rethrown below
    try {
      const outcome = decide(input);
      if (outcome.kind === 'undecided' && undecided.size < MAX_UNDECIDED_LISTED) {
        const encoded = claim.codec.encode(input);
        undecided.set(JSON.stringify(encoded), { input: encoded, reason: outcome.reason });
      }
      return outcome.kind !== 'refuted';
    } catch (error) {
      fatal = error as CaseEvaluationError;
      return true;
    }
  });
  const details = fc.check(property, {
    seed: options.seed,
    numRuns: options.runs,
    ...(options.timeLimitMs ? { interruptAfterTimeLimit: options.timeLimitMs, markInterruptAsFailure: false } : {}),
  });
  if (fatal) throw fatal;
  const cases = details.numRuns;
  if (!details.failed || !details.counterexample) return { undecided: [...undecided.values()], cases };
  const deadline = performance.now() + SIMPLIFY_BUDGET_MS;
  const input = simplifyCounterexample(claim, details.counterexample[0], ctx, deadline);
  const outcome = decide(input);
  if (outcome.kind !== 'refuted') throw new Error(`${claim.id}: shrunk counterexample did not re-certify`);
  return {
    counterexample: {
      input: claim.codec.encode(input),
      witness: outcome.witness as Json,
      seed: details.seed,
      path: details.counterexamplePath ?? undefined,
      runs: cases,
    } as FoundCounterexample,
    undecided: [...undecided.values()],
    cases,
  };
}
