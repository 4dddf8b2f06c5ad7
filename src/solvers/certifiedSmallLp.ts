import { maximizeFromOrigin } from './_internals/fractionFreeSimplex.ts';

/** An optimal primal-dual pair of max c.z, B z <= b, z >= 0, over a common denominator, checked exactly. */
export interface CertifiedOptimum {
  readonly zNum: readonly bigint[];
  readonly yNum: readonly bigint[];
  readonly den: bigint;
  /** c.z * den = b.y * den: the optimum times den. */
  readonly valueNum: bigint;
}

/**
 * Solves the LP with the fraction-free simplex and accepts the answer only after an independent exact
 * check of LP duality: B z <= b, z >= 0, y >= 0, B^T y >= c and c.z = b.y (Schrijver, Theory of Linear
 * and Integer Programming, ch. 7). Throws if the LP is unbounded or the check fails (a bug).
 */
export function certifiedSmallLp(B: readonly (readonly bigint[])[], b: readonly bigint[], c: readonly bigint[]): CertifiedOptimum {
  const opt = maximizeFromOrigin(B, b, c);
  if (!opt) throw new Error('certifiedSmallLp: the LP is unbounded');
  const { zNum, yNum, den } = opt;
  if (den <= 0n) throw new Error('certifiedSmallLp: non-positive denominator (a bug)');
  if (zNum.some((v) => v < 0n) || yNum.some((v) => v < 0n)) throw new Error('certifiedSmallLp: negative primal or dual entry (a bug)');
  B.forEach((row, i) => {
    const lhs = row.reduce((s, a, j) => s + a * zNum[j]!, 0n);
    if (lhs > b[i]! * den) throw new Error(`certifiedSmallLp: primal row ${i} violated (a bug)`);
  });
  c.forEach((cj, j) => {
    const lhs = B.reduce((s, row, i) => s + row[j]! * yNum[i]!, 0n);
    if (lhs < cj * den) throw new Error(`certifiedSmallLp: dual column ${j} violated (a bug)`);
  });
  const primal = c.reduce((s, cj, j) => s + cj * zNum[j]!, 0n);
  const dual = b.reduce((s, bi, i) => s + bi * yNum[i]!, 0n);
  if (primal !== dual) throw new Error('certifiedSmallLp: primal and dual objectives differ (a bug)');
  return { zNum, yNum, den, valueNum: primal };
}
