import { LpInfeasibleError, LpUnboundedError } from '../LinearProgram.ts';
import { checkInfeasibility, checkLpCertificate, checkUnboundedness } from './checkLpCertificate.ts';
import { dixonSolve } from './dixonSolve.ts';
import { highsBasis } from './highsBasis.ts';
import { integerSimplex } from './integerSimplex.ts';
import { unscaleDual, type ScaledLp } from './ScaledLp.ts';
import { toRationals, type ScaledVector } from './ScaledVector.ts';

export type CertifiedBy = 'highs+certificate' | 'exact-simplex';

/** A certified optimal primal-dual pair of the integer-scaled LP (see ScaledLp for the dual scaling). */
export interface CertifiedScaledLp {
  readonly scaled: ScaledLp;
  readonly x: ScaledVector;
  readonly y: ScaledVector;
  readonly certifiedBy: CertifiedBy;
  /** HiGHS's own solve time (undefined if HiGHS was not used or failed). */
  readonly floatMs?: number;
}

export interface SolveOptions {
  /** Skip HiGHS and solve with the exact simplex alone (for tests and cross-checks). */
  readonly exactOnly?: boolean;
}

/**
 * A problem-specific exact check of a proposed primal-dual pair, run after the LP certificate passed:
 * undefined when accepted, else the reason.
 */
export type Verifier = (lp: ScaledLp, x: ScaledVector, y: ScaledVector) => string | undefined;

/**
 * The certified LP, asynchronous: HiGHS proposes an optimal basis, the basis systems are solved exactly
 * (dixonSolve), and the pair is accepted only if the LP certificate and `verify` pass. Any failure (no
 * basis, singular basis, a check rejected) falls back to the synchronous path below.
 */
export async function certifiedLp(scaled: ScaledLp, options: SolveOptions = {}, verify?: Verifier): Promise<CertifiedScaledLp> {
  let floatMs: number | undefined;
  if (!options.exactOnly) {
    const basis = await highsBasis(scaled);
    floatMs = basis?.floatMs;
    const fromBasis = basis && solveBasis(scaled, basis.basicColumns, basis.tightRows);
    if (fromBasis && rejection(scaled, fromBasis.x, fromBasis.y, verify) === undefined) {
      return { scaled, ...fromBasis, certifiedBy: 'highs+certificate', floatMs };
    }
  }
  return { ...certifiedLpSync(scaled, verify), floatMs };
}

/**
 * The certified LP, synchronous: the exact simplex alone, whose answer must pass the same checks (a
 * failure is a bug). Infeasible and unbounded LPs throw LpInfeasibleError / LpUnboundedError, each
 * only after its own certificate (Farkas vector, feasible point and ray) has been checked.
 */
export function certifiedLpSync(scaled: ScaledLp, verify?: Verifier): CertifiedScaledLp {
  const outcome = integerSimplex(scaled);
  if (outcome.kind === 'infeasible') {
    bugUnless(checkInfeasibility(scaled, outcome.farkas));
    throw new LpInfeasibleError(unscaleDual(scaled, outcome.farkas));
  }
  if (outcome.kind === 'unbounded') {
    bugUnless(checkUnboundedness(scaled, outcome.x, outcome.ray));
    throw new LpUnboundedError(toRationals(outcome.x), toRationals(outcome.ray));
  }
  bugUnless(rejection(scaled, outcome.x, outcome.y, verify));
  return { scaled, x: outcome.x, y: outcome.y, certifiedBy: 'exact-simplex' };
}

function rejection(lp: ScaledLp, x: ScaledVector, y: ScaledVector, verify: Verifier | undefined): string | undefined {
  return checkLpCertificate(lp, x, y) ?? verify?.(lp, x, y);
}

function bugUnless(failure: string | undefined): void {
  if (failure) throw new Error(`the exact simplex produced an uncertifiable answer (${failure}): a bug`);
}

/** x_B = M^{-1} b_T and y_T = M^{-T} c_B for M = A[tight rows][basic columns]; zero elsewhere. */
function solveBasis(lp: ScaledLp, cols: readonly number[], rows: readonly number[]): { x: ScaledVector; y: ScaledVector } | undefined {
  if (cols.length === 0) return undefined;
  const m = rows.map((r) => cols.map((j) => lp.a[r]![j]!));
  const sol = dixonSolve(m, rows.map((r) => lp.b[r]!), cols.map((j) => lp.c[j]!));
  if (!sol) return undefined;
  const x = new Array<bigint>(lp.c.length).fill(0n);
  cols.forEach((j, i) => (x[j] = sol.z.num[i]!));
  const y = new Array<bigint>(lp.b.length).fill(0n);
  rows.forEach((r, i) => (y[r] = sol.w.num[i]!));
  return { x: { num: x, den: sol.z.den }, y: { num: y, den: sol.w.den } };
}
