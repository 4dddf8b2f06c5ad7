import { SpecError } from '../core/SpecError.ts';
import { argmaxLowest } from '../decisions/expectedUtility.ts';
import { Rational } from '../numbers/Rational.ts';
import { solveByDoubleOracle, type DoubleOracleOptions } from '../solvers/doubleOracle.ts';
import { everyEquilibrium, type Verdict } from '../solvers/everyEquilibrium.ts';
import { GenerationLimitError } from '../solvers/GenerationLimitError.ts';
import { maximalOptimalStrategy } from '../solvers/optimalFace.ts';
import { certifiedRegret } from '../solvers/certifiedRegret.ts';
import { colView, rowView, type Weighted } from '../solvers/ZeroSumOracle.ts';
import type { GameAnalysis, StrategyJson, ViolationJson } from './GameAnalysis.ts';
import { conditionalOracle, profileDecision, profilePayoff, symmetricByConstruction } from './conditionalOracle.ts';
import { discretiseGame, MAX_STRATEGIES } from './discretiseGame.ts';
import { conditionalViolationSearch, everySingleOptimum, singleOptimalCases, type SingleVerdict, type VerdictKind } from './equilibriumVerdicts.ts';
import type { ConditionalGameSpec } from './GameSpec.ts';
import { optimalCount } from './PayoffCase.ts';
import { gameTables, type Digits, type GameTables } from './ReportTables.ts';
import { predictorCount } from './ScoringScheme.ts';
import { seatBestResponse } from './seatBestResponse.ts';
import { seatProblem } from './SeatProblem.ts';
import { sharedNeedsSymmetry } from './sharedNeedsSymmetry.ts';

/**
 * The conditional-prediction game analysed without listing its pure strategies (docs/design.md §9):
 * one predictor by its exact best response (the optimal cases); two predictors in the zero-sum scheme by
 * double oracle, with the "every equilibrium" verdicts decided over the full game's optimal faces.
 * Exact for rational-valued rules (gameTables says which are not).
 */
export async function analyseConditional(spec: ConditionalGameSpec, options: DoubleOracleOptions = {}): Promise<GameAnalysis> {
  const tables = gameTables(spec);
  const strategies = BigInt(tables.grid.length) ** BigInt(spec.truth.length);
  try {
    return predictorCount(spec.scoring) === 1 ? onePredictor(spec, tables, strategies) : await twoPredictors(spec, tables, strategies, options);
  } catch (error) {
    if (error instanceof GenerationLimitError) throw new SpecError('spec.grid', error.message);
    throw error;
  }
}

function onePredictor(spec: ConditionalGameSpec, tables: GameTables, strategies: bigint): GameAnalysis {
  const { value, strategy } = seatBestResponse(seatProblem(spec, tables, 0, []));
  const regret = value.sub(profilePayoff(spec, tables, [strategy]));
  if (!regret.isZero()) throw new Error(`the best response has regret ${regret} (a bug)`);
  const dist = profileDecision(spec, tables, [strategy]);
  const notes: string[] = [];
  let verdicts: Record<VerdictKind, SingleVerdict> = { honest: { holds: null }, best: { holds: null } };
  let optimalPure: bigint | undefined;
  try {
    const cases = singleOptimalCases(spec, tables, value);
    optimalPure = cases.reduce((n, c) => n + optimalCount(tables, c), 0n);
    verdicts = { honest: everySingleOptimum('honest', spec, tables, cases), best: everySingleOptimum('best', spec, tables, cases) };
  } catch (error) {
    if (!(error instanceof GenerationLimitError)) throw error;
    notes.push(`"every optimum" verdicts not decided: ${error.message}`);
  }
  const honestRegret = value.sub(profilePayoff(spec, tables, [tables.honest]));
  return {
    kind: spec.kind,
    scheme: spec.scoring.kind,
    method: 'best response over the full grid',
    strategies,
    zeroSum: true,
    symmetric: false,
    value,
    equilibrium: [strategyJson(tables, [{ weight: Rational.ONE, strategy }])],
    maxRegret: regret,
    certifiedBy: 'exact best response (cases of the decision)',
    actionDistribution: dist,
    actionTaken: argmaxLowest(dist),
    bestAction: bestActionOf(spec),
    honest: honestOnTaken(tables, [strategy], dist),
    honestAtEveryEquilibrium: verdicts.honest.holds,
    bestActionAtEveryEquilibrium: verdicts.best.holds,
    essentialStrategies: [[indexOf(tables, strategy)]],
    violations: { honest: singleViolation(tables, verdicts.honest), best: singleViolation(tables, verdicts.best) },
    ...(optimalPure !== undefined ? { optimalPureStrategies: optimalPure } : {}),
    honestProfile: { isEquilibrium: honestRegret.isZero(), regret: honestRegret },
    ...(notes.length ? { note: notes.join('; ') } : {}),
  };
}

