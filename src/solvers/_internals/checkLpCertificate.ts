import type { ScaledLp } from './ScaledLp.ts';
import { dotNumerators, type ScaledVector } from './ScaledVector.ts';

/**
 * The three LP certificates, checked exactly in integers (vectors are numerators over a positive common
 * denominator). Each returns the first failure, or undefined when certified. Dual signs follow
 * LinearProgram: y_r >= 0 on <= rows, y_r <= 0 on >= rows, free on = rows.
 *
 * Optimality (x = X/D, y = Y/E): primal feasibility (x >= 0, every row), dual feasibility (signs,
 * A^T y >= c) and equal objectives c.x = b.y. By weak duality these three make both x and y optimal
 * (Schrijver, Theory of Linear and Integer Programming, Cor. 7.1g).
 */
export function checkLpCertificate(lp: ScaledLp, x: ScaledVector, y: ScaledVector): string | undefined {
  const failure = primalViolation(lp, x, true) ?? dualViolation(lp, y, lp.c);
  if (failure) return failure;
  const cx = dotNumerators(lp.c, x);
  const by = dotNumerators(lp.b, y);
  return cx * y.den === by * x.den ? undefined : 'objectives differ';
}

/**
 * Infeasibility (Farkas' lemma, Schrijver Cor. 7.1e): y with the dual signs, A^T y >= 0 and b.y < 0.
 * For a feasible x, 0 <= y.(A x) <= b.y < 0 term by term, a contradiction: no feasible x exists.
 */
export function checkInfeasibility(lp: ScaledLp, y: ScaledVector): string | undefined {
  const failure = dualViolation(lp, y, lp.c.map(() => 0n));
  if (failure) return `Farkas ${failure}`;
  return dotNumerators(lp.b, y) < 0n ? undefined : 'Farkas: b.y is not negative';
}

/**
 * Unboundedness: a feasible x and a ray r >= 0 with A r <= 0, >= 0, = 0 by row sense and c.r > 0;
 * x + t r is feasible for every t >= 0 and its objective grows without bound.
 */
export function checkUnboundedness(lp: ScaledLp, x: ScaledVector, ray: ScaledVector): string | undefined {
  const failure = primalViolation(lp, x, true) ?? primalViolation(lp, ray, false);
  if (failure) return failure;
  return dotNumerators(lp.c, ray) > 0n ? undefined : 'ray: the objective does not grow';
}

/** x >= 0 and every row a_r.x (sense) b_r, or (withRhs false, a ray) a_r.x (sense) 0. */
function primalViolation(lp: ScaledLp, x: ScaledVector, withRhs: boolean): string | undefined {
  const what = withRhs ? 'primal' : 'ray';
  if (x.den <= 0n) return `${what}: non-positive common denominator`;
  if (x.num.some((v) => v < 0n)) return `${what}: negative variable`;
  for (let r = 0; r < lp.a.length; r++) {
    const ax = dotNumerators(lp.a[r]!, x);
    const bd = withRhs ? lp.b[r]! * x.den : 0n;
    const s = lp.sense[r]!;
    if ((s === '<=' && ax > bd) || (s === '>=' && ax < bd) || (s === '=' && ax !== bd)) return `${what}: row ${r}`;
  }
  return undefined;
}

/** The dual signs by row sense and A^T y >= c (numerators over y's denominator). */
function dualViolation(lp: ScaledLp, y: ScaledVector, c: readonly bigint[]): string | undefined {
  if (y.den <= 0n) return 'dual: non-positive common denominator';
  for (let r = 0; r < lp.a.length; r++) {
    const s = lp.sense[r]!;
    const yr = y.num[r]!;
    if ((s === '<=' && yr < 0n) || (s === '>=' && yr > 0n)) return `dual: sign of row ${r}`;
  }
  const support = y.num.flatMap((v, r) => (v === 0n ? [] : [r]));
  for (let j = 0; j < c.length; j++) {
    let aty = 0n;
    for (const r of support) aty += lp.a[r]![j]! * y.num[r]!;
    if (aty < c[j]! * y.den) return `dual: column ${j}`;
  }
  return undefined;
}
