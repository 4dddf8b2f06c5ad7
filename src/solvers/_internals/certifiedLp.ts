import { Rational } from '../../numbers/Rational.ts';
import { LinearProgram } from '../LinearProgram.ts';
import { exactSimplex } from '../exactSimplex.ts';
import { checkLpCertificate } from './checkLpCertificate.ts';
import { dixonSolve } from './dixonSolve.ts';
import { highsBasis } from './highsBasis.ts';
import type { ScaledLp } from './ScaledLp.ts';
import { fromRationals, type ScaledVector } from './ScaledVector.ts';

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

/** An exact check of a proposed primal-dual pair: undefined when certified, else the reason. */
export type Verifier = (lp: ScaledLp, x: ScaledVector, y: ScaledVector) => string | undefined;

/**
 * HiGHS proposes an optimal basis; the basis systems are solved exactly (dixonSolve) and the LP
 * certificate is checked in integers. Any failure (no basis, singular basis, certificate rejected)
 * falls back to the exact simplex, whose answer must pass the same check.
 */
export async function certifiedLp(
  scaled: ScaledLp,
  options: SolveOptions = {},
  verify: Verifier = checkLpCertificate,
): Promise<CertifiedScaledLp> {
  let floatMs: number | undefined;
  if (!options.exactOnly) {
    const basis = await highsBasis(scaled);
    floatMs = basis?.floatMs;
    const fromBasis = basis && solveBasis(scaled, basis.basicColumns, basis.tightRows);
    if (fromBasis && verify(scaled, fromBasis.x, fromBasis.y) === undefined) {
      return { scaled, ...fromBasis, certifiedBy: 'highs+certificate', floatMs };
    }
  }
  return { scaled, ...simplexCertified(scaled, verify), certifiedBy: 'exact-simplex', floatMs };
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

function simplexCertified(lp: ScaledLp, verify: Verifier): { x: ScaledVector; y: ScaledVector } {
  const asRational = LinearProgram.of(
    lp.c.map((v) => Rational.of(v)),
    lp.a.map((row, r) => ({ coeffs: row.map((v) => Rational.of(v)), sense: lp.sense[r]!, rhs: Rational.of(lp.b[r]!) })),
  );
  const sol = exactSimplex(asRational);
  const x = fromRationals(sol.x);
  const y = fromRationals(sol.y);
  const failure = checkLpCertificate(lp, x, y) ?? verify(lp, x, y);
  if (failure) throw new Error(`exact simplex produced an uncertifiable answer (${failure}): a bug`);
  return { x, y };
}
