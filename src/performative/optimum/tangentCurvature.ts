import type { Rational } from '../../numbers/Rational.ts';
import type { Matrix } from '../../linalg/linearAlgebra.ts';

/** The curvature of p^T H p along a face of the simplex ('negative-definite' implies 'negative-semidefinite'). */
export type Curvature = 'negative-definite' | 'negative-semidefinite' | 'indefinite';

/**
 * The sign of the form p^T H p on the tangent space of the face with support S (directions d with
 * sum d = 0 and d_j = 0 off S), exactly: the Gram matrix B_ij = (e_i - e_s)^T H (e_j - e_s) over i, j in
 * S \ {s} (s the first index of S), tested by symmetric elimination in the rationals. Examples on an edge:
 * H = I (Phi = |p|^2) has B = [2], indefinite (convex along the edge: no maximiser inside it); H = -I has
 * B = [-2], negative definite; the all-ones H (Phi = (sum p)^2 = 1) has B = [0], negative semidefinite.
 */
export function tangentCurvature(H: Matrix, support: readonly number[]): Curvature {
  const s = support[0]!;
  const rest = support.slice(1);
  const A = rest.map((i) => rest.map((j) => H[i]![j]!.sub(H[i]![s]!).sub(H[s]![j]!).add(H[s]![s]!).neg()));
  return semidefinite(A);
}

/**
 * Whether the symmetric A (= -B) is positive semidefinite, by elimination on positive diagonal pivots:
 * a negative diagonal entry refutes it; a zero one needs a zero row (else the minor [[0, b], [b, c]] has
 * determinant -b^2 < 0), which is then dropped and makes A singular; Schur complements of PSD matrices on
 * a positive pivot are PSD and conversely.
 */
function semidefinite(A: readonly (readonly Rational[])[]): Curvature {
  let definite = true;
  let M = A;
  while (M.length > 0) {
    if (M.some((row, i) => row[i]!.sign() < 0)) return 'indefinite';
    const zero = M.map((row, i) => (row[i]!.isZero() ? i : -1)).filter((i) => i >= 0);
    if (zero.some((i) => M[i]!.some((v) => !v.isZero()))) return 'indefinite';
    if (zero.length > 0) {
      definite = false;
      const kept = M.map((_, i) => i).filter((i) => !zero.includes(i));
      M = kept.map((i) => kept.map((j) => M[i]![j]!));
      continue;
    }
    M = schurComplement(M);
  }
  return definite ? 'negative-definite' : 'negative-semidefinite';
}

/** The Schur complement of the (positive) pivot (0, 0). */
function schurComplement(M: readonly (readonly Rational[])[]): Rational[][] {
  const pivot = M[0]![0]!;
  return M.slice(1).map((row) => row.slice(1).map((v, j) => v.sub(row[0]!.mul(M[0]![j + 1]!).div(pivot))));
}
