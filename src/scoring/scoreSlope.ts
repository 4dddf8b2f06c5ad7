import type { DualField } from '../numbers/Dual.ts';
import type { Rational } from '../numbers/Rational.ts';
import { expectedScoreAt } from './expectedScore.ts';
import type { ScoringRule } from './ScoringRule.ts';

/**
 * d/dt S(p + t v, q) at t = 0: how the expected score of report p moves along direction v with the
 * belief q held (the stop-gradient derivative of docs/mathematics.md SG-02; binary: G''(p)(q - p) along
 * v = (1, -1)). Over dualField(F) for any F: exact (rationals, formal atoms), certified or screened.
 */
export function scoreSlope<T>(D: DualField<T>, rule: ScoringRule, p: readonly Rational[], v: readonly Rational[], q: readonly Rational[]): T {
  return expectedScoreAt(D, rule, p.map((c, y) => D.variable(c, v[y]!)), q).d;
}
