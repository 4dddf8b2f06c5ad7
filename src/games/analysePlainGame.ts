import type { Json } from '../core/Json.ts';
import type { Rational } from '../numbers/Rational.ts';
import { bimatrixRegret, pureEquilibria, supportEnumeration, type BimatrixEquilibrium } from '../solvers/bimatrixEquilibria.ts';
import { essentialColumns, essentialRows } from '../solvers/essentialRows.ts';
import { GenerationLimitError } from '../solvers/GenerationLimitError.ts';
import type { MatrixGame } from '../solvers/MatrixGame.ts';
import { maxRegret } from '../solvers/maxRegret.ts';
import type { SolveOptions } from '../solvers/solveLinearProgram.ts';
import { solveZeroSum } from '../solvers/solveZeroSum.ts';
import type { BimatrixSpec, MatrixSpec, PlainGameSpec } from './matrixSpecCodec.ts';

/** Support pairs the bimatrix analysis enumerates at most (checked before it starts). */
export const MAX_SUPPORT_PAIRS = 20_000;

/**
 * A plain game analysed for comparison with Gambit and lrsnash (the document `propercheck game` prints):
 * - matrix (zero-sum): the value, a certified equilibrium (maxRegret exactly 0) and the essential rows and
 *   columns (the union of the supports of ALL optimal strategies; every equilibrium is a pair of optimal
 *   strategies, so this describes every equilibrium);
 * - bimatrix: every pure equilibrium (complete), and the equilibria found by support enumeration, each
 *   certified (no pure deviation gains, exactly): every equilibrium when the game is nondegenerate; for a
 *   degenerate game (a witness is given when one is met) only some points of its equilibrium sets.
 */
export async function analysePlainGame(spec: PlainGameSpec, options: SolveOptions = {}): Promise<PlainGameAnalysis> {
  return spec.kind === 'matrix' ? analyseMatrix(spec, options) : analyseBimatrix(spec);
}

/** A zero-sum matrix game solved (exact values; the JSON document is made in report/). */
export interface MatrixAnalysis {
  readonly kind: 'matrix';
  readonly strategies: readonly [number, number];
  readonly value: Rational;
  /** The row player's and the column player's optimal strategies. */
  readonly equilibrium: readonly [readonly Rational[], readonly Rational[]];
  readonly maxRegret: Rational;
  readonly certifiedBy: string;
  readonly essentialRows: readonly number[];
  readonly essentialColumns: readonly number[];
  readonly note: string;
}

/** A bimatrix game's document as printed (its numbers are payoffs and probabilities, exact strings). */
export type BimatrixAnalysis = { readonly kind: 'bimatrix'; readonly [key: string]: Json };

export type PlainGameAnalysis = MatrixAnalysis | BimatrixAnalysis;

async function analyseMatrix(spec: MatrixSpec, options: SolveOptions): Promise<MatrixAnalysis> {
  const g = spec.payoff;
  const sol = await solveZeroSum(g, options);
  const regret = maxRegret(g, sol.rowStrategy, sol.colStrategy);
  if (!regret.isZero()) throw new Error(`the certified equilibrium has regret ${regret} (a bug)`);
  const [rows, cols] = [await essentialRows(g, sol, options), await essentialColumns(g, sol, options)];
  return {
    kind: 'matrix',
    strategies: [g.rows, g.cols],
    value: sol.value,
    equilibrium: [sol.rowStrategy, sol.colStrategy],
    maxRegret: regret,
    certifiedBy: sol.certifiedBy,
    essentialRows: rows.rows,
    essentialColumns: cols.rows,
    note: 'zero-sum: the equilibria are exactly the pairs of optimal strategies (every one earns the value); essentialRows / essentialColumns are the pure strategies some optimal strategy plays',
  };
}

function analyseBimatrix(spec: BimatrixSpec): BimatrixAnalysis {
  const { row: A, col: B } = spec;
  const pure = pureEquilibria(A, B).map(([i, j]) => ({ row: i, col: j, payoffs: [A.at(i, j).toString(), B.at(i, j).toString()] }));
  let enumeration: { [key: string]: Json };
  try {
    const found = supportEnumeration(A, B, MAX_SUPPORT_PAIRS);
    enumeration = {
      supportPairs: Number(found.pairs),
      equilibria: found.equilibria.map((e) => equilibriumJson(A, B, e)),
      complete: found.degenerate ? false : 'if the game is nondegenerate (every equilibrium then has equal support sizes and is found)',
      ...(found.degenerate ? { degenerate: found.degenerate } : {}),
    };
  } catch (error) {
    if (!(error instanceof GenerationLimitError)) throw error;
    enumeration = { skipped: `${error.message}: only the pure equilibria are listed` };
  }
  return {
    kind: 'bimatrix',
    strategies: [A.rows, A.cols],
    pureEquilibria: pure,
    supportEnumeration: enumeration,
    note: 'pureEquilibria is complete; mixed equilibria come from support enumeration over equal-size supports, each certified exactly (no pure deviation gains)',
  };
}

function equilibriumJson(A: MatrixGame, B: MatrixGame, e: BimatrixEquilibrium): Json {
  return { x: e.x.map(String), y: e.y.map(String), payoffs: [e.rowPayoff.toString(), e.colPayoff.toString()], regret: bimatrixRegret(A, B, e.x, e.y).toString() };
}
