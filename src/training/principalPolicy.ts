import { decide } from '../decisions/decide.ts';
import { argmaxLowest } from '../decisions/expectedUtility.ts';
import type { ConditionalGameSpec } from '../games/GameSpec.ts';
import type { Rational } from '../numbers/Rational.ts';
import type { Reports } from './objectiveSlopes.ts';

/**
 * What the principal does when ONE model's reports occupy every seat (weight sharing): pi = decide(rule, U,
 * [r, r]) for the two-seat schemes and decide(rule, U, [r]) otherwise. With equal reports in both seats
 * optimistic max, argmax and average-then-max all rank actions by EU(r_a) (DecisionRule.ts; lowest index wins ties).
 */
export function principalPolicy(spec: ConditionalGameSpec, r: Reports): Rational[] {
  const seats = spec.scoring.kind === 'zero-sum' || spec.scoring.kind === 'weighted' ? [r, r] : [r];
  return decide(spec.decision, spec.utility, seats);
}

/** The action the principal takes: the most probable one (the only one for deterministic rules), lowest index on ties. */
export function actionTaken(pi: readonly Rational[]): number {
  return argmaxLowest(pi);
}
