import type { Rational } from '../numbers/Rational.ts';
import type { Matrix } from './linearAlgebra.ts';

/**
 * Whether the symmetric rational matrix M is positive semidefinite, decided exactly by symmetric
 * Gaussian elimination (an LDL^T without pivoting): with d = M[k][k],
 * - d < 0: not PSD (e_k^T M e_k < 0);
 * - d = 0: PSD only if row k is zero (else a 2x2 principal minor [[0, b], [b, c]] has determinant -b^2 < 0),
 *   and then row and column k can be dropped;
 * - d > 0: M is PSD iff the Schur complement M' - m m^T / d is (congruence by an invertible matrix).
 * Exact rationals throughout: no tolerance, so the answer on a singular matrix (an eigenvalue exactly 0) is right.
 */
export function isPositiveSemidefinite(M: Matrix): boolean {
  let rows = M.map((row) => [...row]);
  while (rows.length > 0) {
    const [head, ...rest] = rows;
    const d = head![0]!;
    if (d.sign() < 0) return false;
    if (d.isZero()) {
      if (head!.some((v) => !v.isZero())) return false;
      rows = rest.map((row) => row.slice(1));
      continue;
    }
    rows = rest.map((row) => row.slice(1).map((v, j) => v.sub(row[0]!.mul(head![j + 1]!).div(d))));
  }
  return true;
}

/** -M is PSD: the quadratic form of M is concave (x^T M x <= 0 for all x). */
export function isNegativeSemidefinite(M: Matrix): boolean {
  return isPositiveSemidefinite(M.map((row) => row.map((v) => v.neg())));
}

/** P^T M P for a rational matrix M (m x m) and P (m x k): M's form on the column space of P. */
export function congruence(M: Matrix, P: Matrix): Rational[][] {
  const k = P[0]?.length ?? 0;
  const MP = M.map((row) => Array.from({ length: k }, (_, j) => sumOf(row.map((v, i) => v.mul(P[i]![j]!)))));
  return Array.from({ length: k }, (_, a) => Array.from({ length: k }, (_, b) => sumOf(P.map((row, i) => row[a]!.mul(MP[i]![b]!)))));
}

function sumOf(xs: readonly Rational[]): Rational {
  return xs.reduce((s, x) => s.add(x));
}
