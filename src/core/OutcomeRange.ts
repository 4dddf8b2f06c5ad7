/** Numbers of outcomes n (inclusive) a rule is defined for, or a claim is instantiated for. */
export interface OutcomeRange {
  readonly min: number;
  readonly max: number;
}
