import { Rational } from '../numbers/Rational.ts';
import { chooseBest } from './tieBreak.ts';

/** EU(a) = sum_y p(y) u(a, y) for one action's report p and that action's utility row u(a, .). */
export function expectedUtility(report: readonly Rational[], utilityRow: readonly Rational[]): Rational {
  return Rational.sum(report.map((p, y) => p.mul(utilityRow[y]!)));
}

/** The principal's best action under the true conditionals: argmax_a EU(q_a), ties broken as decisions break them. */
export function bestAction(truth: readonly (readonly Rational[])[], utility: readonly (readonly Rational[])[]): number {
  return chooseBest(truth.map((q, a) => expectedUtility(q, utility[a]!)));
}

/** The index of the largest value, lowest index among equal ones: for reading results (the most likely action), not for decisions. */
export function argmaxLowest(values: readonly Rational[]): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i]!.gt(values[best]!)) best = i;
  return best;
}
