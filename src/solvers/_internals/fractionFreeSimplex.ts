/**
 * maximise c.z subject to B z <= b, z >= 0, with integer data and b >= 0 (so the slack basis is feasible
 * and no phase 1 is needed). Fraction-free (Edmonds / Bareiss) tableau pivoting keeps every entry an
 * integer: the real tableau is M / d, where d is the last pivot, and each update divides exactly.
 * Bland's rule (smallest eligible index) cannot cycle, so it terminates. Synchronous and exact; the
 * caller checks the returned primal-dual pair (it is not trusted).
 *
 * Returns the optimum as fractions over a common denominator: z = zNum / den, y = yNum / den
 * (y the optimal dual: y >= 0, B^T y >= c, b.y = c.z), or undefined when the LP is unbounded.
 */
export interface FractionFreeOptimum {
  readonly zNum: readonly bigint[];
  readonly yNum: readonly bigint[];
  readonly den: bigint;
}

export function maximizeFromOrigin(B: readonly (readonly bigint[])[], b: readonly bigint[], c: readonly bigint[]): FractionFreeOptimum | undefined {
  const m = B.length;
  const n = c.length;
  if (b.some((v) => v < 0n)) throw new RangeError('maximizeFromOrigin needs b >= 0');
  const width = n + m + 1; // structural, slack, rhs
  const rhs = n + m;
  // Row m is the objective row holding -c (reduced costs; optimal when all >= 0).
  const M: bigint[][] = B.map((row, i) => {
    const r = new Array<bigint>(width).fill(0n);
    for (let j = 0; j < n; j++) r[j] = row[j]!;
    r[n + i] = 1n;
    r[rhs] = b[i]!;
    return r;
  });
  const obj = new Array<bigint>(width).fill(0n);
  for (let j = 0; j < n; j++) obj[j] = -c[j]!;
  M.push(obj);
  const basis = Array.from({ length: m }, (_, i) => n + i);
  let d = 1n;
  for (;;) {
    let enter = -1;
    for (let j = 0; j < n + m; j++) if (M[m]![j]! < 0n) { enter = j; break; }
    if (enter < 0) break;
    // Ratio test rhs_i / a_i over a_i > 0 (common factor d cancels); ties: smallest basic index (Bland).
    let leave = -1;
    for (let i = 0; i < m; i++) {
      const a = M[i]![enter]!;
      if (a <= 0n) continue;
      if (leave < 0) { leave = i; continue; }
      const lhs = M[i]![rhs]! * M[leave]![enter]!;
      const rhsCmp = M[leave]![rhs]! * a;
      if (lhs < rhsCmp || (lhs === rhsCmp && basis[i]! < basis[leave]!)) leave = i;
    }
    if (leave < 0) return undefined;
    const p = M[leave]![enter]!;
    const pivotRow = M[leave]!;
    for (let i = 0; i <= m; i++) {
      if (i === leave) continue;
      const row = M[i]!;
      const f = row[enter]!;
      for (let j = 0; j < width; j++) row[j] = (row[j]! * p - f * pivotRow[j]!) / d;
    }
    d = p;
    basis[leave] = enter;
  }
  const zNum = new Array<bigint>(n).fill(0n);
  basis.forEach((v, i) => {
    if (v < n) zNum[v] = M[i]![rhs]!;
  });
  // Basic columns hold d on their row; the objective row's slack entries are d * y.
  const yNum = Array.from({ length: m }, (_, i) => M[m]![n + i]!);
  return { zNum, yNum, den: d };
}
