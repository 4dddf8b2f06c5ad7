import type { Field } from '../numbers/Field.ts';
import type { Rational } from '../numbers/Rational.ts';
import type { ScoringRule } from './ScoringRule.ts';

/**
 * S(p, q) = sum_y q_y S(p, y), the expected score of report p under belief q (docs/mathematics.md §1),
 * with the belief already in the tier: every term is evaluated (the symbolic tier; beliefs that move
 * with the report, such as q = f(p) in the performative objective).
 */
export function expectedScore<T>(F: Field<T>, rule: ScoringRule, p: readonly T[], q: readonly T[]): T {
  return F.sum(q.map((qy, y) => F.mul(qy, rule.score(F, p, y))));
}

/**
 * S(p, q) for an exact belief q: outcomes with q_y = 0 are skipped (0 * S := 0), so that the log score
 * of a report with p_y = 0 is finite where y is impossible (docs/mathematics.md, implementation notes).
 */
export function expectedScoreAt<T>(F: Field<T>, rule: ScoringRule, p: readonly T[], q: readonly Rational[]): T {
  return F.sum(q.flatMap((qy, y) => (qy.isZero() ? [] : [F.mul(F.fromRational(qy), rule.score(F, p, y))])));
}
