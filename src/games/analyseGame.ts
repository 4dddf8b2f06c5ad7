import type { Json } from '../core/Json.ts';
import { SpecError } from '../core/SpecError.ts';
import { argmaxLowest } from '../decisions/expectedUtility.ts';
import { Rational } from '../numbers/Rational.ts';
import type { MatrixGame } from '../solvers/MatrixGame.ts';
import { maxRegret } from '../solvers/maxRegret.ts';
import { essentialColumns, essentialRows } from '../solvers/essentialRows.ts';
import { solveZeroSum } from '../solvers/solveZeroSum.ts';
import { ConditionalGame } from './ConditionalGame.ts';
import { discretiseGame, type DiscreteGame } from './discretiseGame.ts';
import type { GameSpec } from './GameSpec.ts';

/** One player's mixed strategy: the pure strategies it plays, with exact probabilities. */
export type StrategyJson = { probability: string; reports: Json }[];

/**
 * What `propercheck game` reports (all numbers exact):
 * - value: the game's value for player 1 (null for a general-sum weighted game);
 * - equilibrium: a certified equilibrium, one mixed strategy per seat, re-verified: maxRegret exactly 0;
 *   for a single predictor, its optimal report strategy;
 * - actionDistribution / actionTaken: the principal's action distribution at that equilibrium and its most
 *   likely action (lowest index on ties); bestAction: argmax_a EU(q_a);
 * - honest: the reported equilibrium's reports on every action taken equal the truth (performative game:
 *   the reports are fixed points of p -> f(p, p));
 * - honestAtEveryEquilibrium / bestActionAtEveryEquilibrium: over ALL equilibria, certified by the
 *   essential strategies (one certified LP over the optimal cone per seat, solvers/essentialRows: every
 *   equilibrium of a zero-sum game is a pair of optimal strategies, so the claims hold iff they hold for
 *   every pair of essential pure strategies).
 */
export interface GameAnalysis {
  readonly kind: GameSpec['kind'];
  readonly scheme: string;
  readonly strategies: number;
  readonly zeroSum: boolean;
  readonly symmetric: boolean;
  readonly value: Rational | null;
  readonly equilibrium: StrategyJson[] | null;
  readonly maxRegret: Rational | null;
  readonly certifiedBy: string;
  readonly actionDistribution: Rational[] | null;
  readonly actionTaken: number | null;
  readonly bestAction: number | null;
  readonly honest: boolean | null;
  readonly honestAtEveryEquilibrium: boolean | null;
  readonly bestActionAtEveryEquilibrium: boolean | null;
  readonly essentialStrategies: number[][];
  readonly honestProfile: { readonly isEquilibrium: boolean; readonly regret: Rational } | null;
  readonly note?: string;
}

export async function analyseGame(spec: GameSpec, options: { exactOnly?: boolean } = {}): Promise<GameAnalysis> {
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
    strategies: d.strategies,
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
    essentialStrategies: single ? [rowEssential] : [rowEssential, colEssential],
    honestProfile: honestProfile(d, props.honestIndex),
  };
}

/**
 * Why "shared" seats are refused for a game that is not symmetric. With one model in both seats only
 * profiles (x, x) are reachable; when seat 2's payoffs are not the mirror image of seat 1's (A != -A^T,
 * e.g. an argmax decision that reads seat 1's report only), the zero-sum game's equilibria need not be
 * of that form, and "the equilibrium of self-play" has no meaning propercheck could certify. Rather than
 * report an equilibrium that is not one, the spec is bad input (exit 2); "independent" seats are solved.
 */
function sharedNeedsSymmetry(spec: GameSpec): string {
  const decision = spec.kind === 'conditional-prediction' ? ` (decision ${spec.decision.kind})` : '';
  return `"shared" (one model in both seats) needs a symmetric game, and this one${decision} is not: seat 2's payoffs are not the mirror image of seat 1's, so only profiles (x, x) are reachable and no equilibrium of the game need be one; use "independent"`;
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
    strategies: n,
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
    essentialStrategies: [[...new Set(pure.map(([i]) => i))], [...new Set(pure.map(([, j]) => j))]],
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
