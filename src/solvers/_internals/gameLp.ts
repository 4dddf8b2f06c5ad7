import { Rational } from '../../numbers/Rational.ts';
import type { MatrixGame } from '../MatrixGame.ts';
import type { ScaledLp } from './ScaledLp.ts';
import { lcmOfDenominators } from './ScaledVector.ts';

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

/**
 * Row player's LP (von Neumann 1928; Dantzig's reduction of games to LP), variables (x_1..x_m, v):
 * max v s.t. sum_i A'_ij x_i - v >= 0 for every column j, sum_i x_i = 1, x >= 0, v >= 0.
 * Built directly in integers (no Rational per entry). Extra rows may be appended by callers.
 */
export function gameLp(g: IntegerGame, objective?: readonly bigint[]): ScaledLp {
  const m = g.a.length;
  const n = g.a[0]!.length;
  const a = Array.from({ length: n }, (_, j) => [...g.a.map((row) => row[j]!), -1n]);
  a.push([...new Array<bigint>(m).fill(1n), 0n]);
  return {
    a,
    sense: [...new Array<'>='>(n).fill('>='), '='],
    b: [...new Array<bigint>(n).fill(0n), 1n],
    c: objective ? [...objective] : [...new Array<bigint>(m).fill(0n), 1n],
    rowScale: new Array<bigint>(n + 1).fill(1n),
    objScale: 1n,
  };
}

export function valueOfScaled(g: IntegerGame, v: Rational): Rational {
  return v.sub(Rational.of(g.shift)).div(Rational.of(g.scale));
}
