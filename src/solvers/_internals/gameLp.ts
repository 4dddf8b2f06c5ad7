import { Rational } from '../../numbers/Rational.ts';
import { LinearProgram, type LpRow } from '../LinearProgram.ts';
import type { MatrixGame } from '../MatrixGame.ts';
import { lcmOfDenominators } from './ScaledLp.ts';

/**
 * The game in integers: A' = scale * A + shift with every entry >= 1, so the value of A' is >= 1 and the
 * LP variable v below is never degenerate at 0; value(A) = (value(A') - shift) / scale. Strategies are
 * unchanged by a positive affine map of the payoffs.
 */
export interface IntegerGame {
  readonly a: readonly (readonly bigint[])[];
  readonly scale: bigint;
  readonly shift: bigint;
}

export function integerGame(game: MatrixGame): IntegerGame {
  const scale = lcmOfDenominators(game.payoff.flat());
  const scaled = game.payoff.map((row) => row.map((q) => (q.num * scale) / q.den));
  const min = scaled.flat().reduce((a, b) => (b < a ? b : a));
  const shift = 1n - min;
  return { a: scaled.map((row) => row.map((v) => v + shift)), scale, shift };
}

/** Columns of A' as LP rows: sum_i A'_ij x_i - v >= 0 for every column j. */
export function columnRows(g: IntegerGame): LpRow[] {
  const m = g.a.length;
  const n = g.a[0]!.length;
  const rows = Array.from({ length: n }, (_, j): LpRow => {
    const coeffs = g.a.map((row) => Rational.of(row[j]!));
    coeffs.push(Rational.ONE.neg());
    return { coeffs, sense: '>=', rhs: Rational.ZERO };
  });
  return [...rows, simplexRow(m)];
}

/** sum_i x_i = 1 (v has coefficient 0). */
function simplexRow(m: number): LpRow {
  const coeffs = new Array<Rational>(m).fill(Rational.ONE);
  coeffs.push(Rational.ZERO);
  return { coeffs, sense: '=', rhs: Rational.ONE };
}

/** Row player's LP (von Neumann 1928; Dantzig's reduction of games to LP): max v s.t. x^T A' >= v, x in the simplex. */
export function gameLp(g: IntegerGame): LinearProgram {
  const m = g.a.length;
  const objective = new Array<Rational>(m).fill(Rational.ZERO);
  objective.push(Rational.ONE);
  return LinearProgram.of(objective, columnRows(g));
}
