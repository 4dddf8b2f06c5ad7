import type { Expectation } from '../core/Claim.ts';
import type { Json } from '../core/Json.ts';
import type { Robustness } from '../core/Robustness.ts';
import type { DecisionStats } from '../certify/DecisionStats.ts';

export type Verdict = 'refuted' | 'proved' | 'unrefuted' | 'undecided';

/** A certified counterexample: the stored input, the exact witness and where it came from. */
export interface FoundCounterexample {
  readonly input: Json;
  readonly witness: Json;
  /** fast-check seed and shrink path (provenance only: the stored input is what replays). */
  readonly seed: number;
  readonly path?: string;
  readonly runs: number;
  /** Strict, tie-dependent or degenerate (core/Robustness.ts); the search prefers strict ones. */
  readonly robustness: Robustness;
  /** Set when the counterexample was replayed from a saved file rather than found by this search. */
  readonly replayedFrom?: string;
}

export interface UndecidedCase {
  readonly input: Json;
  readonly reason: string;
}

/** The outcome of checking one claim: verdict, whether the expectation is met, and the evidence. */
export interface ClaimResult {
  readonly id: string;
  readonly statement: string;
  readonly expect: Expectation;
  readonly verdict: Verdict;
  readonly met: boolean;
  readonly cases: number;
  /** The cases the budget asked for. */
  readonly runs: number;
  /** The time limit ended the search before `runs` cases: an unrefuted verdict rests on fewer cases than asked. */
  readonly budgetCut: boolean;
  readonly ms: number;
  readonly seed: number;
  readonly counterexample?: FoundCounterexample;
  readonly undecided: readonly UndecidedCase[];
  /** Saved files for this claim that no longer reproduce (reported, never ignored). */
  readonly stale: readonly string[];
  /** Saved files for this claim that could not be read (one message each). */
  readonly invalid: readonly string[];
  readonly stats: DecisionStats;
}

export function expectationMet(expect: Expectation, verdict: Verdict): boolean {
  return expect === 'refuted' ? verdict === 'refuted' : verdict === 'unrefuted' || verdict === 'proved';
}
