import { expectedUtility } from '../decisions/expectedUtility.ts';
import type { ConditionalGameSpec } from '../games/GameSpec.ts';
import { reportGrid } from '../simplex/reportGrid.ts';
import type { Rational } from '../numbers/Rational.ts';
import type { Reports } from './objectiveSlopes.ts';
import type { InitKind } from './TrainingRun.ts';
import { seededRandom } from './seededRandom.ts';

/**
 * Starting reports, always on the game's report grid (so random search starts on its proposal grid):
 * - honest: the true conditionals;
 * - pessimistic: per action the grid report with the LOWEST predicted utility EU(p) (first in grid order on
 *   ties), e.g. the vertex of the worst outcome on the closed simplex ("every action's predicted
 *   utility at its minimum");
 * - random: a uniform grid report per action, drawn from the seed.
 */
export function initialReports(spec: ConditionalGameSpec, init: InitKind, seed: number): Reports {
  const grid = reportGrid(spec.outcomes, spec.grid, spec.rule.domain === 'interior');
  if (init === 'honest') return spec.truth.map((q) => [...q]);
  if (init === 'random') {
    const rng = seededRandom(seed);
    return spec.utility.map(() => [...grid[rng.int(grid.length)]!]);
  }
  return spec.utility.map((u) => {
    let best: readonly Rational[] = grid[0]!;
    for (const p of grid) if (expectedUtility(p, u).lt(expectedUtility(best, u))) best = p;
    return [...best];
  });
}
