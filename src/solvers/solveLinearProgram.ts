import type { LinearProgram, LpSolution } from './LinearProgram.ts';
import { certifiedLp, certifiedLpSync, type CertifiedBy, type CertifiedScaledLp, type SolveOptions } from './_internals/certifiedLp.ts';
import { scaleLp, unscaleSolution } from './_internals/ScaledLp.ts';

export type { CertifiedBy, SolveOptions };

export interface CertifiedLpSolution extends LpSolution {
  readonly certifiedBy: CertifiedBy;
}

/**
 * An optimal solution of a rational LP together with an optimal dual, both exact and checked against
 * each other (primal feasibility, dual feasibility, equal objectives). HiGHS proposes, the exact simplex
 * is the fallback. Throws LpInfeasibleError or LpUnboundedError, each with its checked certificate.
 */
export async function solveLinearProgram(lp: LinearProgram, options: SolveOptions = {}): Promise<CertifiedLpSolution> {
  return withSolution(lp, await certifiedLp(scaleLp(lp), options));
}

/**
 * The same, synchronously, by the exact simplex alone (fraction-free, Bland's rule: see integerSimplex):
 * independent of any floating-point solver.
 */
export function exactSimplex(lp: LinearProgram): CertifiedLpSolution {
  return withSolution(lp, certifiedLpSync(scaleLp(lp)));
}

function withSolution(lp: LinearProgram, sol: CertifiedScaledLp): CertifiedLpSolution {
  return { ...unscaleSolution(lp, sol.scaled, sol.x, sol.y), certifiedBy: sol.certifiedBy };
}
