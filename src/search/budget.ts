/** Default search budget per claim: enough to refute every known-false claim, small enough for CI. */
export const DEFAULT_RUNS = 300;
export const DEFAULT_CLAIM_TIME_LIMIT_MS = 4_000;
