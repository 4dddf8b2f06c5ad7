import { Rational } from '../numbers/Rational.ts';
import type { CertifiedBy, SolveOptions } from './_internals/certifiedLp.ts';
import { RestrictedGame } from './_internals/RestrictedGame.ts';
import { GenerationLimitError } from './GenerationLimitError.ts';
import type { MatrixGame } from './MatrixGame.ts';
import { solveZeroSum, solveZeroSumSync } from './solveZeroSum.ts';
import { colBelow, rowAbove, type Weighted, type ZeroSumOracle } from './ZeroSumOracle.ts';
import type { ZeroSumSolution } from './ZeroSumSolution.ts';

export interface DoubleOracleOptions extends SolveOptions {
  /** The largest restricted game (pure strategies per seat); checked before the game grows. */
  readonly maxStrategies?: number;
  /** Wall-clock limit in ms, checked between iterations (never decides anything, only stops). */
  readonly timeLimitMs?: number;
}

export const DEFAULT_MAX_RESTRICTED = 1500;

/**
 * The equilibrium of the FULL game, certified: x and y are finite mixed strategies (positive weights only)
 * and the exact best responses over every pure strategy of the full game give
 *   max_r payoff(r, y) = value = min_c payoff(x, c),
 * so neither seat gains by any deviation: the duality gap (the sum of both regrets) is exactly 0.
 */
export interface DoubleOracleSolution<R, C> {
  readonly value: Rational;
  readonly x: readonly Weighted<R>[];
  readonly y: readonly Weighted<C>[];
  /** The strategies the method generated, and their payoff matrix (the last restricted game). */
  readonly rows: readonly R[];
  readonly cols: readonly C[];
  readonly matrix: MatrixGame;
  readonly iterations: number;
  /** How the restricted games were solved (the last one). */
  readonly restrictedBy: CertifiedBy;
}

/**
 * Double oracle (McMahan, Gordon & Blum, ICML 2003) with exact oracles: solve the restricted game (the
 * certified LP: HiGHS proposes, the exact certificate accepts, else the exact simplex), ask each seat's
 * exact best response over ALL its pure strategies to the other's restricted optimum, add those that
 * beat the restricted value, and stop when none does. Then the restricted optimum (x, y) satisfies
 * max_r payoff(r, y) = v_R = min_c payoff(x, c) in the full game: it is an equilibrium of the full game,
 * and v_R its value (the minimax certificate, checked with exact arithmetic). Finite: each round adds a
 * strategy not yet present (one earning more than v_R against y cannot be among the restricted rows,
 * where y concedes at most v_R). A symmetric game keeps one list for both seats and stops when no pure
 * strategy earns more than 0 against x.
 */
export async function solveByDoubleOracle<R, C>(game: ZeroSumOracle<R, C>, initial: Initial<R, C>, options: DoubleOracleOptions = {}): Promise<DoubleOracleSolution<R, C>> {
  const steps = doubleOracleSteps(game, initial, options);
  let step = steps.next();
  while (!step.done) step = steps.next(await solveZeroSum(step.value, options));
  return step.value;
}

/** The same method with the exact simplex alone, synchronously (small games; claims that cannot wait). */
export function solveByDoubleOracleSync<R, C>(game: ZeroSumOracle<R, C>, initial: Initial<R, C>, options: DoubleOracleOptions = {}): DoubleOracleSolution<R, C> {
  const steps = doubleOracleSteps(game, initial, options);
  let step = steps.next();
  while (!step.done) step = steps.next(solveZeroSumSync(step.value));
  return step.value;
}

export interface Initial<R, C> {
  readonly rows: readonly R[];
  readonly cols: readonly C[];
}

/** The rounds, as a generator yielding each restricted matrix to be solved (async or sync driver). */
function* doubleOracleSteps<R, C>(game: ZeroSumOracle<R, C>, initial: Initial<R, C>, options: DoubleOracleOptions): Generator<MatrixGame, DoubleOracleSolution<R, C>, ZeroSumSolution> {
  const restricted = new RestrictedGame(game, options.maxStrategies ?? DEFAULT_MAX_RESTRICTED);
  initial.rows.forEach((r) => restricted.addRow(r));
  initial.cols.forEach((c) => restricted.addCol(c));
  if (restricted.rows.length === 0 || restricted.cols.length === 0) throw new RangeError('double oracle: start with at least one strategy per seat');
  const started = performance.now();
  for (let iteration = 1; ; iteration++) {
    const matrix = restricted.matrix();
    const sol = yield matrix;
    const x = weighted(restricted.rows, sol.rowStrategy);
    const y = game.symmetric ? (x as unknown as Weighted<C>[]) : weighted(restricted.cols, sol.colStrategy);
    // Only whether some pure strategy beats v_R matters (the oracles may cut everything that cannot).
    const rowGain = rowAbove(game, y, sol.value);
    const colGain = game.symmetric ? undefined : colBelow(game, x, sol.value);
    if (!rowGain && !colGain) {
      return { value: sol.value, x, y, rows: [...restricted.rows], cols: [...restricted.cols], matrix, iterations: iteration, restrictedBy: sol.certifiedBy };
    }
    if (rowGain && !restricted.addRow(rowGain.strategy)) throw new Error('double oracle: a best response beating the restricted value is already restricted (a bug in an oracle)');
    if (colGain && !restricted.addCol(colGain.strategy)) throw new Error('double oracle: a best response beating the restricted value is already restricted (a bug in an oracle)');
    if (options.timeLimitMs !== undefined && performance.now() - started > options.timeLimitMs) {
      throw new GenerationLimitError('time', `double oracle stopped at the time limit of ${options.timeLimitMs} ms after ${iteration} rounds (${restricted.rows.length} x ${restricted.cols.length} strategies), before certifying an equilibrium`);
    }
  }
}

/** The positive entries of a strategy over a list, as (probability, strategy) pairs. */
export function weighted<S>(list: readonly S[], p: readonly Rational[]): Weighted<S>[] {
  return list.flatMap((strategy, i) => (p[i]!.sign() > 0 ? [{ weight: p[i]!, strategy }] : []));
}

/** The mixture (a + b) / 2 of two mixed strategies, merged by key. */
export function average<S>(a: readonly Weighted<S>[], b: readonly Weighted<S>[], key: (s: S) => string): Weighted<S>[] {
  const half = Rational.of(1n, 2n);
  const out = new Map<string, Weighted<S>>();
  for (const { weight, strategy } of [...a, ...b]) {
    const k = key(strategy);
    const prev = out.get(k);
    out.set(k, { strategy, weight: (prev?.weight ?? Rational.ZERO).add(weight.mul(half)) });
  }
  return [...out.values()];
}
