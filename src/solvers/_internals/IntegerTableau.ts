import type { RowSense } from '../LinearProgram.ts';
import type { ScaledLp } from './ScaledLp.ts';

/**
 * The simplex tableau of an integer LP in fraction-free form (Edmonds 1967; Bareiss 1968), mutable and
 * private to integerSimplex. The real tableau is M / d: every entry of M is an integer (a minor of the
 * original data) and d is the last pivot. Invariant: d > 0. Primal pivots are positive anyway; a
 * negative pivot (only when an artificial is driven out at level 0) negates the whole of M after the
 * update, which leaves M / d unchanged and keeps d positive, so every "sign of M[i][j]" below is the
 * sign of the real entry and the common denominator handed out is positive.
 *
 * Rows are oriented so that every right-hand side is >= 0 (a row is negated when that is needed, and
 * also when it turns a >= row with b = 0 into a <= row, whose slack can start basic). Columns: the
 * structural variables, one slack (+1, oriented <= row) or surplus (-1, oriented >= row) per
 * inequality, then one artificial per row whose slack cannot start basic (oriented >= and = rows).
 * Every row r has a unit column (its slack or its artificial): together they are the starting basis,
 * the identity, and are never dropped, so at the end they hold adj(B) and the objective row holds the
 * duals there (Chvátal, Linear Programming, ch. 10). Two objective rows are carried along: phase 1's
 * (maximise minus the sum of the artificials) and the LP's own, each holding d * reduced costs and, in
 * the right-hand-side column, d * the objective value.
 */
export class IntegerTableau {
  /** Constraint rows, then the objective rows (phase 1's until it is dropped, then the LP's). */
  private readonly m: bigint[][];
  private d = 1n;

  private constructor(
    rows: bigint[][],
    objectives: bigint[][],
    private readonly basis: number[],
    /** Structural columns [0, n), slacks/surpluses [n, firstArtificial), artificials after. */
    private readonly n: number,
    readonly firstArtificial: number,
    /** unit[r]: the column that is e_r at the start. */
    private readonly unit: readonly number[],
    /** flipped[r]: the row was negated (see mustFlip). */
    private readonly flipped: readonly boolean[],
  ) {
    this.m = [...rows, ...objectives];
  }

  static of(lp: ScaledLp): IntegerTableau {
    const rowCount = lp.b.length;
    const n = lp.c.length;
    const flipped = lp.b.map((b, r) => mustFlip(lp.sense[r]!, b));
    const sense = lp.sense.map((s, r) => (flipped[r] ? opposite(s) : s));
    const slacks = sense.flatMap((s, r) => (s === '=' ? [] : [r]));
    const artificials = sense.flatMap((s, r) => (s === '<=' ? [] : [r]));
    const firstArtificial = n + slacks.length;
    const width = firstArtificial + artificials.length + 1;
    const rhs = width - 1;
    const unit = new Array<number>(rowCount);
    const rows = lp.a.map((coeffs, r) => {
      const row = new Array<bigint>(width).fill(0n);
      const sign = flipped[r] ? -1n : 1n;
      coeffs.forEach((v, j) => (row[j] = sign * v));
      row[rhs] = sign * lp.b[r]!;
      return row;
    });
    slacks.forEach((r, k) => {
      rows[r]![n + k] = sense[r] === '<=' ? 1n : -1n;
      if (sense[r] === '<=') unit[r] = n + k;
    });
    artificials.forEach((r, k) => {
      rows[r]![firstArtificial + k] = 1n;
      unit[r] = firstArtificial + k;
    });
    const own = new Array<bigint>(width).fill(0n);
    lp.c.forEach((v, j) => (own[j] = -v));
    return new IntegerTableau(rows, [phaseOneRow(rows, artificials, firstArtificial), own], [...unit], n, firstArtificial, unit, flipped);
  }

  get rowCount(): number {
    return this.basis.length;
  }
  get denominator(): bigint {
    return this.d;
  }
  get hasArtificials(): boolean {
    return this.unit.some((u) => u >= this.firstArtificial);
  }
  /** d * the current objective value (phase 1's while it is carried, else the LP's). */
  get objectiveValue(): bigint {
    const obj = this.m[this.rowCount]!;
    return obj[obj.length - 1]!;
  }

  isArtificial(column: number): boolean {
    return column >= this.firstArtificial;
  }
  basic(row: number): number {
    return this.basis[row]!;
  }
  entry(row: number, column: number): bigint {
    return this.m[row]![column]!;
  }

  /** Phase 1 is over: its objective row is no longer needed. */
  dropPhaseOne(): void {
    this.m.splice(this.rowCount, 1);
  }

  /** Bland's entering column: the first non-artificial one with negative reduced cost, or -1. */
  enteringColumn(): number {
    const obj = this.m[this.rowCount]!;
    for (let j = 0; j < this.firstArtificial; j++) if (obj[j]! < 0n) return j;
    return -1;
  }

