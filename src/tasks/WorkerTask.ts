import type { Json } from '../core/Json.ts';
import type { LawName } from '../core/LawName.ts';
import type { OutcomeRange } from '../core/OutcomeRange.ts';
import type { ClaimResult, FoundCounterexample } from '../search/ClaimResult.ts';
import type { SavedCase } from '../search/replaySaved.ts';

/** How hard one claim is searched (the same for every worker, so results do not depend on which ran it). */
export interface SearchBudget {
  readonly runs: number;
  readonly seed: number;
  readonly timeLimitMs?: number;
  readonly screening: boolean;
}

/** Where a claim comes from: the registry, or a user's rule file (with the range and per-case limit of the check). */
export type ClaimSource =
  | { readonly kind: 'registry'; readonly id: string }
  | { readonly kind: 'rule-file'; readonly file: string; readonly name: string; readonly outcomes: OutcomeRange; readonly evalLimitMs: number };

/** The work a worker does (plain data, so it crosses threads); results below. */
export type WorkerTask =
  | { readonly kind: 'describe-rule'; readonly file: string }
  | { readonly kind: 'claim'; readonly source: ClaimSource; readonly budget: SearchBudget; readonly saved: readonly SavedCase[] }
  | { readonly kind: 'prove-laws'; readonly file: string; readonly laws: readonly LawName[]; readonly outcomes: OutcomeRange; readonly timeoutMs: number }
  /** SVG pictures of a rule file's rule and of its counterexamples (binary maps under the rule). */
  | { readonly kind: 'figures'; readonly file: string; readonly items: readonly { readonly claimId: string; readonly input: Json }[] }
  /** One instance of a Monte Carlo experiment (src/experiments); its spec may name a rule file. */
  | { readonly kind: 'experiment-instance'; readonly spec: Json; readonly seed: number; readonly instance: number; readonly evalLimitMs: number }
  /** A whole command (analyze, game, train, prove, reproduce, ...) whose arguments name user code: run where user code may run. */
  | { readonly kind: 'command'; readonly argv: readonly string[] };

/** What `describe-rule` answers: everything the parent needs to plan a check without running user code itself. */
export interface RuleDescription {
  readonly name: string;
  readonly file: string;
  readonly outcomes: OutcomeRange;
  readonly declaredOutcomes: boolean;
  /** Every claim check can make, in order: name, id, whether the author claims it, the law it is. */
  readonly claims: readonly { readonly name: string; readonly claimedByAuthor: boolean; readonly law?: LawName }[];
  readonly notes: readonly string[];
}

/** One law's answer from the proof tier over a range of outcomes. */
export type LawProof =
  | { readonly law: LawName; readonly verdict: 'proved'; readonly outcomes: readonly [number, number]; readonly ms: number }
  | { readonly law: LawName; readonly verdict: 'refuted'; readonly claimId: string; readonly statement: string; readonly found: FoundCounterexample; readonly ms: number }
  | { readonly law: LawName; readonly verdict: 'not proved'; readonly note: string; readonly ms: number };

export type ClaimTaskResult = ClaimResult;
export type { Json };
