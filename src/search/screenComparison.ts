import type { Comparison } from '../claims/laws/Comparison.ts';
import type { Ball } from '../numbers/Ball.ts';
import { BallField } from '../numbers/BallField.ts';

/**
 * True when the float evaluation, with its running error bound, shows lhs > rhs: the ball of
 * lhs - rhs lies strictly above zero. Never true for equalities (floats cannot confirm one) nor for
 * apparent violations or near-ties (those are re-decided exactly, which alone may refute).
 */
export function screenComparison(c: Comparison<Ball>): boolean {
  if (c.relation === '=') return false;
  return BallField.sub(c.lhs, c.rhs).sign() === 1;
}
