import type { Comparison } from './Comparison.ts';
import type { Ball } from '../numbers/Ball.ts';
import { BallField } from '../numbers/BallField.ts';

/** What float screening learned about a case. */
export interface Screening {
  /** The ball of lhs - rhs lies strictly above zero: the inequality holds (never for equalities). */
  readonly accepted: boolean;
  /**
   * Decimal digits the exact tiers will need to separate lhs - rhs from zero, judged from the ball's
   * size against the values' scale (a near-tie of 1e-20 needs more than 24 digits).
   */
  readonly digitsHint: number;
}

/** Digits added to the estimate, for the rounding of the estimate itself and of the rule. */
const SAFETY_DIGITS = 6;

/**
 * Screens a comparison with ball arithmetic. Accepts only inequalities whose margin clears its error
 * bound; apparent violations and near-ties are left to the exact tiers, which alone may refute.
 */
export function screenComparison(c: Comparison<Ball>): Screening {
  const margin = BallField.sub(c.lhs, c.rhs);
  const accepted = c.relation !== '=' && margin.sign() === 1;
  const size = Math.max(Math.abs(margin.mid), margin.rad);
  const scale = Math.max(1, Math.abs(c.lhs.mid), Math.abs(c.rhs.mid));
  const digitsHint = size > 0 && Number.isFinite(size) && Number.isFinite(scale) ? Math.ceil(Math.log10(scale / size)) + SAFETY_DIGITS : 0;
  return { accepted, digitsHint };
}
