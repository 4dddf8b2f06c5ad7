import { SpecError } from '../core/SpecError.ts';
import { argmaxLowest } from '../decisions/expectedUtility.ts';
import { Rational } from '../numbers/Rational.ts';
import type { MatrixGame } from '../solvers/MatrixGame.ts';
import { maxRegret } from '../solvers/maxRegret.ts';
import { essentialColumns, essentialRows } from '../solvers/essentialRows.ts';
import { solveZeroSum } from '../solvers/solveZeroSum.ts';
import { ConditionalGame } from './ConditionalGame.ts';
import { discretiseGame, type DiscreteGame } from './discretiseGame.ts';
import { analyseConditional } from './analyseConditional.ts';
import { analysePerformative } from './analysePerformative.ts';
import type { GameAnalysis, StrategyJson } from './GameAnalysis.ts';
import { sharedNeedsSymmetry } from './sharedNeedsSymmetry.ts';
import type { DoubleOracleOptions } from '../solvers/doubleOracle.ts';
import type { GameSpec } from './GameSpec.ts';

export type { GameAnalysis, StrategyJson } from './GameAnalysis.ts';

/**
 * Analyses a game spec exactly. Zero-sum games (the zero-sum scheme, one predictor, the performative
 * game) are solved WITHOUT listing their pure strategies (docs/design.md §9): double oracle with exact
 * best responses over the full grid, and the "every equilibrium" verdicts over the full game's optimal
 * faces by constraint generation. The general-sum weighted scheme (c != 1) still enumerates pure profiles
 * (discretiseGame's limit applies and is said in one line).
 */
export async function analyseGame(spec: GameSpec, options: DoubleOracleOptions = {}): Promise<GameAnalysis> {
  if (spec.kind === 'performative') return analysePerformative(spec, options);
  const scheme = spec.scoring;
  if (scheme.kind === 'weighted' && !scheme.c.equals(Rational.ONE)) return analyseGameByEnumeration(spec, options);
  return analyseConditional(spec, options);
}

/**
 * The reference analysis: the game discretised into a matrix (every pure strategy listed), solved by the
 * certified LP, "every equilibrium" decided by the essential strategies (one certified LP over the
 * optimal cone per seat, solvers/essentialRows: every equilibrium of a zero-sum game is a pair of optimal
 * strategies, so the claims hold iff they hold for every pair of essential pure strategies). Limited to
 * discretiseGame's MAX_STRATEGIES; the generation path is checked against it in tests.
 */
export async function analyseGameByEnumeration(spec: GameSpec, options: { exactOnly?: boolean } = {}): Promise<GameAnalysis> {
  const d = discretiseGame(spec);
  return d.zeroSum ? analyseZeroSum(d, options) : analyseGeneralSum(d);
}

async function analyseZeroSum(d: DiscreteGame, options: { exactOnly?: boolean }): Promise<GameAnalysis> {
  const game = d.row;
  const single = game.cols === 1;
  const symmetric = !single && game.isSymmetric();
  if (d.spec.seats === 'shared' && !symmetric) throw new SpecError('spec.seats', sharedNeedsSymmetry(d.spec));
  const sol = await solveZeroSum(game, options);
  const x = sol.rowStrategy;
  // Symmetric (skew-symmetric payoff) games, self-play included: the row's optimal strategy is optimal for seat 2 too.
  const y = single ? [Rational.ONE] : symmetric ? x : sol.colStrategy;
  const regret = maxRegret(game, x, y);
  if (!regret.isZero()) throw new Error(`the certified equilibrium has regret ${regret} (a bug)`);
  const rowEssential = (await essentialRows(game, sol, options)).rows;
  const colEssential = single ? [0] : symmetric ? rowEssential : (await essentialColumns(game, sol, options)).rows;
  const props = pairProperties(d);
  const pairs = single ? rowEssential.map((i) => [i, 0] as const) : rowEssential.flatMap((i) => colEssential.map((j) => [i, j] as const));
  const support = (v: readonly Rational[]) => v.flatMap((p, i) => (p.sign() > 0 ? [i] : []));
  const eqPairs = single ? support(x).map((i) => [i, 0] as const) : support(x).flatMap((i) => support(y).map((j) => [i, j] as const));
  const dist = props.actionDistribution ? mixActions(eqPairs, x, single ? [Rational.ONE] : y, props.actionDistribution) : null;
  return {
    kind: d.spec.kind,
    scheme: schemeName(d),
    method: 'enumeration',
    strategies: BigInt(d.strategies),
    zeroSum: true,
    symmetric,
    value: sol.value,
    equilibrium: single ? [strategyJson(d, x)] : [strategyJson(d, x), strategyJson(d, y)],
    maxRegret: regret,
    certifiedBy: sol.certifiedBy,
    actionDistribution: dist,
    actionTaken: dist ? argmaxLowest(dist) : null,
    bestAction: props.bestAction,
    honest: eqPairs.every(([i, j]) => props.honest(i, j)),
    honestAtEveryEquilibrium: pairs.every(([i, j]) => props.honest(i, j)),
    bestActionAtEveryEquilibrium: props.bestAction === null ? null : pairs.every(([i, j]) => props.selectsBest(i, j)),
    essentialStrategies: (single ? [rowEssential] : [rowEssential, colEssential]).map((rows) => rows.map(BigInt)),
    honestProfile: honestProfile(d, props.honestIndex),
  };
}

