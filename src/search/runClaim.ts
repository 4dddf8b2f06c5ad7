import fc from 'fast-check';
import type { CaseOutcome } from '../core/CaseOutcome.ts';
import type { Claim, CheckContext } from '../core/Claim.ts';
import type { Json } from '../core/Json.ts';
import { emptyStats } from '../certify/DecisionStats.ts';
import { recordDecisions } from '../certify/recordDecisions.ts';
import { CaseEvaluationError } from './CaseEvaluationError.ts';
import { NotDeterministicError } from './NotDeterministicError.ts';
import { classifyCounterexample, isStrictRefutation } from './classifyCounterexample.ts';
import { type ClaimResult, expectationMet, type FoundCounterexample, type UndecidedCase } from './ClaimResult.ts';
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
/** The strict search runs from its own seed, so that it explores other cases than the first search. */
const STRICT_SEED_OFFSET = 0x5eed;

/**
 * Runs one claim (docs/design.md §3): saved counterexamples first, then a seeded fast-check search
 * whose predicate fails only on certified violations; fast-check shrinks the failing input (every
 * shrink step re-certified), and the final input is decided once more for its exact witness. When the
 * counterexample at hand is not strict (core/Robustness.ts), a second search, within the same budget,
 * looks for a strict one and keeps it if it finds one.
 */
export function runClaim<I>(claim: Claim<I>, options: SearchOptions): ClaimResult {
  const started = performance.now();
  const stats = emptyStats();
  const ctx: CheckContext = { screening: options.screening ?? true, precisionCap: options.precisionCap ?? DEFAULT_PRECISION_CAP };
  const deadline = options.timeLimitMs ? started + options.timeLimitMs : undefined;
  // Every decision the engine makes for this claim, however deep, is counted in `stats`.
  const { replay, searched } = recordDecisions(stats, () => {
    const replay = replaySaved(claim, options.saved ?? [], ctx);
    const replayed = bestReplayed(claim, replay.reproduced, ctx);
    const first = replayed ? undefined : search(claim, options, ctx, 'any', deadline);
    const found = replayed ?? first?.counterexample;
    const strict = found && found.robustness.kind !== 'strict' ? search(claim, { ...options, seed: options.seed + STRICT_SEED_OFFSET }, ctx, 'strict', deadline) : undefined;
    return { replay, searched: combine(found, first, strict) };
  });
  const { counterexample, undecided, cases, cut } = searched;
  const verdict = counterexample ? 'refuted' : undecided.length > 0 ? 'undecided' : 'unrefuted';
  return {
    id: claim.id,
    statement: claim.statement,
    expect: claim.expect,
    verdict,
    // A saved counterexample that stopped reproducing needs a person's attention: not met.
    met: expectationMet(claim.expect, verdict) && replay.stale.length === 0,
    cases: replay.cases + cases,
    runs: options.runs,
    budgetCut: cut,
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
  /** The time limit ended the search before `runs` cases (and no counterexample was found). */
  cut: boolean;
}

/** The replayed counterexample to report: the first strict one, else the first. */
function bestReplayed<I>(claim: Claim<I>, reproduced: ReturnType<typeof replaySaved<I>>['reproduced'], ctx: CheckContext): FoundCounterexample | undefined {
  const classified = reproduced.map(({ saved, input, outcome }) => ({
    input: saved.input,
    witness: outcome.witness,
    seed: saved.seed ?? 0,
    runs: 0,
    robustness: classifyCounterexample(claim, input, outcome, ctx),
    replayedFrom: saved.file,
  }));
  return classified.find((c) => c.robustness.kind === 'strict') ?? classified[0];
}

/** The strict counterexample if the second search found one, else the first; cases and undecided of both. */
function combine(found: FoundCounterexample | undefined, first: SearchOutcome | undefined, strict: SearchOutcome | undefined): SearchOutcome {
  return {
    ...((strict?.counterexample ?? found) ? { counterexample: strict?.counterexample ?? found } : {}),
    undecided: [...(first?.undecided ?? []), ...(strict?.undecided ?? [])].slice(0, MAX_UNDECIDED_LISTED),
    cases: (first?.cases ?? 0) + (strict?.cases ?? 0),
    cut: first?.cut ?? false,
  };
}

/**
 * One seeded fast-check search whose predicate fails on certified violations ('any') or only on strict
 * ones ('strict'); the failing input is shrunk (by fast-check, then by the claim's simplifications, every
 * step re-certified with the same predicate) and decided once more for its witness.
 */
function search<I>(claim: Claim<I>, options: SearchOptions, ctx: CheckContext, want: 'any' | 'strict', deadline?: number): SearchOutcome {
  const timeLeft = deadline === undefined ? undefined : Math.floor(deadline - performance.now());
  if (timeLeft !== undefined && timeLeft <= 0) return { undecided: [], cases: 0, cut: true };
  const undecided = new Map<string, UndecidedCase>();
  let fatal: CaseEvaluationError | undefined;
  const decide = (input: I): CaseOutcome => {
    try {
      return claim.check(input, ctx);
    } catch (error) {
      throw new CaseEvaluationError(claim.id, claim.codec.encode(input), error);
    }
  };
  const refutes = (input: I): boolean => {
    const outcome = decide(input);
    if (outcome.kind === 'undecided' && undecided.size < MAX_UNDECIDED_LISTED) {
      const encoded = claim.codec.encode(input);
      undecided.set(JSON.stringify(encoded), { input: encoded, reason: outcome.reason });
    }
    if (outcome.kind !== 'refuted') return false;
    return want === 'any' || isStrictRefutation(claim, input, outcome, ctx);
  };
  const property = fc.property(claim.arbitrary, (input) => {
    if (fatal) return true; // stop evaluating after the first error; it is rethrown below
    try {
      return !refutes(input);
    } catch (error) {
      fatal = error as CaseEvaluationError;
      return true;
    }
  });
  const details = fc.check(property, {
    seed: options.seed,
    numRuns: options.runs,
    ...(timeLeft !== undefined ? { interruptAfterTimeLimit: timeLeft, markInterruptAsFailure: false } : {}),
  });
  if (fatal) throw fatal;
  const cases = details.numRuns;
  if (!details.failed || !details.counterexample) return { undecided: [...undecided.values()], cases, cut: details.interrupted };
  const input = simplifyCounterexample(claim, details.counterexample[0], refutes, performance.now() + SIMPLIFY_BUDGET_MS);
  const outcome = decide(input);
  if (outcome.kind !== 'refuted') {
    throw new NotDeterministicError(claim.id, `the input ${JSON.stringify(claim.codec.encode(input))} was refuted during the search but ${outcome.kind === 'holds' ? 'holds' : 'is undecided'} when decided again`);
  }
  return {
    counterexample: {
      input: claim.codec.encode(input),
      witness: outcome.witness as Json,
      seed: details.seed,
      path: details.counterexamplePath ?? undefined,
      runs: cases,
      robustness: classifyCounterexample(claim, input, outcome, ctx),
    },
    undecided: [...undecided.values()],
    cases,
    cut: false,
  };
}
