/** How hard the engine tries, per question. Every field has a safe default. */
export interface CertifyOptions {
  /** Accept clear cases by float ball screening first (never a refutation, never an equality). Default false. */
  readonly screening?: boolean;
  /** Highest interval precision (decimal digits) before the answer is undecided. Default 384. */
  readonly precisionCap?: number;
  /**
   * The exact tier: 'rational' (BigInt rationals) or 'atoms' (rationals with formal irrational atoms such
   * as ln(2/3), which keeps the derivatives of log exact and lets equal irrational terms cancel). Default 'rational'.
   */
  readonly exact?: 'rational' | 'atoms';
}
