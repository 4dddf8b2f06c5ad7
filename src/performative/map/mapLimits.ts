import { SpecError } from '../../core/SpecError.ts';

/**
 * The sizes a map may have, checked when it is decoded (before any work that grows with them), each
 * refused in one line naming the field, the size and the limit:
 * - points of a binary piecewise-linear map, and breakpoints of a mixture in all: 200,000 (analysis is
 *   near-linear in them: 10,000 pieces take well under a second, so the limit is about half a minute);
 * - outcomes of a stochastic matrix: 16 (the exact optimum examines faces of the simplex, at most 2^n of
 *   them, and the fixed points of a reducible matrix enumerate supports: about a minute at 16 outcomes);
 * - components of a mixture: 64.
 */
export const MAP_LIMITS = { points: 200_000, outcomes: 16, components: 64 } as const;

/** Throws a SpecError when `size` of `what` at `at` exceeds `limit`. */
export function checkSize(at: string, size: number, limit: number, what: string): void {
  if (size > limit) throw new SpecError(at, `${size} ${what} exceed the limit of ${limit} (docs: MAP_LIMITS in src/performative/map/mapLimits.ts)`);
}