  /**
   * The minimum-ratio row for the entering column, or -1 if no entry is positive (an unbounded ray).
   * Ties go to a basic artificial first (to drive it out; artificials never re-enter, so no cycle can
   * pass through one and Bland's argument is unaffected), then to the smallest basic index (Bland).
   */
  leavingRow(column: number): number {
    const rhs = this.m[0]!.length - 1;
    let best = -1;
    for (let i = 0; i < this.rowCount; i++) {
      const a = this.m[i]![column]!;
      if (a <= 0n) continue;
      if (best < 0) {
        best = i;
        continue;
      }
      // rhs_i / a_i versus rhs_best / a_best, cross-multiplied (both a's > 0; d cancels).
      const cmp = this.m[i]![rhs]! * this.m[best]![column]! - this.m[best]![rhs]! * a;
      if (cmp < 0n || (cmp === 0n && this.leavesFirst(this.basis[i]!, this.basis[best]!))) best = i;
    }
    return best;
  }

  /** A non-artificial column with a nonzero entry in this row, or -1 (the row is redundant). */
  nonArtificialIn(row: number): number {
    const r = this.m[row]!;
    for (let j = 0; j < this.firstArtificial; j++) if (r[j] !== 0n) return j;
    return -1;
  }

  /**
   * The fraction-free pivot: M[i][j] <- (M[i][j] p - M[i][c] M[r][j]) / d for every other row (exact:
   * the result is a minor of the data), the pivot row unchanged, d <- p; if p < 0 every row is negated
   * as well so that d stays positive (see the class comment).
   */
  pivot(row: number, column: number): void {
    const pivotRow = this.m[row]!;
    const p = pivotRow[column]!;
    if (p === 0n) throw new Error('pivot on a zero entry (a bug)');
    const sign = p < 0n ? -1n : 1n;
    const d = this.d;
    for (let i = 0; i < this.m.length; i++) {
      if (i !== row) updateRow(this.m[i]!, pivotRow, column, p, d, sign);
    }
    if (sign < 0n) for (let j = 0; j < pivotRow.length; j++) pivotRow[j] = -pivotRow[j]!;
    this.d = sign * p;
    this.basis[row] = column;
  }

  /** Numerators over d of the structural basic solution. */
  primal(): bigint[] {
    const x = new Array<bigint>(this.n).fill(0n);
    const rhs = this.m[0]!.length - 1;
    this.basis.forEach((b, i) => {
      if (b < this.n) x[b] = this.m[i]![rhs]!;
    });
    return x;
  }

  /**
   * Numerators over d of the duals of the original rows: y_r = (reduced cost + cost) of row r's unit
   * column, read off the current objective row; `unitCost` is that cost (phase 1: -1 on artificials,
   * phase 2: 0). Rows that were negated get their sign back.
   */
  dual(unitCost: (column: number) => bigint): bigint[] {
    const obj = this.m[this.rowCount]!;
    return this.unit.map((u, r) => {
      const y = obj[u]! + unitCost(u) * this.d;
      return this.flipped[r] ? -y : y;
    });
  }

  /**
   * The structural part of the edge along which `column` enters, as numerators over d: +d on the
   * entering variable, minus its column on the basic ones. With no positive entry in that column,
   * moving along it stays feasible for ever and raises the objective by -(reduced cost) per unit.
   */
  ray(column: number): bigint[] {
    const r = new Array<bigint>(this.n).fill(0n);
    if (column < this.n) r[column] = this.d;
    this.basis.forEach((b, i) => {
      if (b < this.n) r[b] = -this.m[i]![column]!;
    });
    return r;
  }

  private leavesFirst(a: number, b: number): boolean {
    const artA = this.isArtificial(a);
    return artA !== this.isArtificial(b) ? artA : a < b;
  }
}

/** Negate a row when that makes its right-hand side >= 0, or turns >= 0 into <= 0 (slack basic). */
function mustFlip(sense: RowSense, b: bigint): boolean {
  return b < 0n || (b === 0n && sense === '>=');
}

/**
 * Phase 1 maximises minus the sum of the artificials, whose rows start basic with cost -1: reduced
 * costs and value are minus the sum of those rows, and 0 on the artificial columns themselves.
 */
function phaseOneRow(rows: readonly (readonly bigint[])[], artificials: readonly number[], firstArtificial: number): bigint[] {
  const width = rows[0]?.length ?? firstArtificial + 1;
  const obj = new Array<bigint>(width).fill(0n);
  for (const r of artificials) {
    for (let j = 0; j < width; j++) if (j < firstArtificial || j === width - 1) obj[j] = obj[j]! - rows[r]![j]!;
  }
  return obj;
}

function opposite(s: RowSense): RowSense {
  return s === '<=' ? '>=' : s === '>=' ? '<=' : '=';
}

function updateRow(target: bigint[], pivotRow: readonly bigint[], column: number, p: bigint, d: bigint, sign: bigint): void {
  const f = target[column]!;
  if (f === 0n) {
    if (p === d) return; // multiplied by p / d = 1
    for (let j = 0; j < target.length; j++) if (target[j] !== 0n) target[j] = (sign * target[j]! * p) / d;
    return;
  }
  for (let j = 0; j < target.length; j++) target[j] = (sign * (target[j]! * p - f * pivotRow[j]!)) / d;
}
