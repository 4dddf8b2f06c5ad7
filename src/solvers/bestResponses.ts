import { Rational } from '../numbers/Rational.ts';
import type { MatrixGame } from './MatrixGame.ts';
import { rowPayoffs } from './_internals/payoffVectors.ts';
import { checkStrategy } from './_internals/checkStrategy.ts';

export interface BestResponses {
  /** max_i (A y)_i: the row player's best payoff against y. */
  readonly payoff: Rational;
  /** Every pure row strategy attaining it, in increasing order (ties kept, never broken by floats). */
  readonly rows: readonly number[];
}

/** The row player's exact pure best responses to the column strategy y. */
export function bestResponses(game: MatrixGame, colStrategy: readonly Rational[]): BestResponses {
  checkStrategy(colStrategy, game.cols, 'column strategy');
  const pay = rowPayoffs(game, colStrategy);
  const payoff = pay.reduce((a, b) => Rational.max(a, b));
  const rows = pay.flatMap((p, i) => (p.equals(payoff) ? [i] : []));
  return { payoff, rows };
}
