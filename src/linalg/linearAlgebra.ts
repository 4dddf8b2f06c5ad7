import { Rational } from '../numbers/Rational.ts';

export type Matrix = readonly (readonly Rational[])[];

/** The solution set {x : M x = e} as x0 + span(nullspace), or undefined when the system is inconsistent. */
export interface AffineSolution {
  readonly particular: readonly Rational[];
  readonly nullspace: readonly (readonly Rational[])[];
}

/** Exact Gauss-Jordan elimination over the rationals (no pivoting tolerance: pivots are exact non-zeros). */
export function solveAffine(M: Matrix, e: readonly Rational[]): AffineSolution | undefined {
  const cols = M[0]?.length ?? 0;
  const rows = M.map((row, i) => [...row, e[i]!]);
  const pivots: number[] = [];
  let r = 0;
  for (let c = 0; c < cols && r < rows.length; c++) {
    const p = rows.findIndex((row, i) => i >= r && !row[c]!.isZero());
    if (p < 0) continue;
    [rows[r], rows[p]] = [rows[p]!, rows[r]!];
    const pivot = rows[r]![c]!;
    rows[r] = rows[r]!.map((v) => v.div(pivot));
    rows.forEach((row, i) => {
      if (i !== r && !row[c]!.isZero()) {
        const k = row[c]!;
        rows[i] = row.map((v, j) => v.sub(k.mul(rows[r]![j]!)));
      }
    });
    pivots.push(c);
    r++;
  }
  if (rows.slice(r).some((row) => !row[cols]!.isZero())) return undefined;
  const particular = Array.from({ length: cols }, () => Rational.ZERO);
  pivots.forEach((c, i) => (particular[c] = rows[i]![cols]!));
  const free = Array.from({ length: cols }, (_, c) => c).filter((c) => !pivots.includes(c));
  const nullspace = free.map((f) => {
    const v = Array.from({ length: cols }, (_, c) => (c === f ? Rational.ONE : Rational.ZERO));
    pivots.forEach((c, i) => (v[c] = rows[i]![f]!.neg()));
    return v;
  });
  return { particular, nullspace };
}

export function matVec(M: Matrix, x: readonly Rational[]): Rational[] {
  return M.map((row) => Rational.sum(row.map((v, j) => v.mul(x[j]!))));
}

export function dot(a: readonly Rational[], b: readonly Rational[]): Rational {
  return Rational.sum(a.map((v, i) => v.mul(b[i]!)));
}

export function vecEquals(a: readonly Rational[], b: readonly Rational[]): boolean {
  return a.length === b.length && a.every((v, i) => v.equals(b[i]!));
}
