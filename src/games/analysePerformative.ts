import { match } from 'ts-pattern';
import { SpecError } from '../core/SpecError.ts';
import { InexactError } from '../numbers/Field.ts';
import { Rational } from '../numbers/Rational.ts';
import { RationalField } from '../numbers/RationalField.ts';
import { solveByDoubleOracle, type DoubleOracleOptions } from '../solvers/doubleOracle.ts';
import { everyEquilibrium, type Verdict } from '../solvers/everyEquilibrium.ts';
import { GenerationLimitError } from '../solvers/GenerationLimitError.ts';
import { maximalOptimalStrategy } from '../solvers/optimalFace.ts';
import { certifiedRegret } from '../solvers/certifiedRegret.ts';
import { colView, rowView, type Weighted, type ZeroSumOracle } from '../solvers/ZeroSumOracle.ts';
import { NO_ACTIONS, type EquilibriumVerdict, type GameAnalysis, type StrategyJson } from './GameAnalysis.ts';
import type { PerformativeGameSpec } from './GameSpec.ts';
import { PerformativeGame } from './PerformativeGame.ts';

/**
 * The performative game (SG-05) by double oracle: a pure strategy is one report of the grid (at most
 * grid + 1 of them), so each best response is exact by listing the reports against the opponent's mix,
 * and the matrix is never built. "Honest" means a fixed point of p -> f(p, p); a pair is honest iff both
 * reports are, so the violation search is one seat at a time over the two best-response sets.
 */
export async function analysePerformative(spec: PerformativeGameSpec, options: DoubleOracleOptions = {}): Promise<GameAnalysis> {
  const model = new PerformativeGame(spec);
  const symmetric = spec.weight.equals(Rational.of(1n, 2n));
  const oracle = performativeOracle(model, symmetric);
  const start = model.grid.findIndex((p) => model.isFixedPoint(p));
  let sol;
  try {
    sol = await solveByDoubleOracle(oracle, { rows: [Math.max(start, 0)], cols: [Math.max(start, 0)] }, options);
  } catch (error) {
    if (error instanceof GenerationLimitError) throw new SpecError('spec.grid', error.message);
    throw error;
  }
  const { value, x, y } = sol;
  const regret = certifiedRegret(oracle, x, y, value);
  const faces = { row: { vars: [...sol.rows], cons: [...sol.cols] }, col: { vars: [...sol.cols], cons: [...sol.rows] } };
  const x0 = await maximalOptimalStrategy(rowView(oracle), value, faces.row, options);
  const y0 = symmetric ? x0 : await maximalOptimalStrategy(colView(oracle), value.neg(), faces.col, options);
  const fixed = model.grid.map((p) => model.isFixedPoint(p));
  const search = (xs: readonly Weighted<number>[], ys: readonly Weighted<number>[]): readonly [number, number] | undefined => {
    const rows = bestSet(oracle, model.strategyCount, ys, 'row');
    const cols = symmetric ? rows : bestSet(oracle, model.strategyCount, xs, 'col');
    const i = rows.find((r) => !fixed[r]);
    if (i !== undefined) return [i, cols[0]!];
    const j = cols.find((c) => !fixed[c]);
    return j === undefined ? undefined : [rows[0]!, j];
  };
  const honestAll = await everyEquilibrium(oracle, value, { x: x0, y: y0 }, faces, search, options);
  const json = (mix: readonly Weighted<number>[]): StrategyJson => mix.map(({ weight, strategy }) => ({ probability: weight.toString(), reports: model.grid[strategy]!.map(String) }));
  return {
    kind: spec.kind,
    scheme: 'zero-sum',
    method: 'double oracle',
    strategies: BigInt(model.strategyCount),
    symmetric,
    certifiedBy: `double oracle (${sol.iterations} rounds, restricted game ${sol.rows.length} x ${sol.cols.length}, ${sol.restrictedBy}); exact best responses over the full grid`,
    solution: {
      kind: 'zero-sum',
      value,
      equilibrium: [json(x), json(y)],
      maxRegret: regret,
      honest: x.every((a) => fixed[a.strategy]) && y.every((b) => fixed[b.strategy]),
      actions: { kind: 'no-actions', reason: NO_ACTIONS },
    },
    bestAction: { kind: 'no-actions', reason: NO_ACTIONS },
    honestAtEveryEquilibrium: match<Verdict<number, number>, EquilibriumVerdict>(honestAll)
      .with({ kind: 'holds' }, () => ({ kind: 'holds' }))
      .with({ kind: 'fails' }, (f) => ({ kind: 'fails', violation: { pair: f.pair.map((i) => model.grid[i]!.map(String)), equilibrium: [json(f.x), json(f.y)] } }))
      .with({ kind: 'undecided' }, ({ reason }) => ({ kind: 'undecided', reason }))
      .exhaustive(),
    bestActionAtEveryEquilibrium: { kind: 'not-applicable', reason: NO_ACTIONS },
    honestProfile: { kind: 'fixed-points', profiles: model.grid.flatMap((report, i) => (fixed[i] ? [{ report, ...fixedPointRegret(oracle, i) }] : [])) },
    essentialStrategies: [x0.map((w) => BigInt(w.strategy)), y0.map((w) => BigInt(w.strategy))],
    generation: { rounds: sol.iterations, restricted: [sol.rows.length, sol.cols.length] },
  };
}

