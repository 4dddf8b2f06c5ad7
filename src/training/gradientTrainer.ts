import { expectedUtility } from '../decisions/expectedUtility.ts';
import type { ConditionalGameSpec } from '../games/GameSpec.ts';
import { Rational } from '../numbers/Rational.ts';
import { certifiedLimit } from './certifiedLimit.ts';
import { actionWeights, explorationPolicy } from './explorationPolicy.ts';
import type { Reports } from './objectiveSlopes.ts';
import { actionTaken, principalPolicy } from './principalPolicy.ts';
import { projectToSimplex } from './projectToSimplex.ts';
import { trainingGradient, type GradientObjective } from './trainingGradient.ts';
import type { Convergence, TrainingStep } from './TrainingRun.ts';

export interface GradientRunOptions {
  readonly objective: GradientObjective;
  readonly exploration: Rational;
  readonly importanceWeighted: boolean;
  readonly steps: number;
  readonly stepSize: Rational;
  /** Stop at the first certified limit (claims); the CLI runs every step. */
  readonly untilConverged: boolean;
}

export interface GradientRun {
  readonly trajectory: TrainingStep[];
  readonly final: Reports;
  readonly convergence: Convergence;
  readonly exact: boolean;
}

/**
 * Full-batch projected gradient ascent with weight sharing: the expected gradient over a ~ pi_eps and
 * y ~ q_a, so the iterates are exact rationals and the run is deterministic. Each step:
 *   pi = principal's decision at the shared reports; pi_eps = exploration (eps + (1 - k eps) pi);
 *   w = pi_eps (or 1 on explored actions with importance weighting);
 *   r_a <- Proj(r_a + eta g_a), g = the tangent gradient of the objective with the action weights w held
 *   (the decision is locally constant: a small change of a report never changes the action), so an action
 *   with w_a = 0 gets NO gradient (docs/mathematics.md DEC-03: unevaluated conditionals are never corrected).
 * Proj is the exact Euclidean projection onto the simplex (onto {p >= 1/(10 grid)} for interior rules such as
 * log, whose score is -infinity on the boundary; the truth lies on the grid, so inside that set).
 */
export function runGradient(spec: ConditionalGameSpec, start: Reports, opts: GradientRunOptions): GradientRun {
  const floor = spec.rule.domain === 'interior' ? Rational.of(1n, BigInt(10 * spec.grid)) : Rational.ZERO;
  const trajectory: TrainingStep[] = [];
  let r: Reports = start.map((p) => [...p]);
  let convergence: Convergence = { kind: 'none' };
  let exact = true;
  for (let t = 0; ; t++) {
    const pi = principalPolicy(spec, r);
    const action = actionTaken(pi);
    trajectory.push({ step: t, reports: r, actionTaken: action, principalUtility: expectedUtility(spec.truth[action]!, spec.utility[action]!) });
    if (convergence.kind === 'none') {
      const cert = certifiedLimit(spec, r, opts.stepSize, opts.exploration, opts.importanceWeighted);
      if (cert) convergence = { kind: 'certified-limit', step: t, limit: cert.limit, rate: cert.rate };
    }
    if (t >= opts.steps || (opts.untilConverged && convergence.kind !== 'none')) break;
    const w = actionWeights(explorationPolicy(pi, opts.exploration), opts.importanceWeighted);
    const grad = trainingGradient(opts.objective, spec.rule, spec.truth, r, w);
    exact &&= grad.exact;
    const next = r.map((p, a) => projectToSimplex(p.map((c, y) => c.add(opts.stepSize.mul(grad.g[a]![y]!))), floor));
    if (next.every((p, a) => p.every((c, y) => c.equals(r[a]![y]!)))) {
      convergence = { kind: 'stationary', step: t };
      break;
    }
    r = next;
  }
  return { trajectory, final: r, convergence, exact };
}
