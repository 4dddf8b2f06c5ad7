import type { Rational } from '../numbers/Rational.ts';
import type { StrategyJson } from './StrategyJson.ts';

/**
 * What the principal does at an equilibrium: the exact distribution of its action and the most likely
 * action (lowest index on ties), or why there is no principal (a performative game).
 */
export type ActionsTaken =
  | { readonly kind: 'taken'; readonly action: number; readonly distribution: readonly Rational[] }
  | { readonly kind: 'no-actions'; readonly reason: string };

/**
 * A certified equilibrium: one mixed strategy per seat (a single predictor: its optimal report strategy),
 * re-verified: maxRegret exactly 0 against every pure strategy of the full game. honest: its reports on
 * every action taken equal the truth (a performative game: every report played is a fixed point of
 * p -> f(p, p)).
 */
export interface EquilibriumReport {
  readonly equilibrium: readonly StrategyJson[];
  readonly maxRegret: Rational;
  readonly honest: boolean;
  readonly actions: ActionsTaken;
}

/**
 * The game solved, by the cases that really occur:
 * - zero-sum (the zero-sum scheme, the weighted scheme with c = 1, one predictor, the performative game):
 *   the value for seat 1 and a certified equilibrium;
 * - general-sum (the weighted scheme, c != 1): its pure equilibria are enumerated; one of them is shown
 *   (the honest profile when it is one), and the every-equilibrium verdicts range over pure equilibria;
 * - no-pure-equilibrium: a general-sum game none of whose pure profiles is an equilibrium (its mixed
 *   equilibria are not computed), with that reason.
 */
export type GameSolution =
  | ({ readonly kind: 'zero-sum'; readonly value: Rational } & EquilibriumReport)
  | ({ readonly kind: 'general-sum'; readonly pureEquilibria: number } & EquilibriumReport)
  | { readonly kind: 'no-pure-equilibrium'; readonly reason: string };
