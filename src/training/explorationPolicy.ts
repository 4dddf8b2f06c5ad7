import { Rational } from '../numbers/Rational.ts';

/**
 * epsilon-exploration on top of the principal's decision: pi_eps(a) = eps + (1 - k eps) pi(a), so every one of
 * the k actions is taken with probability at least eps (needs 0 <= eps <= 1/k; eps = 0 is no exploration).
 * The PRINCIPAL's action (the one reported as "action taken") stays the decision rule's; exploration is how the
 * trainer samples actions to get gradient signal on untaken conditionals (docs/mathematics.md DEC-03).
 */
export function explorationPolicy(pi: readonly Rational[], eps: Rational): Rational[] {
  const k = Rational.of(pi.length);
  if (eps.sign() < 0 || eps.mul(k).gt(Rational.ONE)) throw new RangeError(`exploration must lie in [0, 1/${pi.length}], got ${eps}`);
  return pi.map((p) => eps.add(Rational.ONE.sub(k.mul(eps)).mul(p)));
}

/**
 * The weight of action a's score in the expected objective: pi_eps(a) without importance weighting, and
 * pi_eps(a) / pi_eps(a) = 1 on every action with pi_eps(a) > 0 with it (the IPW score of DEC-03, whose
 * expectation no longer depends on the policy).
 */
export function actionWeights(piEps: readonly Rational[], importanceWeighted: boolean): Rational[] {
  return piEps.map((p) => (importanceWeighted ? (p.sign() > 0 ? Rational.ONE : Rational.ZERO) : p));
}
