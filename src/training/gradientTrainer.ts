import { expectedUtility } from '../decisions/expectedUtility.ts';
import type { ConditionalGameSpec } from '../games/GameSpec.ts';
import { Rational } from '../numbers/Rational.ts';
import { runCertifiedPhase } from './certifiedPhase.ts';
import { certifiedLimit } from './certifiedLimit.ts';
import { actionWeights, explorationPolicy } from './explorationPolicy.ts';
import type { Reports } from './objectiveSlopes.ts';
import { actionTaken, principalPolicy } from './principalPolicy.ts';
import { projectToSimplex } from './projectToSimplex.ts';
import { progressReporter } from './_internals/progressReporter.ts';
import { TrajectorySampler } from './_internals/trajectorySampler.ts';
import { interiorFloor, stepModelFor } from './stepModelFor.ts';
import { trainingGradient, type GradientObjective } from './trainingGradient.ts';
import type { Convergence, TrainingProgress, TrainingStep, TrainingTier } from './TrainingRun.ts';

export interface GradientRunOptions {
  readonly objective: GradientObjective;
  readonly exploration: Rational;
  readonly importanceWeighted: boolean;
  readonly steps: number;
  readonly stepSize: Rational;
  /** Stop at the first certified limit (claims); the CLI runs every step. */
  readonly untilConverged: boolean;
  /** Keep every k-th step (and the last); default 1. */
  readonly sampleEvery?: number;
  readonly onProgress?: (progress: TrainingProgress) => void;
  /**
   * Exact iterates whose denominators outgrow this many bits continue in the certified fixed-point tier
   * (when the rule has a step model); default EXACT_BITS. 0 moves there at once (tests compare the tiers).
   */
  readonly exactBits?: number;
}

export interface GradientRun {
  readonly trajectory: TrainingStep[];
  readonly final: Reports;
  readonly finalRadius: readonly Rational[];
  readonly finalAction: number | 'undecided';
  readonly convergence: Convergence;
  readonly exact: boolean;
  readonly tier: TrainingTier;
}

/**
 * Exact iterates stay exact while they are cheap: their size grows with every step (the quadratic rule
 * multiplies denominators by about (1 - 2 eta w)'s, the log rule by the reports' numerators), and a
 * BigInt gcd on them is what made long exact runs cost about N^3. Beyond this many bits the certified
 * tier takes over, whose numbers keep PRECISION_BITS.
 */
export const EXACT_BITS = 128;

/**
 * Full-batch projected gradient ascent with weight sharing: the expected gradient over a ~ pi_eps and
 * y ~ q_a, so the run is deterministic. Each step:
 *   pi = principal's decision at the shared reports; pi_eps = exploration (eps + (1 - k eps) pi);
 *   w = pi_eps (or 1 on explored actions with importance weighting);
 *   r_a <- Proj(r_a + eta g_a), g = the tangent gradient of the objective with the action weights w held
 *   (the decision is locally constant: a small change of a report never changes the action), so an action
 *   with w_a = 0 gets NO gradient (docs/mathematics.md DEC-03: unevaluated conditionals are never corrected).
 * Proj is the exact Euclidean projection onto the simplex (onto {p >= 1/(10 grid)} for interior rules such as
 * log, whose score is -infinity on the boundary; the truth lies on the grid, so inside that set).
 * Iterates are exact rationals until they outgrow EXACT_BITS; then, for a rule with a step model
 * (stepModelFor), the certified fixed-point tier continues (certifiedPhase.ts): every reported quantity
 * is still certified, and the run is undecided where the tier's balls leave the principal's action open.
 */
export function runGradient(spec: ConditionalGameSpec, start: Reports, opts: GradientRunOptions): GradientRun {
  const floor = interiorFloor(spec);
  const model = stepModelFor(spec, floor);
  const sampler = new TrajectorySampler(opts.sampleEvery ?? 1);
  const progress = progressReporter(opts.steps, opts.onProgress);
  const zero = start.map(() => Rational.ZERO);
  let r: Reports = start.map((p) => [...p]);
  let convergence: Convergence = { kind: 'none' };
  let exact = true;
  const certified = (t: number): GradientRun => {
    const rest = runCertifiedPhase(spec, model!, { ...opts, floor }, { step: t, reports: r, convergence }, sampler, progress);
    return { ...rest, trajectory: sampler.trajectory(), exact: false, tier: { kind: 'certified', from: t, bits: rest.bits, model: model!.kind } };
  };
  for (let t = 0; ; t++) {
    if (model && bits(r) > (opts.exactBits ?? EXACT_BITS)) return certified(t);
    const pi = principalPolicy(spec, r);
    const action = actionTaken(pi);
    const here = r;
    sampler.offer(t, () => ({ step: t, reports: here, radius: zero, actionTaken: action, principalUtility: expectedUtility(spec.truth[action]!, spec.utility[action]!) }));
    const w = actionWeights(explorationPolicy(pi, opts.exploration), opts.importanceWeighted);
    if (convergence.kind === 'none') {
      const cert = certifiedLimit(spec, model, { reports: r, radius: zero }, { action, weights: w }, opts.stepSize);
      if (cert) convergence = { kind: 'certified-limit', step: t, limit: cert.limit, limitRadius: cert.limitRadius, rate: cert.rate, apart: cert.apart };
    }
    if (t >= opts.steps || (opts.untilConverged && convergence.kind !== 'none')) break;
    const grad = trainingGradient(opts.objective, spec.rule, spec.truth, r, w);
    // An irrational derivative (spherical): the tier carries it as a ball; without one, a midpoint step.
    if (!grad.exact && model) return certified(t);
    exact &&= grad.exact;
    const next = r.map((p, a) => projectToSimplex(p.map((c, y) => c.add(opts.stepSize.mul(grad.g[a]![y]!))), floor));
    if (next.every((p, a) => p.every((c, y) => c.equals(r[a]![y]!)))) {
      convergence = { kind: 'stationary', step: t };
      break;
    }
    r = next;
    progress(t + 1, 'exact', 0);
  }
  const finalAction = actionTaken(principalPolicy(spec, r));
  return { trajectory: sampler.trajectory(), final: r, finalRadius: zero, finalAction, convergence, exact, tier: exact ? { kind: 'exact' } : { kind: 'midpoint-gradients' } };
}

/** The largest denominator among the reports, in bits. */
function bits(r: Reports): number {
  return r.reduce((m, p) => p.reduce((mm, c) => Math.max(mm, c.den.toString(2).length), m), 0);
}
