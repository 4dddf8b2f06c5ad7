import { Rational } from '../numbers/Rational.ts';
import { type Matrix, solveAffine, vecEquals } from './linearAlgebra.ts';

/**
 * The vertices of the polytope {x >= 0 : M x = e} (bounded in every use here: x lies in a simplex),
 * as exact basic feasible solutions: for every support S whose columns of M are independent, the unique
 * solution on S, kept when non-negative. Exponential in the number of columns, fine for n <= 8 outcomes.
 */
export function polytopeVertices(M: Matrix, e: readonly Rational[]): Rational[][] {
  const n = M[0]?.length ?? 0;
  const found: Rational[][] = [];
  for (let mask = 1; mask < 1 << n; mask++) {
    const support = Array.from({ length: n }, (_, j) => j).filter((j) => mask & (1 << j));
    const sol = solveAffine(
      M.map((row) => support.map((j) => row[j]!)),
      e,
    );
    if (!sol || sol.nullspace.length > 0 || sol.particular.some((v) => v.sign() < 0)) continue;
    const x = Array.from({ length: n }, () => Rational.ZERO);
    support.forEach((j, k) => (x[j] = sol.particular[k]!));
    if (!found.some((v) => vecEquals(v, x))) found.push(x);
  }
  return found.sort(compareVectors);
}

/** Lexicographic order, so that reports list vertices deterministically. */
export function compareVectors(a: readonly Rational[], b: readonly Rational[]): number {
  for (let i = 0; i < a.length; i++) {
    const c = a[i]!.compare(b[i]!);
    if (c !== 0) return c;
  }
  return 0;
}

/** Membership in {x >= 0 : M x = e}, exactly. */
export function inPolytope(M: Matrix, e: readonly Rational[], x: readonly Rational[]): boolean {
  return x.every((v) => v.sign() >= 0) && M.every((row, i) => Rational.sum(row.map((v, j) => v.mul(x[j]!))).equals(e[i]!));
}
