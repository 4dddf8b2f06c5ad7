import { TierLimit } from '../numbers/Field.ts';

/**
 * The rule uses an operation the proof tier cannot express in real arithmetic (ln, exp). Tarski's
 * decidability of the reals covers field operations, integer and rational powers and roots, not
 * transcendental functions, so such rules are reported as `outside`, never as proved.
 */
export class OutsideProofTier extends TierLimit {
  constructor(readonly operation: string) {
    super(`${operation} is outside the proof tier (real closed field arithmetic has no ${operation})`);
    this.name = 'OutsideProofTier';
  }
}
