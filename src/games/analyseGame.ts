import { match } from 'ts-pattern';
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
import { NO_ACTIONS, type EquilibriumVerdict, type GameAnalysis, type GameSolution, type StrategyJson } from './GameAnalysis.ts';
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
  const rowEssential = await essentialRows(game, sol, options);
  const colEssential = single ? { rows: [0], strategy: [Rational.ONE] } : symmetric ? rowEssential : await essentialColumns(game, sol, options);
  const props = pairProperties(d);
  const pairs = rowEssential.rows.flatMap((i) => colEssential.rows.map((j) => [i, j] as const));
  const support = (v: readonly Rational[]) => v.flatMap((p, i) => (p.sign() > 0 ? [i] : []));
  const eqPairs = support(x).flatMap((i) => support(y).map((j) => [i, j] as const));
  const seats = (i: number, j: number) => (single ? [d.describe(i)] : [d.describe(i), d.describe(j)]);
  // The optimal strategies of maximal support play every essential pair: the witness of any failure.
  const witness = single ? [strategyJson(d, rowEssential.strategy)] : [strategyJson(d, rowEssential.strategy), strategyJson(d, colEssential.strategy)];
  const verdict = (ok: (i: number, j: number) => boolean): EquilibriumVerdict => {
    const bad = pairs.find(([i, j]) => !ok(i, j));
    return bad ? { kind: 'fails', violation: { pair: seats(bad[0], bad[1]), equilibrium: witness } } : { kind: 'holds' };
  };
  const unit = (i: number) => Array.from({ length: d.strategies }, (_, k) => (k === i ? Rational.ONE : Rational.ZERO));
  const profileRegret = (i: number) => (single ? maxRegret(game, unit(i), [Rational.ONE]) : maxRegret(game, unit(i), unit(i)));
  const conditional = match(props)
    .with({ kind: 'conditional' }, (c) => {
      const dist = mixActions(eqPairs, x, y, c.actionDistribution);
      const honestRegret = profileRegret(c.honestIndex);
      return {
        actions: { kind: 'taken', action: argmaxLowest(dist), distribution: dist } as const,
        bestAction: { kind: 'action', action: c.bestAction } as const,
        bestActionAtEveryEquilibrium: verdict(c.selectsBest),
        honestProfile: { kind: 'truthful', isEquilibrium: honestRegret.isZero(), regret: honestRegret } as const,
      };
    })
    .with({ kind: 'performative' }, (p) => ({
      actions: { kind: 'no-actions', reason: NO_ACTIONS } as const,
      bestAction: { kind: 'no-actions', reason: NO_ACTIONS } as const,
      bestActionAtEveryEquilibrium: { kind: 'not-applicable', reason: NO_ACTIONS } as const,
      honestProfile: { kind: 'fixed-points', profiles: p.fixedPoints.map((i) => ({ report: p.report(i), isEquilibrium: profileRegret(i).isZero(), regret: profileRegret(i) })) } as const,
    }))
    .exhaustive();
  return {
    kind: d.spec.kind,
    scheme: schemeName(d),
    method: 'enumeration',
    strategies: BigInt(d.strategies),
    symmetric,
    certifiedBy: sol.certifiedBy,
    solution: {
      kind: 'zero-sum',
      value: sol.value,
      equilibrium: single ? [strategyJson(d, x)] : [strategyJson(d, x), strategyJson(d, y)],
      maxRegret: regret,
      honest: eqPairs.every(([i, j]) => props.honest(i, j)),
      actions: conditional.actions,
    },
    bestAction: conditional.bestAction,
    honestAtEveryEquilibrium: verdict(props.honest),
    bestActionAtEveryEquilibrium: conditional.bestActionAtEveryEquilibrium,
    essentialStrategies: (single ? [rowEssential.rows] : [rowEssential.rows, colEssential.rows]).map((rows) => rows.map(BigInt)),
    honestProfile: conditional.honestProfile,
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
  if (props.kind !== 'conditional') throw new Error('a general-sum performative game (a bug): the performative game is zero-sum');
  const h = props.honestIndex;
  const chosen = pure.find(([i, j]) => i === h && j === h) ?? pure[0];
  const pureJson = (i: number): StrategyJson => [{ probability: '1', reports: d.describe(i) }];
  const noPure = `none of the ${n} x ${n} pure profiles is an equilibrium (mixed equilibria of a general-sum game are not computed)`;
  const verdict = (ok: (i: number, j: number) => boolean): EquilibriumVerdict => {
    if (!pure.length) return { kind: 'undecided', reason: noPure };
    const bad = pure.find(([i, j]) => !ok(i, j));
    return bad ? { kind: 'fails', violation: { pair: [d.describe(bad[0]), d.describe(bad[1])], equilibrium: [pureJson(bad[0]), pureJson(bad[1])] } } : { kind: 'holds' };
  };
  const honestRegret = pureRegret(A, B, h, h);
  return {
    kind: d.spec.kind,
    scheme: schemeName(d),
    method: 'enumeration',
    strategies: BigInt(n),
    symmetric: false,
    certifiedBy: 'exact enumeration of pure profiles',
    solution: chosen ? generalSolution(d, props, chosen, pure.length) : { kind: 'no-pure-equilibrium', reason: noPure },
    bestAction: { kind: 'action', action: props.bestAction },
    honestAtEveryEquilibrium: verdict(props.honest),
    bestActionAtEveryEquilibrium: verdict(props.selectsBest),
    essentialStrategies: [[...new Set(pure.map(([i]) => BigInt(i)))], [...new Set(pure.map(([, j]) => BigInt(j)))]],
    honestProfile: { kind: 'truthful', isEquilibrium: honestRegret.isZero(), regret: honestRegret },
    note: `general-sum game (weighted scheme, c != 1): ${pure.length} pure equilibria found by exact enumeration; "every equilibrium" verdicts range over pure equilibria only`,
  };
}

