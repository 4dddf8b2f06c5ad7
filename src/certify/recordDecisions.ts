import { type DecisionStats } from './DecisionStats.ts';

/** The statistics scopes now open, innermost last (the engine is synchronous, so a stack is exact). */
const scopes: DecisionStats[] = [];

/**
 * Runs `job` with every decision the engine makes meanwhile counted in `stats`, however deep the caller
 * (a claim's check, an optimum algorithm inside it, a training step): statistics are recorded for every
 * caller without threading them through every signature. Scopes nest; each decision counts once, in the
 * innermost scope. Only for synchronous jobs: work after an `await` is not inside the scope.
 */
export function recordDecisions<R>(stats: DecisionStats, job: () => R): R {
  scopes.push(stats);
  try {
    return job();
  } finally {
    scopes.pop();
  }
}

/** Adds to the innermost open scope's counter (nothing when no scope is open). */
export function count(key: keyof DecisionStats, by = 1): void {
  const stats = scopes[scopes.length - 1];
  if (stats) stats[key] += by;
}

/** The innermost open scope, if any. */
export function currentStats(): DecisionStats | undefined {
  return scopes[scopes.length - 1];
}
