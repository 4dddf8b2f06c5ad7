/** How the questions of one claim run were decided; shown in reports so that screening is auditable. */
export interface DecisionStats {
  /** Decided 'holds' by float screening with a margin that clears its error bound. */
  screened: number;
  /** Screened cases re-decided exactly as an audit of the screening tier. */
  audited: number;
  /** Decided in exact arithmetic (rationals, or rationals with formal irrational atoms). */
  rational: number;
  /** Decided by certified intervals (any precision). */
  interval: number;
  /** Interval precision levels tried beyond the first. */
  escalations: number;
  /** Equalities accepted under the equality policy (irrational values agreeing within the tolerance). */
  equalWithinTolerance: number;
  /** Decided by the symbolic tier (an SMT solver), where asked. */
  symbolic: number;
}

export function emptyStats(): DecisionStats {
  return { screened: 0, audited: 0, rational: 0, interval: 0, escalations: 0, equalWithinTolerance: 0, symbolic: 0 };
}

/** a + b, field by field (merging the statistics of parallel or nested runs). */
export function addStats(a: DecisionStats, b: DecisionStats): DecisionStats {
  const out = emptyStats();
  for (const key of Object.keys(out) as (keyof DecisionStats)[]) out[key] = a[key] + b[key];
  return out;
}
