import { Rational } from '../numbers/Rational.ts';
import type { LinearProgram, LpSolution } from './LinearProgram.ts';
import { certifiedLp, type CertifiedBy, type SolveOptions } from './_internals/certifiedLp.ts';
import { toRationals } from './_internals/ScaledVector.ts';
import { scaleLp } from './_internals/ScaledLp.ts';

export type { CertifiedBy, SolveOptions };

export interface CertifiedLpSolution extends LpSolution {
  readonly certifiedBy: CertifiedBy;
}

/**
 * An optimal solution of a rational LP together with an optimal dual, both exact and checked against
 * each other (primal feasibility, dual feasibility, equal objectives). Throws LpInfeasibleError or
 * LpUnboundedError (from the exact simplex) when there is no optimum.
 */
export async function solveLinearProgram(lp: LinearProgram, options: SolveOptions = {}): Promise<CertifiedLpSolution> {
  const { scaled, x, y, certifiedBy } = await certifiedLp(scaleLp(lp), options);
  const xs = toRationals(x);
  const ys = toRationals(y).map((v, r) => v.mul(Rational.fraction(scaled.rowScale[r]!, scaled.objScale)));
  return { value: lp.value(xs), x: xs, y: ys, certifiedBy };
}
