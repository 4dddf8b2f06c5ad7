import { Rational } from '../../numbers/Rational.ts';
import type { MatrixGame } from '../MatrixGame.ts';

/** (A y)_i for every row i, exactly; zero weights are skipped (supports are usually small). */
export function rowPayoffs(game: MatrixGame, y: readonly Rational[]): Rational[] {
  const support = y.flatMap((w, j) => (w.isZero() ? [] : [j]));
  return game.payoff.map((row) => Rational.sum(support.map((j) => row[j]!.mul(y[j]!))));
}

/** (x^T A)_j for every column j, exactly. */
export function columnPayoffs(game: MatrixGame, x: readonly Rational[]): Rational[] {
  const support = x.flatMap((w, i) => (w.isZero() ? [] : [i]));
  return Array.from({ length: game.cols }, (_, j) => Rational.sum(support.map((i) => game.at(i, j).mul(x[i]!))));
}
