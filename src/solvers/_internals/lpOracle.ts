import { Rational } from '../../numbers/Rational.ts';
import { LpInfeasibleError, LpUnboundedError, type LinearProgram, type LpSolution, type RowSense } from '../LinearProgram.ts';

/**
 * For tests: the three LP certificates re-checked in Rational arithmetic on the original (unscaled)
 * data, sharing no code with the integer checks in checkLpCertificate, and the outcome of a solve
 * (optimal, or one of the two errors) as a value. Each check returns the first failure or undefined.
 */
export type LpOutcome =
  | { readonly kind: 'optimal'; readonly solution: LpSolution }
  | { readonly kind: 'infeasible'; readonly farkas: readonly Rational[] }
  | { readonly kind: 'unbounded'; readonly point: readonly Rational[]; readonly ray: readonly Rational[] };

export async function outcomeOf(solve: () => LpSolution | Promise<LpSolution>): Promise<LpOutcome> {
  try {
    return { kind: 'optimal', solution: await solve() };
  } catch (e) {
    if (e instanceof LpInfeasibleError) return { kind: 'infeasible', farkas: e.farkas };
    if (e instanceof LpUnboundedError) return { kind: 'unbounded', point: e.point, ray: e.ray };
    throw e;
  }
}

/** Whichever certificate the outcome carries, checked. */
export function outcomeFailure(lp: LinearProgram, o: LpOutcome): string | undefined {
  if (o.kind === 'optimal') return optimalityFailure(lp, o.solution);
  return o.kind === 'infeasible' ? farkasFailure(lp, o.farkas) : rayFailure(lp, o.point, o.ray);
}

export function optimalityFailure(lp: LinearProgram, s: LpSolution): string | undefined {
  const failure = feasibilityFailure(lp, s.x, true) ?? dualFailure(lp, s.y, lp.objective);
  if (failure) return failure;
  const by = Rational.sum(lp.rows.map((r, i) => r.rhs.mul(s.y[i]!)));
  if (!lp.value(s.x).equals(s.value)) return 'value is not c.x';
  return by.equals(s.value) ? undefined : 'b.y differs from c.x';
}

export function farkasFailure(lp: LinearProgram, y: readonly Rational[]): string | undefined {
  const failure = dualFailure(lp, y, lp.objective.map(() => Rational.ZERO));
  if (failure) return failure;
  return Rational.sum(lp.rows.map((r, i) => r.rhs.mul(y[i]!))).sign() < 0 ? undefined : 'b.y >= 0';
}

export function rayFailure(lp: LinearProgram, point: readonly Rational[], ray: readonly Rational[]): string | undefined {
  const failure = feasibilityFailure(lp, point, true) ?? feasibilityFailure(lp, ray, false);
  if (failure) return failure;
  return lp.value(ray).sign() > 0 ? undefined : 'c.ray <= 0';
}

function feasibilityFailure(lp: LinearProgram, x: readonly Rational[], withRhs: boolean): string | undefined {
  if (x.length !== lp.variables || x.some((v) => v.sign() < 0)) return 'x is not a nonnegative vector';
  const bad = lp.rows.findIndex((r) => {
    const d = Rational.sum(r.coeffs.map((a, j) => a.mul(x[j]!))).sub(withRhs ? r.rhs : Rational.ZERO).sign();
    return !holds(r.sense, d);
  });
  return bad < 0 ? undefined : `row ${bad} violated`;
}

/** y_r >= 0 on <=, <= 0 on >=; A^T y >= c. */
function dualFailure(lp: LinearProgram, y: readonly Rational[], c: readonly Rational[]): string | undefined {
  if (y.length !== lp.rows.length) return 'y has the wrong length';
  const sign = lp.rows.findIndex((r, i) => (r.sense === '<=' && y[i]!.sign() < 0) || (r.sense === '>=' && y[i]!.sign() > 0));
  if (sign >= 0) return `sign of y_${sign}`;
  const col = c.findIndex((cj, j) => Rational.sum(lp.rows.map((r, i) => r.coeffs[j]!.mul(y[i]!))).lt(cj));
  return col < 0 ? undefined : `A^T y < c in column ${col}`;
}

function holds(sense: RowSense, sign: number): boolean {
  return sense === '<=' ? sign <= 0 : sense === '>=' ? sign >= 0 : sign === 0;
}
