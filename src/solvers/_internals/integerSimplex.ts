import { IntegerTableau } from './IntegerTableau.ts';
import type { ScaledLp } from './ScaledLp.ts';
import type { ScaledVector } from './ScaledVector.ts';

/**
 * What the simplex found, each with the data of its certificate (all over the positive common
 * denominator d, the last pivot), in the row order and signs of the ScaledLp:
 * - optimal: x and the dual y (checkLpCertificate);
 * - infeasible: a Farkas vector y (checkInfeasibility);
 * - unbounded: a feasible x and a ray along which the objective grows without bound (checkUnboundedness).
 * Nothing here is trusted: the caller checks the certificate before it believes the outcome.
 */
export type SimplexOutcome =
  | { readonly kind: 'optimal'; readonly x: ScaledVector; readonly y: ScaledVector }
  | { readonly kind: 'infeasible'; readonly farkas: ScaledVector }
  | { readonly kind: 'unbounded'; readonly x: ScaledVector; readonly ray: ScaledVector };

/**
 * The exact simplex: maximise c.x subject to the rows of an integer LP (<=, >=, =, any sign of b) and
 * x >= 0, on a fraction-free tableau (IntegerTableau: integer entries, exact divisions, no gcds).
 * Phase 1 (only if some row needs an artificial) maximises minus the sum of the artificials: a negative
 * optimum means infeasible, and its duals are the Farkas vector. Artificials left basic at level 0 are
 * pivoted out where their row has another nonzero entry; where it has none, the row is redundant and
 * stays inert. Phase 2 optimises the LP's objective. Both phases use Bland's rule (smallest entering
 * index, smallest leaving index on ties), which cannot cycle (Bland 1977), and artificials never
 * re-enter, so the method terminates on every input, degenerate or not. Synchronous.
 */
export function integerSimplex(lp: ScaledLp): SimplexOutcome {
  const t = IntegerTableau.of(lp);
  if (t.hasArtificials) {
    if (optimise(t) >= 0) throw new Error('phase 1 is bounded by 0 yet found a ray (a bug)');
    if (t.objectiveValue < 0n) return { kind: 'infeasible', farkas: over(t, t.dual((j) => (t.isArtificial(j) ? -1n : 0n))) };
    driveOutArtificials(t);
  }
  t.dropPhaseOne();
  const enter = optimise(t);
  if (enter >= 0) return { kind: 'unbounded', x: over(t, t.primal()), ray: over(t, t.ray(enter)) };
  return { kind: 'optimal', x: over(t, t.primal()), y: over(t, t.dual(() => 0n)) };
}

/** Pivots by Bland's rule until optimal (-1) or until a column enters with no leaving row (returned). */
function optimise(t: IntegerTableau): number {
  for (;;) {
    const enter = t.enteringColumn();
    if (enter < 0) return -1;
    const leave = t.leavingRow(enter);
    if (leave < 0) return enter;
    t.pivot(leave, enter);
  }
}

/** After a zero phase-1 optimum every basic artificial is at level 0, so a pivot of either sign keeps b >= 0. */
function driveOutArtificials(t: IntegerTableau): void {
  for (let i = 0; i < t.rowCount; i++) {
    if (!t.isArtificial(t.basic(i))) continue;
    const j = t.nonArtificialIn(i);
    if (j >= 0) t.pivot(i, j);
  }
}

function over(t: IntegerTableau, num: bigint[]): ScaledVector {
  return { num, den: t.denominator };
}
