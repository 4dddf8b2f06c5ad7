import type { ConditionalGameSpec } from '../games/GameSpec.ts';
import { expectedUtility } from '../decisions/expectedUtility.ts';
import { Rational } from '../numbers/Rational.ts';
import { ruleById } from '../scoring/rules/builtinRules.ts';
import { actionWeights, explorationPolicy } from './explorationPolicy.ts';
import type { Reports } from './objectiveSlopes.ts';
import { actionTaken, principalPolicy } from './principalPolicy.ts';

export interface LimitCertificate {
  /** The action the principal takes at every step from now on. */
  readonly action: number;
  /** The per-action weights, constant from now on. */
  readonly weights: readonly Rational[];
  /** lim r_t: q_a where the weight is positive, the frozen report where it is 0. */
  readonly limit: Reports;
  /** The errors r_t[a] - q_a of weighted actions shrink by at least this factor per step. */
  readonly rate: Rational;
}

const quadratic = ruleById('quadratic').rule;
const HALF = Rational.of('1/2');

/**
 * A certificate that a gradient trainer (zero-sum or stop-gradient, docs/mathematics.md SG-02, ZS-00) has settled, for the
 * built-in QUADRATIC rule and 0 < eta <= 1/2. Why it is sound: the quadratic gradient of S(., q_a) is 2(q_a - p),
 * already tangent, so a step is r_a <- (1 - 2 eta w_a) r_a + 2 eta w_a q_a with 0 <= 2 eta w_a <= 1: a convex
 * combination (the projection is the identity), and r_a does not move where w_a = 0. By induction on the steps:
 * while the action stays the current one, the weights stay the current ones, every weighted r_a stays on the
 * segment [r_a, q_a] (EU between EU(r_a) now and EU(q_a)) and every unweighted one where it is. If the principal's
 * ranking is the same for EVERY choice of points in these EU segments (the top one strictly above the others; for
 * rank-softmax all strictly ordered), the action, hence the weights, are constant forever; then r_a -> q_a geometrically (factor 1 - 2 eta w_a) where
 * w_a > 0, and r_a never moves where w_a = 0. Returns undefined when the segments overlap (not yet settled) or
 * the hypotheses fail.
 */
export function certifiedLimit(spec: ConditionalGameSpec, r: Reports, eta: Rational, exploration: Rational, importanceWeighted: boolean): LimitCertificate | undefined {
  if (spec.rule !== quadratic || eta.sign() <= 0 || eta.gt(HALF)) return undefined;
  const pi = principalPolicy(spec, r);
  const action = actionTaken(pi);
  const weights = actionWeights(explorationPolicy(pi, exploration), importanceWeighted);
  // Induction: while the action stays `action`, weighted reports move along [r_a, q_a] and unweighted ones stay.
  const segments = r.map((p, a) => {
    const now = expectedUtility(p, spec.utility[a]!);
    const truth = weights[a]!.sign() > 0 ? expectedUtility(spec.truth[a]!, spec.utility[a]!) : now;
    return { lo: Rational.min(now, truth), hi: Rational.max(now, truth) };
  });
  const above = (a: number, b: number) => segments[a]!.lo.gt(segments[b]!.hi);
  const all = spec.decision.kind === 'softmax';
  for (let a = 0; a < r.length; a++) {
    for (let b = 0; b < r.length; b++) {
      if (a === b) continue;
      const ordered = above(a, b) || above(b, a);
      if (all ? !ordered : a === action && !above(a, b)) return undefined;
    }
  }
  const limit = r.map((p, a) => (weights[a]!.sign() > 0 ? [...spec.truth[a]!] : [...p]));
  const two = Rational.of(2);
  const rate = weights.reduce((m, w) => (w.sign() > 0 ? Rational.max(m, Rational.ONE.sub(two.mul(eta).mul(w))) : m), Rational.ZERO);
  return { action, weights, limit, rate };
}
