import type { Expectation } from '../core/Claim.ts';
import type { ClaimReport } from './ClaimReport.ts';

/** One registered claim of a run (the document `run --json` prints). */
export interface RunResult extends ClaimReport {
  readonly statement: string;
  readonly expect: Expectation;
  /** Whether the verdict agrees with the expectation (and no saved file went stale). */
  readonly met: boolean;
}

export interface RunDocument {
  readonly seed: number;
  readonly results: readonly RunResult[];
  /** Unreadable saved files, files naming unregistered claims: bad input, one line each. */
  readonly errors: readonly string[];
  readonly shard?: { readonly index: number; readonly count: number };
}
