/** Default search budget per claim: enough to refute every known-false claim, small enough for CI. */
export const DEFAULT_RUNS = 300;
/**
 * `check` looks at one author's rule, so it searches deeper: enough to find violations of size 1e-15
 * (examples/rules/tiny-violation.ts) at every seed tried, in a few seconds per rule.
 */
export const DEFAULT_CHECK_RUNS = 1_000;
export const DEFAULT_CLAIM_TIME_LIMIT_MS = 4_000;
