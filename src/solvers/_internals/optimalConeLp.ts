import type { RowSense } from '../LinearProgram.ts';
import type { IntegerGame } from './gameLp.ts';
import type { ScaledLp } from './ScaledLp.ts';

/**
 * The row player's optimal strategies without their normalisation: the cone
 *   { x >= 0 : sum_i A'_ij x_i >= v' sum_i x_i for every column j },  v' = vNum / vDen the value of A'.
 * A nonzero x in it, divided by sum x, guarantees v' against every column, so it is an optimal strategy,
 * and every optimal strategy lies in it (the optimal face of the simplex is this cone cut by sum x = 1).
 * Rows in integers, one per column j: sum_i (vDen A'_ij - vNum) x_i >= 0, on the first m of `variables`
 * LP variables. Callers append their own rows and objective; the value must be certified by then.
 */
export function optimalConeLp(g: IntegerGame, value: { num: bigint; den: bigint }, variables: number): Pick<ScaledLp, 'a' | 'sense' | 'b'> {
  const m = g.a.length;
  const n = g.a[0]!.length;
  const a = Array.from({ length: n }, (_, j) => {
    const row = new Array<bigint>(variables).fill(0n);
    for (let i = 0; i < m; i++) row[i] = value.den * g.a[i]![j]! - value.num;
    return row;
  });
  return { a, sense: new Array<RowSense>(n).fill('>='), b: new Array<bigint>(n).fill(0n) };
}
