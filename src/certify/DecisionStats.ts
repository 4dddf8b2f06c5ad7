/** How the cases of one claim run were decided; shown in reports so that screening is auditable. */
export interface DecisionStats {
  /** Decided 'holds' by float screening with a wide margin. */
  screened: number;
  /** Decided in exact rational arithmetic. */
  rational: number;
  /** Decided by certified intervals (any precision). */
  interval: number;
  /** Interval escalations beyond the first precision level. */
  escalations: number;
  /** Screened cases that were re-decided exactly as an audit of the screening band. */
  audited: number;
  /** Equalities accepted because both sides agree to the precision cap (irrational values). */
  equalWithinPrecision: number;
}

export function emptyStats(): DecisionStats {
  return { screened: 0, rational: 0, interval: 0, escalations: 0, audited: 0, equalWithinPrecision: 0 };
}
