import type { DecisionStats } from '../certify/DecisionStats.ts';
import type { Json } from '../core/Json.ts';
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

/** What every report says about one claim it searched (a registered claim in `run`, a rule's claim in `check`). */
export interface ClaimReport {
  readonly id: string;
  readonly verdict: Verdict;
  readonly cases: number;
  /** The cases the budget asked for. */
  readonly runs: number;
  /** The time limit ended the search early: `unrefuted` then rests on `cases` < `runs` cases. */
  readonly budgetCut: boolean;
  readonly ms: number;
  readonly counterexample?: CounterexampleReport;
  readonly undecided: readonly UndecidedCase[];
  /** Saved files of this claim that no longer refute it, with the reason. */
  readonly stale: readonly { readonly file: string; readonly reason: string }[];
  readonly stats: DecisionStats;
}
