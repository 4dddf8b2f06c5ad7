import type * as fc from 'fast-check';
import type { CaseOutcome } from './CaseOutcome.ts';
import type { Codec } from './Codec.ts';
import type { CertifyOptions } from '../certify/CertifyOptions.ts';

export type Expectation = 'holds' | 'refuted';

/**
 * Per-run knobs a claim's check passes to the certification engine. Statistics are not threaded
 * through: the search opens a recordDecisions scope around each check (certify/recordDecisions.ts).
 */
export interface CheckContext extends CertifyOptions {
  /** Decide clear cases with floats first (exact re-decision of every near-tie); off for benchmarks. */
  readonly screening: boolean;
  /** Highest interval precision (decimal digits) before a case is declared undecided. */
  readonly precisionCap: number;
}

/**
 * A checkable statement. Its id is `<subject>/<property>` (e.g. 'linear/proper'); `expect` is what the
 * mathematics says (docs/mathematics.md), so a refuted expectation is met only by a certified counterexample.
 */
export interface Claim<I = unknown> {
  readonly id: string;
  readonly statement: string;
  /** Where the mathematics comes from, e.g. 'docs/mathematics.md SR-04; Gneiting & Raftery 2007'. */
  readonly source: string;
  readonly expect: Expectation;
  readonly arbitrary: fc.Arbitrary<I>;
  readonly codec: Codec<I>;
  check(input: I, ctx: CheckContext): CaseOutcome;
  /**
   * Simpler inputs to try after fast-check's shrinking (fewer outcomes, smaller denominators), simplest
   * first. The search keeps a candidate only if it is again a certified counterexample.
   */
  simplify?(input: I): Iterable<I>;
  /**
   * Why a refuting input is a degenerate case of the claim (e.g. a deviation that differs only on actions
   * never taken), or undefined. Used to classify counterexamples (Robustness), never to decide them.
   */
  degenerate?(input: I): string | undefined;
}