/** A pure equilibrium (i, j) of the general-sum game as its solution (regret exactly 0: no pure deviation gains). */
function generalSolution(d: DiscreteGame, props: ConditionalPairs, [i, j]: readonly [number, number], count: number): GameSolution {
  const dist = props.actionDistribution(i, j);
  return {
    kind: 'general-sum',
    pureEquilibria: count,
    equilibrium: [[{ probability: '1', reports: d.describe(i) }], [{ probability: '1', reports: d.describe(j) }]],
    maxRegret: pureRegret(d.row, d.col!, i, j),
    honest: props.honest(i, j),
    actions: { kind: 'taken', action: argmaxLowest(dist), distribution: dist },
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

/** Per pure profile of a conditional game: honest on the actions taken? the principal's preferred action = the best action? */
interface ConditionalPairs {
  readonly kind: 'conditional';
  readonly honestIndex: number;
  readonly bestAction: number;
  actionDistribution(i: number, j: number): Rational[];
  honest(i: number, j: number): boolean;
  selectsBest(i: number, j: number): boolean;
}

/** Per pure profile of a performative game: honest = both reports are fixed points of p -> f(p, p). */
interface PerformativePairs {
  readonly kind: 'performative';
  /** The grid reports that are fixed points. */
  readonly fixedPoints: readonly number[];
  report(i: number): readonly Rational[];
  honest(i: number, j: number): boolean;
}

export type PairProperties = ConditionalPairs | PerformativePairs;

/** What the "every equilibrium" verdicts ask of each pure profile (i, j) of the listed game. */
export function pairProperties(d: DiscreteGame): PairProperties {
  const model = d.model;
  if (!(model instanceof ConditionalGame)) {
    const fixed = model.grid.map((p) => model.isFixedPoint(p));
    return { kind: 'performative', fixedPoints: fixed.flatMap((f, i) => (f ? [i] : [])), report: (i) => model.grid[i]!, honest: (i, j) => fixed[i]! && fixed[j]! };
  }
  const profile = (i: number, j: number) => (model.predictors === 1 ? [model.strategy(i)] : [model.strategy(i), model.strategy(j)]);
  return {
    kind: 'conditional',
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
