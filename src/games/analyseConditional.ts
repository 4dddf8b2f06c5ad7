import { match } from 'ts-pattern';
import { SpecError } from '../core/SpecError.ts';
import { argmaxLowest } from '../decisions/expectedUtility.ts';
import { Rational } from '../numbers/Rational.ts';
import { solveByDoubleOracle, type DoubleOracleOptions } from '../solvers/doubleOracle.ts';
import { everyEquilibrium, type Verdict } from '../solvers/everyEquilibrium.ts';
import { GenerationLimitError } from '../solvers/GenerationLimitError.ts';
import { maximalOptimalStrategy } from '../solvers/optimalFace.ts';
import { certifiedRegret } from '../solvers/certifiedRegret.ts';
import { colView, rowView, type Weighted } from '../solvers/ZeroSumOracle.ts';
import type { EquilibriumVerdict, GameAnalysis, StrategyJson } from './GameAnalysis.ts';
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
  const { honest, best, optimalPure } = singleVerdicts(spec, tables, value);
  const honestRegret = value.sub(profilePayoff(spec, tables, [tables.honest]));
  return {
    kind: spec.kind,
    scheme: spec.scoring.kind,
    method: 'best response over the full grid',
    strategies,
    symmetric: false,
    certifiedBy: 'exact best response (cases of the decision)',
    solution: {
      kind: 'zero-sum',
      value,
      equilibrium: [strategyJson(tables, [{ weight: Rational.ONE, strategy }])],
      maxRegret: regret,
      honest: honestOnTaken(tables, [strategy], dist),
      actions: { kind: 'taken', action: argmaxLowest(dist), distribution: dist },
    },
    bestAction: { kind: 'action', action: bestActionOf(spec) },
    honestAtEveryEquilibrium: singleVerdictJson(tables, honest),
    bestActionAtEveryEquilibrium: singleVerdictJson(tables, best),
    essentialStrategies: [[indexOf(tables, strategy)]],
    ...(optimalPure !== undefined ? { optimalPureStrategies: optimalPure } : {}),
    honestProfile: { kind: 'truthful', isEquilibrium: honestRegret.isZero(), regret: honestRegret },
  };
}

/** Both "every optimum" verdicts of one predictor and the count of its optimal pure strategies; undecided when expanding the cases hits a work limit. */
function singleVerdicts(spec: ConditionalGameSpec, tables: GameTables, value: Rational): Record<VerdictKind, SingleVerdict> & { optimalPure?: bigint } {
  try {
    const cases = singleOptimalCases(spec, tables, value);
    const optimalPure = cases.reduce((n, c) => n + optimalCount(tables, c), 0n);
    return { honest: everySingleOptimum('honest', spec, tables, cases), best: everySingleOptimum('best', spec, tables, cases), optimalPure };
  } catch (error) {
    if (!(error instanceof GenerationLimitError)) throw error;
    const undecided = { kind: 'undecided', reason: `"every optimum" verdicts not decided: ${error.message}` } as const;
    return { honest: undecided, best: undecided };
  }
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
  return {
    kind: spec.kind,
    scheme: spec.scoring.kind,
    method: 'double oracle',
    strategies,
    symmetric,
    certifiedBy: `double oracle (${sol.iterations} rounds, restricted game ${sol.rows.length} x ${sol.cols.length}, ${sol.restrictedBy}); exact best responses over the full grid`,
    solution: {
      kind: 'zero-sum',
      value,
      equilibrium: [strategyJson(tables, x), strategyJson(tables, y)],
      maxRegret: regret,
      honest: x.every((a) => y.every((b) => honestOnTaken(tables, [a.strategy, b.strategy], profileDecision(spec, tables, [a.strategy, b.strategy])))),
      actions: { kind: 'taken', action: argmaxLowest(dist), distribution: dist },
    },
    bestAction: { kind: 'action', action: bestActionOf(spec) },
    honestAtEveryEquilibrium: verdictJson(tables, honestAll),
    bestActionAtEveryEquilibrium: verdictJson(tables, bestAll),
    essentialStrategies: [x0.map((w) => indexOf(tables, w.strategy)), y0.map((w) => indexOf(tables, w.strategy))],
    honestProfile: { kind: 'truthful', isEquilibrium: honestRegret.isZero(), regret: honestRegret },
    generation: { rounds: sol.iterations, restricted: [sol.rows.length, sol.cols.length] },
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
function singleVerdictJson(tables: GameTables, v: SingleVerdict): EquilibriumVerdict {
  return match<SingleVerdict, EquilibriumVerdict>(v)
    .with({ kind: 'holds' }, () => ({ kind: 'holds' }))
    .with({ kind: 'fails' }, ({ witness }) => ({ kind: 'fails', violation: { pair: [reportsJson(tables, witness)], equilibrium: [strategyJson(tables, [{ weight: Rational.ONE, strategy: witness }])] } }))
    .with({ kind: 'undecided' }, ({ reason }) => ({ kind: 'undecided', reason }))
    .exhaustive();
}

function verdictJson(tables: GameTables, v: Verdict<Digits, Digits>): EquilibriumVerdict {
  return match<Verdict<Digits, Digits>, EquilibriumVerdict>(v)
    .with({ kind: 'holds' }, () => ({ kind: 'holds' }))
    .with({ kind: 'fails' }, (f) => ({ kind: 'fails', violation: { pair: f.pair.map((s) => reportsJson(tables, s)), equilibrium: [strategyJson(tables, f.x), strategyJson(tables, f.y)] } }))
    .with({ kind: 'undecided' }, ({ reason }) => ({ kind: 'undecided', reason }))
    .exhaustive();
}
