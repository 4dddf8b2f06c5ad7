import type { DecisionStats } from '../certify/DecisionStats.ts';
import type { Json } from '../core/Json.ts';
import type { OutcomeRange } from '../core/OutcomeRange.ts';
import type { Robustness } from '../core/Robustness.ts';
import type { UndecidedCase, Verdict } from '../search/ClaimResult.ts';

/** A certified counterexample as reports show it: where it is saved, the exact data, decimals beside them. */
export interface CounterexampleReport {
  readonly file: string;
  readonly input: Json;
  readonly witness: Json;
  /** The witness with every exact number as a decimal, for reading (the exact witness decides). */
  readonly decimals: Json;
  readonly robustness: Robustness;
  /** Set when the counterexample was replayed from this saved file rather than found now. */
  readonly replayed: boolean;
}

/** One claim of a check (the document `check --json` prints and `checkRule` returns). */
export interface CheckResult {
  /** The claim's name in the rule file's vocabulary ('proper', or a user-defined claim's name). */
  readonly claim: string;
  readonly id: string;
  readonly claimedByAuthor: boolean;
  readonly verdict: Verdict;
  /** For `proved`: the numbers of outcomes the proof covers, "2..6". */
  readonly provedFor?: string;
  readonly cases: number;
  readonly runs: number;
  /** The time limit ended the search early: `unrefuted` then rests on `cases` < `runs` cases. */
  readonly budgetCut: boolean;
  readonly ms: number;
  readonly counterexample?: CounterexampleReport;
  readonly undecided: readonly UndecidedCase[];
  /** Saved files of this claim that no longer refute it, with the reason. */
  readonly stale: readonly { readonly file: string; readonly reason: string }[];
  readonly stats: DecisionStats;
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
