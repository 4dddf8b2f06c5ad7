import type { Comparison } from '../claims/laws/Comparison.ts';

/**
 * Relative band below which a float margin is a near-tie. Double rounding in a rule of a few dozen
 * operations is ~1e-15 relative; 1e-9 leaves six orders of magnitude for ill-conditioned user formulas,
 * and the audit in decideComparison checks the band empirically.
 */
export const SCREENING_BAND = 1e-9;

/**
 * True when floats show the inequality with a margin far outside rounding error, so that the exact
 * tiers need not be consulted. Never true for equalities (floats cannot confirm one) nor for apparent
 * violations (those are re-decided exactly, which alone may refute).
 */
export function screenComparison(c: Comparison<number>): boolean {
  if (c.relation === '=' || !Number.isFinite(c.lhs) || !Number.isFinite(c.rhs)) return false;
  const margin = c.lhs - c.rhs;
  return margin > SCREENING_BAND * (1 + Math.abs(c.lhs) + Math.abs(c.rhs));
}