/** The profile (p, p) of grid report i: both seats' best gains from deviating, max_r A(r, i) - min_c A(i, c) (A(i, i) = 0). */
function fixedPointRegret(oracle: ZeroSumOracle<number, number>, i: number): { isEquilibrium: boolean; regret: Rational } {
  const unit = [{ weight: Rational.ONE, strategy: i }];
  const regret = oracle.bestRow(unit).value.sub(oracle.bestCol(unit).value);
  return { isEquilibrium: regret.isZero(), regret };
}

function performativeOracle(model: PerformativeGame, symmetric: boolean): ZeroSumOracle<number, number> {
  const cache = new Map<string, Rational>();
  const scores = new Map<string, Rational>();
  const payoff = (i: number, j: number): Rational => {
    if (i === j) return Rational.ZERO;
    const key = `${i},${j}`;
    let v = cache.get(key);
    if (v === undefined) {
      v = exact(model, i, j, scores);
      cache.set(key, v);
    }
    return v;
  };
  const against = (i: number, mix: readonly Weighted<number>[], asRow: boolean) => Rational.sum(mix.map((w) => w.weight.mul(asRow ? payoff(i, w.strategy) : payoff(w.strategy, i))));
  const all = model.grid.map((_, i) => i);
  return {
    rowKey: String,
    colKey: String,
    symmetric,
    payoff,
    bestRow: (y) => extreme(all.map((i) => against(i, y, true)), 1),
    bestCol: (x) => extreme(all.map((j) => against(j, x, false)), -1),
  };
}

/** The first index of the largest (sign 1) or smallest (sign -1) value. */
function extreme(values: readonly Rational[], sign: 1 | -1): { value: Rational; strategy: number } {
  let best = 0;
  values.forEach((v, i) => {
    if (v.compare(values[best]!) * sign > 0) best = i;
  });
  return { value: values[best]!, strategy: best };
}

/** Every pure best response of a seat to the other's mix (row: max of payoff; col: min), by listing the grid. */
function bestSet(oracle: ZeroSumOracle<number, number>, size: number, mix: readonly Weighted<number>[], seat: 'row' | 'col'): number[] {
  const target = seat === 'row' ? oracle.bestRow(mix).value : oracle.bestCol(mix).value;
  const value = (s: number) => Rational.sum(mix.map((w) => w.weight.mul(seat === 'row' ? oracle.payoff(s, w.strategy) : oracle.payoff(w.strategy, s))));
  return Array.from({ length: size }, (_, s) => s).filter((s) => value(s).equals(target));
}

function exact(model: PerformativeGame, i: number, j: number, scores: Map<string, Rational>): Rational {
  try {
    return model.payoff(model.grid[i]!, model.grid[j]!).exact(model.spec.rule, scores, RationalField);
  } catch (error) {
    if (error instanceof InexactError) {
      throw new SpecError('spec.rule', `${model.spec.ruleName} is not rational-valued on this grid (${error.message}); exact equilibria are computed for rational-valued rules only (the registered claims decide irrational rules with certified intervals)`);
    }
    throw error;
  }
}
