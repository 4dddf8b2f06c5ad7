import type { ConditionalGameSpec } from '../games/GameSpec.ts';
import { bestAction } from '../decisions/expectedUtility.ts';
import { Rational } from '../numbers/Rational.ts';
import { runGradient } from './gradientTrainer.ts';
import { initialReports } from './initialReports.ts';
import { actionTaken, principalPolicy } from './principalPolicy.ts';
import { runRandomSearch } from './randomSearchTrainer.ts';
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
  const start = typeof options.init === 'string' ? initialReports(spec, options.init, options.seed) : options.init;
  const gradient = options.method === 'zero-sum-gradient' || options.method === 'stop-gradient';
  const run = gradient
    ? runGradient(spec, start, {
        objective: options.method === 'zero-sum-gradient' ? 'zero-sum' : 'stop-gradient',
        exploration: options.exploration,
        importanceWeighted: options.importanceWeighted,
        steps: options.steps,
        stepSize: options.stepSize,
        untilConverged,
      })
    : { ...runRandomSearch(spec, start, options.method === 'random-search' ? 'zero-sum' : 'plain', options.steps, options.seed), exact: true };
  const action = actionTaken(principalPolicy(spec, run.final));
  const honestOn = (a: number) => run.final[a]!.every((c, y) => c.equals(spec.truth[a]![y]!));
  return {
    method: options.method,
    trajectory: run.trajectory,
    final: run.final,
    actionTaken: action,
    bestAction: bestAction(spec.truth, spec.utility),
    honest: run.final.every((_, a) => honestOn(a)),
    honestOnTaken: honestOn(action),
    convergence: run.convergence,
    steps: run.trajectory[run.trajectory.length - 1]!.step,
    exact: run.exact,
  };
}
