import type { ConditionalGameSpec } from '../games/GameSpec.ts';
import { bestAction } from '../decisions/expectedUtility.ts';
import { Rational } from '../numbers/Rational.ts';
import { runGradient } from './gradientTrainer.ts';
import { initialReports } from './initialReports.ts';
import { actionTaken, principalPolicy } from './principalPolicy.ts';
import { runRandomSearch, type SearchOptions } from './randomSearchTrainer.ts';
import type { Reports } from './objectiveSlopes.ts';
import { checkTrainingSize } from './trainingLimits.ts';
import { interiorFloor, stepModelFor } from './stepModelFor.ts';
import type { TrainingOptions, TrainingRun } from './TrainingRun.ts';

/**
 * Trains one shared report vector on a conditional-prediction game with the chosen method
 * (TrainingRun.ts) and reports the final reports, the principal's action, honesty and convergence.
 * Deterministic given the options (the seed drives random initial reports and random-search proposals).
 */
export function train(spec: ConditionalGameSpec, options: TrainingOptions, untilConverged = false): TrainingRun {
  const k = spec.truth.length;
  if (options.exploration.sign() < 0 || options.exploration.mul(Rational.of(k)).gt(Rational.ONE)) {
    throw new RangeError(`exploration must lie in [0, 1/${k}]`);
  }
  if (options.stepSize.sign() <= 0) throw new RangeError('the step size must be positive');
  checkTrainingSize(spec, options.steps);
  const start = typeof options.init === 'string' ? initialReports(spec, options.init, options.seed) : options.init;
  const gradient = options.method === 'zero-sum-gradient' || options.method === 'stop-gradient';
  const sampling = { ...(options.sampleEvery ? { sampleEvery: options.sampleEvery } : {}), ...(options.onProgress ? { onProgress: options.onProgress } : {}) };
  const run = gradient
    ? runGradient(spec, start, {
        objective: options.method === 'zero-sum-gradient' ? 'zero-sum' : 'stop-gradient',
        exploration: options.exploration,
        importanceWeighted: options.importanceWeighted,
        steps: options.steps,
        stepSize: options.stepSize,
        untilConverged,
        ...sampling,
      })
    : searchRun(spec, start, options, sampling);
  const c = run.convergence;
  const honestOn = (a: number) => {
    const equal = certifiedEqual(run.final[a]!, run.finalRadius[a]!, spec.truth[a]!);
    return equal === 'undecided' && c.kind === 'certified-limit' && c.apart[a] ? false : equal;
  };
  const action = run.finalAction;
  const last = run.trajectory[run.trajectory.length - 1];
  return {
    method: options.method,
    trajectory: run.trajectory,
    sampleEvery: options.sampleEvery ?? 1,
    final: run.final,
    finalRadius: run.finalRadius,
    actionTaken: action,
    bestAction: bestAction(spec.truth, spec.utility),
    honest: all(run.final.map((_, a) => honestOn(a))),
    honestOnTaken: action === 'undecided' ? 'undecided' : honestOn(action),
    convergence: run.convergence,
    steps: run.convergence.kind === 'undecided' ? run.convergence.step : (last?.step ?? 0),
    exact: run.exact,
    tier: run.tier,
  };
}

function searchRun(spec: ConditionalGameSpec, start: Reports, options: TrainingOptions, sampling: SearchOptions) {
  const run = runRandomSearch(spec, start, options.method === 'random-search' ? 'zero-sum' : 'plain', options.steps, options.seed, sampling);
  const finalAction: number | 'undecided' = actionTaken(principalPolicy(spec, run.final));
  return { ...run, finalRadius: start.map(() => Rational.ZERO), finalAction, exact: true, tier: { kind: 'exact' } as const };
}

/** Whether long gradient runs on this game continue in the certified fixed-point tier (the rule has a step model). */
export function hasCertifiedTier(spec: ConditionalGameSpec): boolean {
  return stepModelFor(spec, interiorFloor(spec)) !== undefined;
}

/**
 * Whether the exact report, known within `radius` (L2) of `centre`, equals the truth q: exactly when the
 * radius is 0; false when |centre - q| > radius (certified apart); otherwise undecided.
 */
function certifiedEqual(centre: readonly Rational[], radius: Rational, q: readonly Rational[]): boolean | 'undecided' {
  if (radius.isZero()) return centre.every((c, y) => c.equals(q[y]!));
  const distance2 = Rational.sum(centre.map((c, y) => c.sub(q[y]!).mul(c.sub(q[y]!))));
  return distance2.gt(radius.mul(radius)) ? false : 'undecided';
}

/** false if any is false, else undecided if any is, else true. */
function all(xs: readonly (boolean | 'undecided')[]): boolean | 'undecided' {
  return xs.includes(false) ? false : xs.includes('undecided') ? 'undecided' : true;
}
