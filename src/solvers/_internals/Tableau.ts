import { Rational } from '../../numbers/Rational.ts';
import type { LinearProgram } from '../LinearProgram.ts';

const ZERO = Rational.ZERO;
const ONE = Rational.ONE;

/**
 * The dense simplex tableau behind exactSimplex (mutable, private to it). Columns: structural variables,
 * then one slack/surplus per inequality row, then one artificial per row. The artificial columns start as
 * the identity, so at the end they hold B^{-1}, from which the dual y = c_B B^{-1} is read
 * (Chvátal, Linear Programming, ch. 10). Rows with negative right-hand side are negated first (b >= 0).
 */
export class Tableau {
  private readonly obj: Rational[];
  private objRhs = ZERO;

  private constructor(
    private readonly a: Rational[][],
    private readonly rhs: Rational[],
    private readonly basis: number[],
    private readonly firstArtificial: number,
    private readonly flipped: boolean[],
  ) {
    this.obj = new Array<Rational>(a[0]?.length ?? 0).fill(ZERO);
  }

  static standardForm(lp: LinearProgram): Tableau {
    const n = lp.variables;
    const m = lp.rows.length;
    const slackOf = new Map<number, number>();
    lp.rows.forEach((r, i) => r.sense !== '=' && slackOf.set(i, n + slackOf.size));
    const firstArtificial = n + slackOf.size;
    const width = firstArtificial + m;
    const flipped = lp.rows.map((r) => r.rhs.sign() < 0);
    const a = lp.rows.map((r, i) => {
      const row = new Array<Rational>(width).fill(ZERO);
      r.coeffs.forEach((c, j) => (row[j] = c));
      const s = slackOf.get(i);
      if (s !== undefined) row[s] = r.sense === '<=' ? ONE : ONE.neg();
      if (flipped[i]) row.forEach((c, j) => (row[j] = c.neg()));
      row[firstArtificial + i] = ONE;
      return row;
    });
    const rhs = lp.rows.map((r) => r.rhs.abs());
    return new Tableau(a, rhs, lp.rows.map((_, i) => firstArtificial + i), firstArtificial, flipped);
  }

  /** Phase 1: maximise -sum(artificials). True iff the LP is feasible (optimum 0). */
  phaseOne(): boolean {
    const cost = (j: number): Rational => (j >= this.firstArtificial ? ONE.neg() : ZERO);
    this.setObjective(cost);
    this.optimise(this.obj.length);
    if (this.objRhs.sign() !== 0) return false;
    this.driveOutArtificials();
    return true;
  }

  /** Phase 2 on the original objective; artificials may never re-enter. False iff unbounded. */
  phaseTwo(objective: readonly Rational[]): boolean {
    this.setObjective((j) => objective[j] ?? ZERO);
    return this.optimise(this.firstArtificial);
  }

  primal(n: number): Rational[] {
    const x = new Array<Rational>(n).fill(ZERO);
    this.basis.forEach((b, i) => b < n && (x[b] = this.rhs[i]!));
    return x;
  }

  /** y_r = (c_B B^{-1})_r, sign-corrected for rows that were negated. */
  dual(): Rational[] {
    return this.rhs.map((_, r) => {
      const y = this.obj[this.firstArtificial + r]!;
      return this.flipped[r] ? y.neg() : y;
    });
  }

  /** obj[j] = c_B B^{-1} A_j - c_j (reduced costs; all >= 0 at a maximum). */
  private setObjective(cost: (j: number) => Rational): void {
    for (let j = 0; j < this.obj.length; j++) {
      this.obj[j] = Rational.sum(this.basis.map((b, i) => cost(b).mul(this.a[i]![j]!))).sub(cost(j));
    }
    this.objRhs = Rational.sum(this.basis.map((b, i) => cost(b).mul(this.rhs[i]!)));
  }

  /** Bland's rule pivots until optimal (true) or an unbounded ray is found (false). */
  private optimise(eligible: number): boolean {
    for (;;) {
      const enter = this.obj.findIndex((d, j) => j < eligible && d.sign() < 0);
      if (enter < 0) return true;
      const leave = this.ratioTest(enter);
      if (leave < 0) return false;
      this.pivot(leave, enter);
    }
  }

  /** Minimum ratio; ties go to the row whose basic variable has the smallest index (Bland). */
  private ratioTest(enter: number): number {
    let best = -1;
    let bestRatio = ZERO;
    this.a.forEach((row, i) => {
      const c = row[enter]!;
      if (c.sign() <= 0) return;
      const ratio = this.rhs[i]!.div(c);
      const cmp = best < 0 ? -1 : ratio.compare(bestRatio);
      if (cmp < 0 || (cmp === 0 && this.basis[i]! < this.basis[best]!)) {
        best = i;
        bestRatio = ratio;
      }
    });
    return best;
  }

  private pivot(r: number, c: number): void {
    const pr = this.a[r]!;
    const p = pr[c]!;
    for (let j = 0; j < pr.length; j++) pr[j] = pr[j]!.div(p);
    this.rhs[r] = this.rhs[r]!.div(p);
    const eliminate = (row: Rational[], f: Rational): void => {
      for (let j = 0; j < row.length; j++) if (!pr[j]!.isZero()) row[j] = row[j]!.sub(f.mul(pr[j]!));
    };
    this.a.forEach((row, i) => {
      const f = row[c]!;
      if (i === r || f.isZero()) return;
      eliminate(row, f);
      this.rhs[i] = this.rhs[i]!.sub(f.mul(this.rhs[r]!));
    });
    const f = this.obj[c]!;
    if (!f.isZero()) {
      eliminate(this.obj, f);
      this.objRhs = this.objRhs.sub(f.mul(this.rhs[r]!));
    }
    this.basis[r] = c;
  }

  /**
   * After phase 1 an artificial may stay basic at level 0; pivot it out on any non-artificial column.
   * If its row has none, the row is a combination of the others (redundant) and stays inert: it has
   * zeros in every eligible column, so the ratio test never selects it.
   */
  private driveOutArtificials(): void {
    this.basis.forEach((b, i) => {
      if (b < this.firstArtificial) return;
      const c = this.a[i]!.findIndex((v, j) => j < this.firstArtificial && !v.isZero());
      if (c >= 0) this.pivot(i, c);
    });
  }
}
