import type { DecisionRule } from '../decisions/DecisionRule.ts';
import { Rational } from '../numbers/Rational.ts';
import type { Weighted } from '../solvers/ZeroSumOracle.ts';
import type { ConditionalGameSpec } from './GameSpec.ts';
import type { Digits, GameTables } from './ReportTables.ts';
import { predictorCount } from './ScoringScheme.ts';

/** One pure strategy of the opponent in the mix, reduced to what the seat's payoff reads. */
export interface Opponent {
  readonly weight: Rational;
  /** The opponent's EU per action (what the decision reads of it); empty for a single predictor. */
  readonly eu: readonly Rational[];
  /** beta_a = -c sigma_a(opponent's report): the opponent's part of the payment on action a (0 for one predictor). */
  readonly beta: readonly Rational[];
}

/**
 * How the decision pi couples the seat's reports across actions (DecisionRule.ts), which fixes the
 * exact best-response method:
 * - fixed: pi does not depend on this seat's reports (argmax reads seat 1 only; this is seat 2):
 *   the payoff is separable over actions;
 * - own: pi depends on this seat's EUs only (one predictor, or argmax for seat 1), with weights
 *   (w_top, w_rest) on the top-ranked action and the others (argmax-like: (1, 0); epsilon-greedy);
 * - optimistic: pi = e_c where c maximises max(EU_1(a), EU_2(a)) (two predictors);
 * - mean: weights (w_top, w_rest) on the action maximising EU_1(a) + EU_2(a) and the others (average-max,
 *   epsilon-greedy with two predictors): the cases of the actions taken (meanCases);
 * - search: rank-softmax, whose weights follow the whole ranking: exact branch and bound over levels;
 * - separable: importance weighting pays sum_a sigma_a whatever pi is (pi > 0 always).
 */
export type Coupling =
  | { readonly kind: 'fixed' }
  | { readonly kind: 'own'; readonly top: Rational; readonly rest: Rational }
  | { readonly kind: 'optimistic' }
  | { readonly kind: 'mean'; readonly top: Rational; readonly rest: Rational }
  | { readonly kind: 'search' }
  | { readonly kind: 'separable' };

/** A seat's best-response problem: maximise sum_j w_j payoff(s, o_j) over every pure strategy s. */
export interface SeatProblem {
  readonly spec: ConditionalGameSpec;
  readonly tables: GameTables;
  readonly seat: 0 | 1;
  readonly opponents: readonly Opponent[];
  readonly coupling: Coupling;
}

export function seatProblem(spec: ConditionalGameSpec, tables: GameTables, seat: 0 | 1, mix: readonly Weighted<Digits>[]): SeatProblem {
  const two = predictorCount(spec.scoring) === 2;
  const c = spec.scoring.kind === 'weighted' ? spec.scoring.c : Rational.ONE;
  const opponents: Opponent[] = two
    ? mix.map(({ weight, strategy }) => ({
        weight,
        eu: strategy.map((k, a) => tables.actions[a]!.eu[k]!),
        beta: strategy.map((k, a) => c.mul(tables.actions[a]!.score[k]!).neg()),
      }))
    : [{ weight: Rational.ONE, eu: [], beta: tables.actions.map(() => Rational.ZERO) }];
  return { spec, tables, seat, opponents, coupling: couplingOf(spec, seat) };
}

export function couplingOf(spec: ConditionalGameSpec, seat: 0 | 1): Coupling {
  const rule = spec.decision;
  if (spec.scoring.kind === 'importance-weighted') return { kind: 'separable' };
  const two = predictorCount(spec.scoring) === 2;
  if (rule.kind === 'argmax' && two) return seat === 0 ? { kind: 'own', ...topWeights(rule, spec.utility.length) } : { kind: 'fixed' };
  if (!two && rule.kind !== 'softmax') return { kind: 'own', ...topWeights(rule, spec.utility.length) };
  if (rule.kind === 'optimistic-max' && two) return { kind: 'optimistic' };
  if (rule.kind === 'softmax') return { kind: 'search' };
  return { kind: 'mean', ...topWeights(rule, spec.utility.length) };
}

/** pi's weights on the top-ranked action and on each other action, for the rules that have only these two. */
export function topWeights(rule: DecisionRule, k: number): { top: Rational; rest: Rational } {
  if (rule.kind === 'epsilon-greedy') {
    const share = rule.epsilon.div(Rational.of(k));
    return { top: Rational.ONE.sub(rule.epsilon).add(share), rest: share };
  }
  if (rule.kind === 'softmax') throw new RangeError('rank-softmax weights every rank');
  return { top: Rational.ONE, rest: Rational.ZERO };
}

/** The predictors' EU vectors in seat order, for decideByUtilities: this seat's own e and the opponent's. */
export function predictorsEu(problem: SeatProblem, own: readonly Rational[], opponent: Opponent): (readonly Rational[])[] {
  if (opponent.eu.length === 0) return [own];
  return problem.seat === 0 ? [own, opponent.eu] : [opponent.eu, own];
}
