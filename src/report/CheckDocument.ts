import type { OutcomeRange } from '../core/OutcomeRange.ts';
import type { ClaimReport } from './ClaimReport.ts';

export type { CounterexampleReport } from './ClaimReport.ts';

/** One claim of a check (the document `check --json` prints and `checkRule` returns). */
export interface CheckResult extends ClaimReport {
  /** The claim's name in the rule file's vocabulary ('proper', or a user-defined claim's name). */
  readonly claim: string;
  readonly claimedByAuthor: boolean;
  /** For `proved`: the numbers of outcomes the proof covers, "2..6". */
  readonly provedFor?: string;
  /** Why the proof tier did not prove an unrefuted law (timeout, ln, ...). */
  readonly proofNote?: string;
}

export interface CheckDocument {
  readonly rule: string;
  readonly file: string;
  readonly outcomes: OutcomeRange;
  readonly seed: number;
  readonly saveDir: string;
  readonly results: readonly CheckResult[];
  /** Claims left out and why (e.g. the performative battery for a rule that is not binary). */
  readonly notes: readonly string[];
  /** Saved files that could not be read (one line each): bad input, exit 2. */
  readonly errors: readonly string[];
  /** This run covers shard `index` of `count` of the claims (absent: all of them). */
  readonly shard?: { readonly index: number; readonly count: number };
}
