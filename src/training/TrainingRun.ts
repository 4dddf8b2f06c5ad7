import type { Rational } from '../numbers/Rational.ts';
import type { Reports } from './objectiveSlopes.ts';

/**
 * The trainers, all over one shared report vector (weight sharing: the same reports occupy both
 * seats of the zero-sum game, docs/mathematics.md ZS-00):
 * - zero-sum-gradient: projected gradient ascent on seat 1's zero-sum payoff, the other copy held;
 * - stop-gradient: projected gradient ascent on E S(p, y) - sg(E S(p, y));
 * - random-search: propose a report, accept it when it beats the current copy in the zero-sum payoff;
 * - plain: random search on the predictor's own expected score (plain score maximisation). Its gradient
 *   equals the stop-gradient one wherever the action is locally constant, so the difference between plain
 *   and zero-sum training only shows under non-local search.
 */
export type TrainingMethod = 'zero-sum-gradient' | 'stop-gradient' | 'random-search' | 'plain';

export const TRAINING_METHODS: readonly TrainingMethod[] = ['zero-sum-gradient', 'stop-gradient', 'random-search', 'plain'];

export type InitKind = 'honest' | 'pessimistic' | 'random';

export interface TrainingOptions {
  readonly method: TrainingMethod;
  /** epsilon: every action sampled with probability >= epsilon (gradient methods); 0 <= epsilon <= 1/k. */
  readonly exploration: Rational;
  /** Weight each explored action's score by 1 / pi_eps(a) (DEC-03). */
  readonly importanceWeighted: boolean;
  readonly steps: number;
  /** eta > 0 (gradient methods). */
  readonly stepSize: Rational;
  readonly seed: number;
  readonly init: InitKind | Reports;
  /** Keep every k-th step of the trajectory (and the last): memory stays flat in the number of steps. Default 1. */
  readonly sampleEvery?: number;
  /** Called now and then during the run (the CLI draws it on stderr). */
  readonly onProgress?: (progress: TrainingProgress) => void;
}

/** Where a run is: for a progress line. `radius` is for display only (a float of the largest ball radius). */
export interface TrainingProgress {
  readonly step: number;
  readonly steps: number;
  readonly tier: 'exact' | 'certified';
  readonly radius: number;
}

/** One recorded state: the reports BEFORE step `step` and what the principal does with them. */
export interface TrainingStep {
  readonly step: number;
  /** The exact iterates, or in the certified tier the centres of balls holding them. */
  readonly reports: Reports;
  /** Per action: |exact iterate - reports[a]|_2 <= radius[a]; 0 where the report is the exact iterate. */
  readonly radius: readonly Rational[];
  readonly actionTaken: number;
  /** The principal's true expected utility EU(q_a) of the action taken. */
  readonly principalUtility: Rational;
  /** Random search: whether the proposal drawn at this step was accepted. */
  readonly accepted?: boolean;
}

/**
 * How a run ended:
 * - stationary: the update left the reports exactly unchanged (gradient: a zero projected gradient);
 * - certified-limit: from step `step` on the action is certified constant and the reports converge to `limit`
 *   (quadratic gradient trainers, certifiedLimit.ts);
 * - no-accepted-proposal: random search at a point where NO proposal of the proposal grid is accepted
 *   (certified by enumerating all of them, not by sampling);
 * - none: the step budget ran out first.
 */
export type Convergence =
  | { readonly kind: 'stationary'; readonly step: number }
  | {
      readonly kind: 'certified-limit';
      readonly step: number;
      readonly limit: Reports;
      /** |limit of the exact iterates - limit[a]|_2 <= limitRadius[a] (0: exactly that limit). */
      readonly limitRadius: readonly Rational[];
      readonly rate: Rational;
      /** apart[a]: the exact iterates of action a differ from the truth from `step` on (certifiedLimit.ts). */
      readonly apart: readonly boolean[];
    }
  | { readonly kind: 'no-accepted-proposal'; readonly step: number }
  /** The certified tier could not decide the principal's action at `step` (the balls overlap there): the run stops. */
  | { readonly kind: 'undecided'; readonly step: number; readonly reason: string }
  | { readonly kind: 'none' };

/**
 * Which arithmetic carried the iterates: exact rationals throughout; exact rationals up to step `from`, then
 * the certified fixed-point tier (balls of `bits`-bit fixed-point numbers, StepModel); or, for a rule with
 * irrational derivatives and no step model, gradients that were midpoints of certified enclosures (the
 * iterates are then those of that perturbed run, not certified).
 */
export type TrainingTier =
  | { readonly kind: 'exact' }
  | { readonly kind: 'certified'; readonly from: number; readonly bits: number; readonly model: 'quadratic' | 'local' | 'smooth' }
  | { readonly kind: 'midpoint-gradients' };

export interface TrainingRun {
  readonly method: TrainingMethod;
  /** Every `sampleEvery`-th step and the last. */
  readonly trajectory: readonly TrainingStep[];
  readonly sampleEvery: number;
  /** The exact final iterates, or the centres of the certified balls holding them (radius in `finalRadius`). */
  readonly final: Reports;
  readonly finalRadius: readonly Rational[];
  /** The principal's action at the final iterates (certified); 'undecided' when the run stopped undecided. */
  readonly actionTaken: number | 'undecided';
  readonly bestAction: number;
  /** Honest on every action (reports equal the true conditionals), decided with the radius or 'undecided'. */
  readonly honest: boolean | 'undecided';
  /** Honest on the action taken. */
  readonly honestOnTaken: boolean | 'undecided';
  readonly convergence: Convergence;
  readonly steps: number;
  /** True when every reported report is an exact iterate (no ball, no midpoint gradient). */
  readonly exact: boolean;
  readonly tier: TrainingTier;
}

export type { Rational };
