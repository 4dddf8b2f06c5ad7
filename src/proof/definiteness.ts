import { Rational } from '../numbers/Rational.ts';

/**
 * The definiteness of a symmetric rational matrix, exactly, with a witness:
 * - 'definite': M = L D L^T with every pivot D_k > 0 (a sum of squares with positive weights:
 *   d^T M d = sum_k D_k (L^T d)_k^2 > 0 for d != 0);
 * - 'semidefinite': pivots >= 0 and `direction` a non-zero d with d^T M d = 0;
 * - 'indefinite': `direction` a d with d^T M d < 0.
 */
export type Definiteness =
  | { readonly kind: 'definite' }
  | { readonly kind: 'semidefinite'; readonly direction: readonly Rational[] }
  | { readonly kind: 'indefinite'; readonly direction: readonly Rational[] };

/** d with L^T d = y for unit lower-triangular L (back substitution). */
function solveUpper(L: readonly Rational[][], y: readonly Rational[]): Rational[] {
  const n = y.length;
  const d = [...y];
  for (let i = n - 1; i >= 0; i--) for (let j = i + 1; j < n; j++) d[i] = d[i]!.sub(L[j]![i]!.mul(d[j]!));
  return d;
}

const unit = (n: number, k: number): Rational[] => Array.from({ length: n }, (_, i) => (i === k ? Rational.ONE : Rational.ZERO));

/**
 * Symmetric Gaussian elimination without pivoting (Sylvester's criterion in its LDL^T form). At step k
 * the trailing block S is the Schur complement, and with y = L^T d, d^T M d = sum_{i<k} D_i y_i^2 +
 * y_S^T S y_S: a direction of S maps back through L^T. A zero pivot with a non-zero entry S_kj gives
 * v = c e_k + e_j with v^T S v = S_jj + 2 c S_kj < 0 for c = -(|S_jj| + 1) / (2 S_kj) sign-adjusted.
 */
export function definiteness(M: readonly (readonly Rational[])[]): Definiteness {
  const n = M.length;
  const S = M.map((row) => [...row]);
  const L = Array.from({ length: n }, (_, i) => unit(n, i));
  let zeroPivot: number | undefined;
  for (let k = 0; k < n; k++) {
    const pivot = S[k]![k]!;
    if (pivot.sign() < 0) return { kind: 'indefinite', direction: solveUpper(L, unit(n, k)) };
    if (pivot.isZero()) {
      const j = S[k]!.findIndex((v, col) => col > k && !v.isZero());
      if (j >= 0) {
        const c = S[j]![j]!.abs().add(Rational.ONE).neg().div(S[k]![j]!.mul(Rational.of(2)));
        const y = unit(n, j);
        y[k] = c;
        return { kind: 'indefinite', direction: solveUpper(L, y) };
      }
      zeroPivot ??= k;
      continue;
    }
    for (let i = k + 1; i < n; i++) {
      const l = S[i]![k]!.div(pivot);
      L[i]![k] = l;
      for (let j = k + 1; j < n; j++) S[i]![j] = S[i]![j]!.sub(l.mul(S[k]![j]!));
    }
  }
  return zeroPivot === undefined ? { kind: 'definite' } : { kind: 'semidefinite', direction: solveUpper(L, unit(n, zeroPivot)) };
}

/** d^T M d, exactly. */
export function quadraticForm(M: readonly (readonly Rational[])[], d: readonly Rational[]): Rational {
  return Rational.sum(M.map((row, i) => Rational.sum(row.map((m, j) => m.mul(d[i]!).mul(d[j]!)))));
}
