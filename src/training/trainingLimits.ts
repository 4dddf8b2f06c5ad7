import type { ConditionalGameSpec } from '../games/GameSpec.ts';
import { SpecError } from '../core/SpecError.ts';

/**
 * The sizes a training run may have, checked before any work that grows with them, each refused in one
 * line naming the field, the size and the limit:
 * - steps: 10,000,000 (time is linear in them, memory flat: the trajectory is sampled);
 * - the report grid (random search proposes its points; the pessimistic and random starts pick from it):
 *   100,000 points (C(grid + n - 1, n - 1) of them, fewer for interior rules), built in memory;
 * - actions x outcomes: 4,096 entries (every step touches each of them, the quadratic step model n^2 per action).
 */
export const TRAINING_LIMITS = { steps: 10_000_000, gridPoints: 100_000, entries: 4_096 } as const;

export function checkTrainingSize(spec: ConditionalGameSpec, steps: number): void {
  if (steps > TRAINING_LIMITS.steps) throw new SpecError('--steps', `${steps} steps exceed the limit of ${TRAINING_LIMITS.steps} (TRAINING_LIMITS)`);
  const entries = spec.truth.length * spec.outcomes;
  if (entries > TRAINING_LIMITS.entries) {
    throw new SpecError('spec.truth', `${spec.truth.length} actions x ${spec.outcomes} outcomes = ${entries} entries exceed the limit of ${TRAINING_LIMITS.entries} (TRAINING_LIMITS)`);
  }
  const points = gridPoints(spec.outcomes, spec.grid, spec.rule.domain === 'interior');
  if (points > TRAINING_LIMITS.gridPoints) {
    throw new SpecError('spec.grid', `the report grid of ${spec.outcomes} outcomes at denominator ${spec.grid} has ${points > 1e15 ? 'more than 10^15' : points} points, above the limit of ${TRAINING_LIMITS.gridPoints} (TRAINING_LIMITS)`);
  }
}

/** The number of reports on the grid: C(d + n - 1, n - 1), or C(d - 1, n - 1) with every coordinate positive. */
export function gridPoints(n: number, d: number, interior: boolean): number {
  const top = interior ? d - 1 : d + n - 1;
  const k = n - 1;
  if (top < k) return 0;
  let count = 1;
  for (let i = 1; i <= k; i++) {
    count = (count * (top - k + i)) / i;
    if (count > 1e15) return Infinity;
  }
  return Math.round(count);
}
