import { congruence, isPositiveSemidefinite } from '../linalg/isPositiveSemidefinite.ts';
import type { Matrix } from '../linalg/linearAlgebra.ts';
import { Rational } from '../numbers/Rational.ts';
import { rootOf } from './numberValue.ts';
import type { QuantityValue } from './QuantityValue.ts';

/** Bisection steps on lambda when the float proposal fails: the enclosure of lambda_max is then n 2^-STEPS wide. */
const STEPS = 60;
/** Relative half-widths tried around the float estimate of lambda_max before falling back to bisection. */
const MARGINS = ['1/1000000000000', '1/1000000000', '1/1000000'].map((m) => Rational.of(m));

/**
 * ||A||_T = max ||A x|| / ||x|| over x != 0 with sum x = 0, for a column-stochastic A (which maps the
 * tangent space T = {x : sum x = 0} into itself: 1^T A = 1^T). With P = [e_1 - e_n, ..., e_{n-1} - e_n]
 * a basis of T, ||A||_T^2 = lambda_max of the pencil (B, C), B = P^T A^T A P, C = P^T P (positive definite),
 * and t >= lambda_max exactly when t C - B is positive semidefinite. That is decided exactly
 * (isPositiveSemidefinite, rational LDL^T). A float power iteration proposes lambda_max; the bracket
 * [(1 - m) lambda~, (1 + m) lambda~] is accepted only when the exact test puts lambda_max inside it
 * (floats propose, exact arithmetic decides); otherwise bisection on t in [0, n] (||A||_2^2 <=
 * ||A||_1 ||A||_inf <= n for a column-stochastic A) brackets it. The root of the bracket is enclosed by
 * the certification engine. `columns[j]` is column j of A.
 */
export function tangentNorm(columns: readonly (readonly Rational[])[]): QuantityValue {
  const n = columns.length;
  const A: Matrix = Array.from({ length: n }, (_, i) => columns.map((col) => col[i]!));
  const P: Matrix = Array.from({ length: n }, (_, i) => Array.from({ length: n - 1 }, (_, j) => (i === j ? Rational.ONE : i === n - 1 ? Rational.of(-1) : Rational.ZERO)));
  const AtA = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => Rational.sum(A.map((row) => row[i]!.mul(row[j]!)))));
  const B = congruence(AtA, P);
  const C = congruence(identity(n), P);
  const above = (t: Rational) => isPositiveSemidefinite(C.map((row, i) => row.map((c, j) => t.mul(c).sub(B[i]![j]!))));
  if (above(Rational.ZERO)) return rootOf(Rational.ZERO, Rational.ZERO);
  const estimate = floatLambdaMax(B, C);
  for (const m of estimate > 0 ? MARGINS : []) {
    const guess = Rational.of(estimate);
    const [lo, hi] = [guess.mul(Rational.ONE.sub(m)), guess.mul(Rational.ONE.add(m))];
    if (!above(lo) && above(hi)) return rootOf(lo, hi);
  }
  let lo = Rational.ZERO;
  let hi = Rational.of(n);
  if (!above(hi)) throw new Error(`||A||_T^2 > ${n}: A is not column-stochastic`);
  for (let step = 0; step < STEPS; step++) {
    const mid = lo.add(hi).div(Rational.of(2));
    if (above(mid)) hi = mid;
    else lo = mid;
  }
  return rootOf(lo, hi);
}

function identity(n: number): Rational[][] {
  return Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? Rational.ONE : Rational.ZERO)));
}

/** lambda_max of B x = lambda C x by power iteration on C^-1 B in floats (a proposal only). */
function floatLambdaMax(B: Matrix, C: Matrix): number {
  const b = B.map((row) => row.map((v) => v.toNumber()));
  const c = C.map((row) => row.map((v) => v.toNumber()));
  const k = b.length;
  let x = Array.from({ length: k }, (_, i) => 1 + i / k);
  let lambda = 0;
  for (let it = 0; it < 500; it++) {
    const y = solve(c, b.map((row) => row.reduce((s, v, j) => s + v * x[j]!, 0)));
    if (!y) return 0;
    const norm = Math.hypot(...y);
    if (!(norm > 0)) return 0;
    x = y.map((v) => v / norm);
    const bx = b.map((row) => row.reduce((s, v, j) => s + v * x[j]!, 0));
    const cx = c.map((row) => row.reduce((s, v, j) => s + v * x[j]!, 0));
    const next = x.reduce((s, v, i) => s + v * bx[i]!, 0) / x.reduce((s, v, i) => s + v * cx[i]!, 0);
    if (Math.abs(next - lambda) <= 1e-15 * Math.abs(next)) return next;
    lambda = next;
  }
  return lambda;
}

/** Gaussian elimination with partial pivoting in floats, or undefined when singular. */
function solve(M: readonly (readonly number[])[], rhs: readonly number[]): number[] | undefined {
  const n = rhs.length;
  const a = M.map((row, i) => [...row, rhs[i]!]);
  for (let col = 0; col < n; col++) {
    let p = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(a[r]![col]!) > Math.abs(a[p]![col]!)) p = r;
    if (!(Math.abs(a[p]![col]!) > 0)) return undefined;
    [a[col], a[p]] = [a[p]!, a[col]!];
    for (let r = col + 1; r < n; r++) {
      const f = a[r]![col]! / a[col]![col]!;
      for (let j = col; j <= n; j++) a[r]![j]! -= f * a[col]![j]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) x[r] = (a[r]![n]! - a[r]!.slice(r + 1, n).reduce((s, v, j) => s + v * x[r + 1 + j]!, 0)) / a[r]![r]!;
  return x;
}
