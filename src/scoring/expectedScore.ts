import type { Field } from '../numbers/Field.ts';
import type { Distribution } from '../simplex/Distribution.ts';
import { liftDistribution } from '../simplex/liftDistribution.ts';
import type { ScoringRule } from './ScoringRule.ts';

/**
 * S(p, q) = sum_i q_i S(p, i): the expected score of report p under belief q.
 * Outcomes with q_i = 0 are skipped (0 * S := 0), so that e.g. the log score of a report with p_i = 0
 * is finite when that outcome is impossible.
 */
export function expectedScore<T>(F: Field<T>, rule: ScoringRule, p: Distribution, q: Distribution): T {
  const report = liftDistribution(F, p);
  const terms: T[] = [];
  q.coords.forEach((qi, i) => {
    if (!qi.isZero()) terms.push(F.mul(F.fromRational(qi), rule.score(F, report, i)));
  });
  return F.sum(terms);
}
