import { Rational } from '../numbers/Rational.ts';

type Entry = Rational | string | number | bigint;

/**
 * A finite two-player zero-sum game in normal form: payoff[i][j] is what the row player (the
 * maximiser) receives from the column player when row i meets column j. Immutable.
 */
export class MatrixGame {
  private constructor(readonly payoff: readonly (readonly Rational[])[]) {}

  /** MatrixGame.of([[1, -1], [-1, 1]]); entries may be Rationals or anything Rational.of reads. */
  static of(rows: readonly (readonly Entry[])[]): MatrixGame {
    if (rows.length === 0 || rows[0]!.length === 0) throw new RangeError('a matrix game needs at least one row and one column');
    const n = rows[0]!.length;
    const payoff = rows.map((row, i) => {
      if (row.length !== n) throw new RangeError(`row ${i} has ${row.length} entries, expected ${n}`);
      return Object.freeze(row.map((a) => (a instanceof Rational ? a : Rational.of(a))));
    });
    return new MatrixGame(Object.freeze(payoff));
  }

  /** The game whose payoff is f(i, j). */
  static fromFunction(rows: number, cols: number, f: (i: number, j: number) => Entry): MatrixGame {
    return MatrixGame.of(Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => f(i, j))));
  }

  /** A symmetric zero-sum game from its strict upper triangle: A[i][j] = -A[j][i], zero diagonal. */
  static skewSymmetric(n: number, upper: (i: number, j: number) => Entry): MatrixGame {
    const a: Rational[][] = Array.from({ length: n }, () => new Array<Rational>(n).fill(Rational.ZERO));
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const v = Rational.of(upper(i, j) as string);
        a[i]![j] = v;
        a[j]![i] = v.neg();
      }
    }
    return MatrixGame.of(a);
  }

  get rows(): number {
    return this.payoff.length;
  }
  get cols(): number {
    return this.payoff[0]!.length;
  }
  at(i: number, j: number): Rational {
    return this.payoff[i]![j]!;
  }

  /** The game seen from the column player's side: -A^T (the column player now maximises). */
  negTranspose(): MatrixGame {
    return MatrixGame.fromFunction(this.cols, this.rows, (i, j) => this.at(j, i).neg());
  }

  /** Skew-symmetric payoff (A = -A^T): both seats are interchangeable, so the value is 0. */
  isSymmetric(): boolean {
    if (this.rows !== this.cols) return false;
    for (let i = 0; i < this.rows; i++) {
      for (let j = i; j < this.cols; j++) if (!this.at(i, j).equals(this.at(j, i).neg())) return false;
    }
    return true;
  }

  toJSON(): string[][] {
    return this.payoff.map((row) => row.map((a) => a.toString()));
  }
}