/** The weighted scheme with c != 1 is general-sum: exact enumeration of its PURE equilibria only. */
function analyseGeneralSum(d: DiscreteGame): GameAnalysis {
  const A = d.row;
  const B = d.col!;
  const n = d.strategies;
  const pure: [number, number][] = [];
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) if (pureRegret(A, B, i, j).isZero()) pure.push([i, j]);
  }
  const props = pairProperties(d);
  const h = props.honestIndex;
  const chosen = pure.find(([i, j]) => i === h && j === h) ?? pure[0];
  const unit = (i: number) => Array.from({ length: n }, (_, k) => (k === i ? Rational.ONE : Rational.ZERO));
  const dist = chosen && props.actionDistribution ? props.actionDistribution(chosen[0], chosen[1]) : null;
  return {
    kind: d.spec.kind,
    scheme: schemeName(d),
    method: 'enumeration',
    strategies: BigInt(n),
    zeroSum: false,
    symmetric: false,
    value: null,
    equilibrium: chosen ? [strategyJson(d, unit(chosen[0])), strategyJson(d, unit(chosen[1]))] : null,
    maxRegret: chosen ? pureRegret(A, B, chosen[0], chosen[1]) : null,
    certifiedBy: 'exact enumeration of pure profiles',
    actionDistribution: dist,
    actionTaken: dist ? argmaxLowest(dist) : null,
    bestAction: props.bestAction,
    honest: chosen ? props.honest(chosen[0], chosen[1]) : null,
    honestAtEveryEquilibrium: pure.length ? pure.every(([i, j]) => props.honest(i, j)) : null,
    bestActionAtEveryEquilibrium: pure.length && props.bestAction !== null ? pure.every(([i, j]) => props.selectsBest(i, j)) : null,
    essentialStrategies: [[...new Set(pure.map(([i]) => BigInt(i)))], [...new Set(pure.map(([, j]) => BigInt(j)))]],
    honestProfile: h === null ? null : { isEquilibrium: pureRegret(A, B, h, h).isZero(), regret: pureRegret(A, B, h, h) },
    note: `general-sum game (weighted scheme, c != 1): ${pure.length} pure equilibria found by exact enumeration; "every equilibrium" verdicts range over pure equilibria only`,
  };
}

/** Both players' gains from their best pure deviations at (i, j), summed (0 iff a pure equilibrium). */
function pureRegret(A: MatrixGame, B: MatrixGame, i: number, j: number): Rational {
  let rowBest = A.at(i, j);
  for (let k = 0; k < A.rows; k++) rowBest = Rational.max(rowBest, A.at(k, j));
  let colBest = B.at(i, j);
  for (let l = 0; l < B.cols; l++) colBest = Rational.max(colBest, B.at(i, l));
  return rowBest.sub(A.at(i, j)).add(colBest.sub(B.at(i, j)));
}

interface PairProperties {
  readonly honestIndex: number | null;
  readonly bestAction: number | null;
  readonly actionDistribution: ((i: number, j: number) => Rational[]) | null;
  honest(i: number, j: number): boolean;
  selectsBest(i: number, j: number): boolean;
}

/** Per pure profile: honest on the actions taken? the principal's preferred action = the best action? */
export function pairProperties(d: DiscreteGame): PairProperties {
  const model = d.model;
  if (!(model instanceof ConditionalGame)) {
    const fixed = model.grid.map((p) => model.isFixedPoint(p));
    return { honestIndex: null, bestAction: null, actionDistribution: null, honest: (i, j) => fixed[i]! && fixed[j]!, selectsBest: () => true };
  }
  const profile = (i: number, j: number) => (model.predictors === 1 ? [model.strategy(i)] : [model.strategy(i), model.strategy(j)]);
  return {
    honestIndex: model.honest,
    bestAction: model.bestAction,
    actionDistribution: (i, j) => model.decision(profile(i, j)),
    honest(i, j) {
      const p = profile(i, j);
      const taken = model.support(p);
      return p.every((s) => model.honestOnTaken(s, taken));
    },
    selectsBest: (i, j) => argmaxLowest(model.decision(profile(i, j))) === model.bestAction,
  };
}

function honestProfile(d: DiscreteGame, h: number | null): { isEquilibrium: boolean; regret: Rational } | null {
  if (h === null) return null;
  const n = d.strategies;
  const unit = Array.from({ length: n }, (_, k) => (k === h ? Rational.ONE : Rational.ZERO));
  const regret = d.row.cols === 1 ? maxRegret(d.row, unit, [Rational.ONE]) : maxRegret(d.row, unit, unit);
  return { isEquilibrium: regret.isZero(), regret };
}

function mixActions(
  pairs: readonly (readonly [number, number])[],
  x: readonly Rational[],
  y: readonly Rational[],
  dist: (i: number, j: number) => Rational[],
): Rational[] {
  let total: Rational[] | undefined;
  for (const [i, j] of pairs) {
    const w = x[i]!.mul(y[j]!);
    const pi = dist(i, j);
    total = total ? total.map((t, a) => t.add(w.mul(pi[a]!))) : pi.map((p) => w.mul(p));
  }
  return total ?? [];
}

function strategyJson(d: DiscreteGame, x: readonly Rational[]): StrategyJson {
  return x.flatMap((p, i) => (p.sign() > 0 ? [{ probability: p.toString(), reports: d.describe(i) }] : []));
}

function schemeName(d: DiscreteGame): string {
  return d.spec.kind === 'performative' ? 'zero-sum' : d.spec.scoring.kind;
}
