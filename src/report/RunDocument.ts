import type { DecisionStats } from '../certify/DecisionStats.ts';
import type { Expectation } from '../core/Claim.ts';
import type { UndecidedCase, Verdict } from '../search/ClaimResult.ts';
import type { CounterexampleReport } from './CheckDocument.ts';

/** One registered claim of a run (the document `run --json` prints). */
export interface RunResult {
  readonly id: string;
  readonly statement: string;
  readonly expect: Expectation;
  readonly verdict: Verdict;
  /** Whether the verdict agrees with the expectation (and no saved file went stale). */
  readonly met: boolean;
  readonly cases: number;
  readonly runs: number;
  readonly budgetCut: boolean;
  readonly ms: number;
  readonly counterexample?: CounterexampleReport;
  readonly undecided: readonly UndecidedCase[];
  readonly stale: readonly { readonly file: string; readonly reason: string }[];
  readonly stats: DecisionStats;
}

export interface RunDocument {
  readonly seed: number;
  readonly results: readonly RunResult[];
  /** Unreadable saved files, files naming unregistered claims: bad input, one line each. */
  readonly errors: readonly string[];
  readonly shard?: { readonly index: number; readonly count: number };
}
