import type { Rational } from '../../numbers/Rational.ts';
import { GenerationLimitError } from '../GenerationLimitError.ts';
import { MatrixGame } from '../MatrixGame.ts';
import type { ZeroSumOracle } from '../ZeroSumOracle.ts';

/**
 * The restricted game of a generation method: the pure strategies found so far for each seat and their
 * exact payoffs, computed once per pair. For a symmetric game one list serves both seats (and the
 * matrix is skew-symmetric). Growth is checked against the limit before anything is allocated.
 */
export class RestrictedGame<R, C> {
  readonly rows: R[] = [];
  readonly cols: C[] = [];
  private readonly rowKeys = new Map<string, number>();
  private readonly colKeys = new Map<string, number>();
  /** cells[i][j] = payoff(rows[i], cols[j]). */
  private readonly cells: Rational[][] = [];

  constructor(
    private readonly game: ZeroSumOracle<R, C>,
    private readonly maxStrategies: number,
  ) {}

  hasRow(r: R): boolean {
    return this.rowKeys.has(this.game.rowKey(r));
  }

  hasCol(c: C): boolean {
    return this.colKeys.has(this.game.colKey(c));
  }

  /** Adds a row strategy (and, for a symmetric game, the same column); false if already present. */
  addRow(r: R): boolean {
    const key = this.game.rowKey(r);
    if (this.rowKeys.has(key)) return false;
    this.checkRoom(this.rows.length + 1, 'row');
    this.rowKeys.set(key, this.rows.length);
    this.rows.push(r);
    this.cells.push(this.cols.map((c) => this.game.payoff(r, c)));
    if (this.game.symmetric) this.appendCol(r as unknown as C, key);
    return true;
  }

  addCol(c: C): boolean {
    if (this.game.symmetric) return this.addRow(c as unknown as R);
    const key = this.game.colKey(c);
    if (this.colKeys.has(key)) return false;
    this.checkRoom(this.cols.length + 1, 'column');
    this.appendCol(c, key);
    return true;
  }

  matrix(): MatrixGame {
    return MatrixGame.of(this.cells);
  }

  private appendCol(c: C, key: string): void {
    this.colKeys.set(key, this.cols.length);
    this.cols.push(c);
    this.rows.forEach((r, i) => this.cells[i]!.push(this.game.payoff(r, c)));
  }

  private checkRoom(size: number, seat: string): void {
    if (size > this.maxStrategies) {
      throw new GenerationLimitError(
        'strategies',
        `the restricted game would need more than ${this.maxStrategies} pure strategies per seat (a new ${seat} after ${this.rows.length} x ${this.cols.length}); raise the limit or use a coarser grid`,
      );
    }
  }
}
