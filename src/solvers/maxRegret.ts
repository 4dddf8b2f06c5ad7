import { Rational } from '../numbers/Rational.ts';
import type { MatrixGame } from './MatrixGame.ts';
import { columnPayoffs, rowPayoffs } from './_internals/payoffVectors.ts';
import { checkStrategy } from './_internals/checkStrategy.ts';

/**
 * The exact duality gap of a mixed profile (x, y): max_i (A y)_i - min_j (x^T A)_j. It is the sum of
 * both players' regrets (each one's gain from a best response), is >= 0, and is exactly 0 iff (x, y)
 * is an equilibrium, i.e. x and y are optimal (von Neumann's minimax theorem, 1928).
 */
export function maxRegret(game: MatrixGame, x: readonly Rational[], y: readonly Rational[]): Rational {
  checkStrategy(x, game.rows, 'row strategy');
  checkStrategy(y, game.cols, 'column strategy');
  const best = rowPayoffs(game, y).reduce((a, b) => Rational.max(a, b));
  const worst = columnPayoffs(game, x).reduce((a, b) => Rational.min(a, b));
  return best.sub(worst);
}

/** What x guarantees the row player whatever the column player does: min_j (x^T A)_j. */
export function guaranteedByRow(game: MatrixGame, x: readonly Rational[]): Rational {
  checkStrategy(x, game.rows, 'row strategy');
  return columnPayoffs(game, x).reduce((a, b) => Rational.min(a, b));
}

/** The most the column player can lose with y: max_i (A y)_i. */
export function guaranteedByColumn(game: MatrixGame, y: readonly Rational[]): Rational {
  checkStrategy(y, game.cols, 'column strategy');
  return rowPayoffs(game, y).reduce((a, b) => Rational.max(a, b));
}
