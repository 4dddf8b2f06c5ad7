import type { Json } from '../core/Json.ts';
import { SpecError } from '../core/SpecError.ts';
import { InexactError } from '../numbers/Field.ts';
import { Rational } from '../numbers/Rational.ts';
import { RationalField } from '../numbers/RationalField.ts';
import { MatrixGame } from '../solvers/MatrixGame.ts';
import { ConditionalGame } from './ConditionalGame.ts';
import type { GameSpec } from './GameSpec.ts';
import { PerformativeGame } from './PerformativeGame.ts';
import type { ScoreTerms } from './ScoreTerms.ts';
import { gridPointCount } from './ReportTables.ts';

/**
 * A game spec turned into finite matrices with exact payoffs:
 * - two predictors, zero-sum (zero-sum scheme, performative game): `row` is player 1's payoff, player 2
 *   gets its negative; skew-symmetric (a symmetric game) when the spec is symmetric;
 * - two predictors, weighted with c != 1: general-sum, `row` and `col` are both players' payoffs
 *   (col[i][j] = player 2's payoff when player 1 plays i and player 2 plays j);
 * - one predictor (single, importance-weighted): a one-column matrix, the predictor against a dummy.
 * Exact only for rational-valued rules: otherwise SpecError (spec.rule) — the claims handle irrational
 * rules by certified comparisons instead (see gameClaims).
 */
export interface DiscreteGame {
  readonly spec: GameSpec;
  readonly model: ConditionalGame | PerformativeGame;
  readonly strategies: number;
  readonly row: MatrixGame;
  readonly col?: MatrixGame;
  readonly zeroSum: boolean;
  /** JSON form of pure strategy i (reports per action, or the report). */
  describe(i: number): Json;
}

/**
 * The most pure strategies per player a listed matrix may have: its memory and the LP grow with the
 * square (289 strategies: about 7 s). `propercheck game` lists matrices only for general-sum games and
 * plots; zero-sum games are solved by generation without this limit (docs/design.md §9).
 */
export const MAX_STRATEGIES = 400;

/** Pure strategies per player, counted without listing them. */
export function strategyCount(spec: GameSpec): bigint {
  const interior = spec.rule.domain === 'interior';
  if (spec.kind === 'performative') return gridPointCount(2, spec.grid, interior);
  return gridPointCount(spec.outcomes, spec.grid, interior) ** BigInt(spec.truth.length);
}

export function discretiseGame(spec: GameSpec, maxStrategies = MAX_STRATEGIES): DiscreteGame {
  const listed = strategyCount(spec);
  if (listed > BigInt(maxStrategies)) {
    const why = spec.kind === 'conditional-prediction' && spec.scoring.kind === 'weighted' && !spec.scoring.c.equals(Rational.ONE) ? ' (a general-sum game is solved by listing its pure profiles)' : '';
    throw new SpecError('spec.grid', `gives ${listed} pure strategies per player (limit ${maxStrategies} for a listed matrix${why}); use a coarser grid or fewer actions`);
  }
  const model = spec.kind === 'conditional-prediction' ? new ConditionalGame(spec) : new PerformativeGame(spec);
  const count = Number(listed);
  const cache = new Map<string, Rational>();
  const value = (t: ScoreTerms): Rational => {
    try {
      return t.exact(spec.rule, cache, RationalField);
    } catch (error) {
      if (error instanceof InexactError) {
        throw new SpecError('spec.rule', `${spec.ruleName} is not rational-valued on this grid (${error.message}); exact equilibria are computed for rational-valued rules only (the registered claims decide irrational rules with certified intervals)`);
      }
      throw error;
    }
  };
  if (model instanceof PerformativeGame) {
    const g = model.grid;
    return {
      spec,
      model,
      strategies: model.strategyCount,
      row: MatrixGame.fromFunction(count, count, (i, j) => (i === j ? 0 : value(model.payoff(g[i]!, g[j]!)))),
      zeroSum: true,
      describe: (i) => g[i]!.map(String),
    };
  }
  const s = Array.from({ length: count }, (_, i) => model.strategy(i));
  const describe = (i: number): Json => s[i]!.map((p) => p.map(String));
  if (model.predictors === 1) {
    return { spec, model, strategies: count, row: MatrixGame.fromFunction(count, 1, (i) => value(model.payoff([s[i]!]))), zeroSum: true, describe };
  }
  const scheme = spec.kind === 'conditional-prediction' ? spec.scoring : undefined;
  const zeroSum = scheme?.kind === 'zero-sum' || (scheme?.kind === 'weighted' && scheme.c.equals(Rational.ONE));
  const row = MatrixGame.fromFunction(count, count, (i, j) => value(model.payoff([s[i]!, s[j]!], 0)));
  if (zeroSum) return { spec, model, strategies: count, row, zeroSum, describe };
  const col = MatrixGame.fromFunction(count, count, (i, j) => value(model.payoff([s[i]!, s[j]!], 1)));
  return { spec, model, strategies: count, row, col, zeroSum, describe };
}
