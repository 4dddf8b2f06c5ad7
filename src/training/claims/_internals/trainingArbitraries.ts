import fc from 'fast-check';
import type { DecisionKind } from '../../../decisions/DecisionRule.ts';
import { conditionalGameArbitrary, type ConditionalGameShape } from '../../../games/conditionalGameArbitrary.ts';
import type { ConditionalGameSpec } from '../../../games/GameSpec.ts';
import { reportGrid } from '../../../simplex/reportGrid.ts';
import { Rational } from '../../../numbers/Rational.ts';
import type { ScoringRule } from '../../../scoring/ScoringRule.ts';
import type { Reports } from '../../objectiveSlopes.ts';

/**
 * Self-play games (zero-sum scheme, "seats": "shared") for a rule: 2-3 actions, 2-3 outcomes, small grids,
 * integer utilities (every index shrinks toward small games: two actions, two outcomes, grid 1).
 */
export function sharedGame(rule: ScoringRule, decisions: readonly DecisionKind[], shape: Partial<ConditionalGameShape> = {}): fc.Arbitrary<ConditionalGameSpec> {
  return conditionalGameArbitrary(rule, { actions: [2, 3], outcomes: [2, 3], grid: [1, 4], ...shape, decisions, scheme: fc.constant({ kind: 'zero-sum' }) }).map((g) => ({
    ...g,
    seats: 'shared',
  }));
}

/** Reports per action on the grid of denominator 2 * grid (so off the game's grid too; interior for interior rules). */
export function reportsArbitrary(game: ConditionalGameSpec, factor = 2): fc.Arbitrary<Reports> {
  const points = reportGrid(game.outcomes, factor * game.grid, game.rule.domain === 'interior');
  return fc.array(fc.integer({ min: 0, max: points.length - 1 }), { minLength: game.truth.length, maxLength: game.truth.length }).map((ix) => ix.map((i) => points[i]!));
}

/** A tangent direction per action: small integers summing to 0, divided by the grid denominator. */
export function tangentArbitrary(game: ConditionalGameSpec): fc.Arbitrary<Reports> {
  const n = game.outcomes;
  const row = fc.array(fc.integer({ min: -2, max: 2 }), { minLength: n - 1, maxLength: n - 1 }).map((xs) => {
    const all = [...xs, -xs.reduce((s, x) => s + x, 0)];
    return all.map((x) => Rational.of(BigInt(x), BigInt(game.grid)));
  });
  return fc.array(row, { minLength: game.truth.length, maxLength: game.truth.length });
}
