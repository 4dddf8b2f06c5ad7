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
}

/** One recorded state: the reports BEFORE step `step` and what the principal does with them. */
export interface TrainingStep {
  readonly step: number;
  readonly reports: Reports;
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
  | { readonly kind: 'certified-limit'; readonly step: number; readonly limit: Reports; readonly rate: Rational }
  | { readonly kind: 'no-accepted-proposal'; readonly step: number }
  | { readonly kind: 'none' };

export interface TrainingRun {
  readonly method: TrainingMethod;
  readonly trajectory: readonly TrainingStep[];
  readonly final: Reports;
  readonly actionTaken: number;
  readonly bestAction: number;
  /** Honest on every action (reports equal the true conditionals). */
  readonly honest: boolean;
  /** Honest on the action taken. */
  readonly honestOnTaken: boolean;
  readonly convergence: Convergence;
  readonly steps: number;
  /** False when some gradient was the midpoint of a certified enclosure (irrational derivatives). */
  readonly exact: boolean;
}

export type { Rational };