async function twoPredictors(spec: ConditionalGameSpec, tables: GameTables, strategies: bigint, options: DoubleOracleOptions): Promise<GameAnalysis> {
  const symmetric = isSymmetric(spec, tables, strategies);
  const oracle = conditionalOracle(spec, tables, symmetric);
  const sol = await solveByDoubleOracle(oracle, { rows: [tables.honest], cols: [tables.honest] }, options);
  const { value, x, y } = sol;
  const regret = certifiedRegret(oracle, x, y, value);
  const faces = { row: { vars: [...sol.rows], cons: [...sol.cols] }, col: { vars: [...sol.cols], cons: [...sol.rows] } };
  const x0 = await maximalOptimalStrategy(rowView(oracle), value, faces.row, options);
  const y0 = symmetric ? x0 : await maximalOptimalStrategy(colView(oracle), value.neg(), faces.col, options);
  const verdict = (kind: VerdictKind) => everyEquilibrium(oracle, value, { x: x0, y: y0 }, faces, conditionalViolationSearch(kind, spec, tables, symmetric, value), options);
  const [honestAll, bestAll] = [await verdict('honest'), await verdict('best')];
  const dist = mixedDecision(spec, tables, x, y);
  const honestRegret = oracle.bestRow([{ weight: Rational.ONE, strategy: tables.honest }]).value.sub(oracle.bestCol([{ weight: Rational.ONE, strategy: tables.honest }]).value);
  const notes = [honestAll, bestAll].flatMap((v, i) => (v.holds === null ? [`${i === 0 ? 'honest' : 'best action'} at every equilibrium: ${v.reason}`] : []));
  return {
    kind: spec.kind,
    scheme: spec.scoring.kind,
    method: 'double oracle',
    strategies,
    zeroSum: true,
    symmetric,
    value,
    equilibrium: [strategyJson(tables, x), strategyJson(tables, y)],
    maxRegret: regret,
    certifiedBy: `double oracle (${sol.iterations} rounds, restricted game ${sol.rows.length} x ${sol.cols.length}, ${sol.restrictedBy}); exact best responses over the full grid`,
    actionDistribution: dist,
    actionTaken: argmaxLowest(dist),
    bestAction: bestActionOf(spec),
    honest: x.every((a) => y.every((b) => honestOnTaken(tables, [a.strategy, b.strategy], profileDecision(spec, tables, [a.strategy, b.strategy])))),
    honestAtEveryEquilibrium: honestAll.holds,
    bestActionAtEveryEquilibrium: bestAll.holds,
    essentialStrategies: [x0.map((w) => indexOf(tables, w.strategy)), y0.map((w) => indexOf(tables, w.strategy))],
    violations: { honest: violationJson(tables, honestAll), best: violationJson(tables, bestAll) },
    honestProfile: { isEquilibrium: honestRegret.isZero(), regret: honestRegret },
    generation: { rounds: sol.iterations, restricted: [sol.rows.length, sol.cols.length] },
    ...(notes.length ? { note: notes.join('; ') } : {}),
  };
}

/**
 * Symmetric by construction, or (shared seats, small game) by the exact matrix as before: with one model
 * in both seats only profiles (x, x) exist, which needs a symmetric game (sharedNeedsSymmetry).
 */
function isSymmetric(spec: ConditionalGameSpec, tables: GameTables, strategies: bigint): boolean {
  if (symmetricByConstruction(spec, tables)) return true;
  if (spec.seats !== 'shared') return false;
  if (strategies <= BigInt(MAX_STRATEGIES) && discretiseGame(spec).row.isSymmetric()) return true;
  throw new SpecError('spec.seats', sharedNeedsSymmetry(spec));
}

function mixedDecision(spec: ConditionalGameSpec, tables: GameTables, x: readonly Weighted<Digits>[], y: readonly Weighted<Digits>[]): Rational[] {
  let total = spec.truth.map(() => Rational.ZERO);
  for (const a of x) {
    for (const b of y) {
      const w = a.weight.mul(b.weight);
      total = profileDecision(spec, tables, [a.strategy, b.strategy]).map((p, i) => total[i]!.add(w.mul(p)));
    }
  }
  return total;
}

function honestOnTaken(tables: GameTables, profile: readonly Digits[], pi: readonly Rational[]): boolean {
  return pi.every((p, a) => p.sign() === 0 || profile.every((s) => s[a] === tables.actions[a]!.truth));
}

function bestActionOf(spec: ConditionalGameSpec): number {
  return argmaxLowest(spec.truth.map((q, a) => Rational.sum(q.map((p, y) => p.mul(spec.utility[a]![y]!)))));
}

/** The index of a pure strategy in the enumeration order of ConditionalGame (mixed radix, action 0 first). */
export function indexOf(tables: GameTables, s: Digits): bigint {
  const base = BigInt(tables.grid.length);
  return s.reduce((i, d) => i * base + BigInt(d), 0n);
}

function strategyJson(tables: GameTables, mix: readonly Weighted<Digits>[]): StrategyJson {
  return mix.map(({ weight, strategy }) => ({ probability: weight.toString(), reports: reportsJson(tables, strategy) }));
}

function reportsJson(tables: GameTables, s: Digits): string[][] {
  return s.map((k) => tables.grid[k]!.map(String));
}

/** One predictor: an optimal pure strategy violating the property is itself an optimal (equilibrium) strategy. */
function singleViolation(tables: GameTables, v: SingleVerdict): ViolationJson | null {
  return v.holds === false && v.witness ? { pair: [reportsJson(tables, v.witness)], equilibrium: [strategyJson(tables, [{ weight: Rational.ONE, strategy: v.witness }])] } : null;
}

function violationJson(tables: GameTables, v: Verdict<Digits, Digits>): ViolationJson | null {
  if (v.holds !== false) return null;
  return { pair: v.pair.map((s) => reportsJson(tables, s)), equilibrium: [strategyJson(tables, v.x), strategyJson(tables, v.y)] };
}
