import type { LinearProgram, LpSolution } from './LinearProgram.ts';
import { Tableau } from './_internals/Tableau.ts';

export class LpInfeasibleError extends Error {
  constructor() {
    super('the linear program is infeasible');
    this.name = 'LpInfeasibleError';
  }
}
export class LpUnboundedError extends Error {
  constructor() {
    super('the linear program is unbounded');
    this.name = 'LpUnboundedError';
  }
}

/**
 * Exact two-phase tableau simplex in Rational arithmetic with Bland's rule (smallest-index entering and
 * leaving variables), which cannot cycle (Bland 1977), so it terminates on every input, degenerate or not.
 * Slow (dense tableau, gcd on every operation) but independent of any floating-point solver: the fallback
 * when a float-proposed certificate fails. Returns an optimal x and an optimal dual y.
 */
export function exactSimplex(lp: LinearProgram): LpSolution {
  const t = Tableau.standardForm(lp);
  if (!t.phaseOne()) throw new LpInfeasibleError();
  if (!t.phaseTwo(lp.objective)) throw new LpUnboundedError();
  const x = t.primal(lp.variables);
  return { value: lp.value(x), x, y: t.dual() };
}
