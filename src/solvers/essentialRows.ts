import type { Rational } from '../numbers/Rational.ts';
import type { MatrixGame } from './MatrixGame.ts';
import type { ZeroSumSolution } from './ZeroSumSolution.ts';
import { certifiedLp, certifiedLpSync, type CertifiedBy, type CertifiedScaledLp, type SolveOptions, type Verifier } from './_internals/certifiedLp.ts';
import { checkGameCertificate } from './_internals/checkGameCertificate.ts';
import { integerGame } from './_internals/gameLp.ts';
import { optimalConeLp } from './_internals/optimalConeLp.ts';
import type { ScaledLp } from './_internals/ScaledLp.ts';
import { fromRationals, toRationals } from './_internals/ScaledVector.ts';

/** A pair of optimal strategies (re-checked here: it fixes the value the optimal cone is built on). */
export type Equilibrium = Pick<ZeroSumSolution, 'rowStrategy' | 'colStrategy'>;

/** Fresh arrays, the caller's to keep. */
export interface EssentialRows {
  /** Every row that SOME optimal strategy plays with positive probability, ascending. */
  readonly rows: number[];
  /** One optimal row strategy whose support is exactly those rows. */
  readonly strategy: Rational[];
  readonly certifiedBy: CertifiedBy;
}

/**
 * The row player's essential strategies: the union of the supports of all optimal strategies
 * (Bohnenblust, Karlin & Shapley 1950), by ONE LP over the optimal cone (optimalConeLp), variables
 * (x, t): max sum_i t_i s.t. x in the cone, t_i <= x_i, t_i <= 1, x, t >= 0. A cone is closed under
 * sums, so the sum of one optimal strategy per essential row, scaled up, has x_i >= 1 on all of them:
 * the optimum is the number of essential rows. No x in the cone is positive off them, so every optimal
 * (x, t) has t_i = 1 exactly on the essential rows and 0 elsewhere; the LP certificate proves that no
 * other row is essential. Solved by the certified LP (HiGHS proposes, exact fallback).
 */
export async function essentialRows(game: MatrixGame, equilibrium: Equilibrium, options: SolveOptions = {}): Promise<EssentialRows> {
  const lp = essentialRowsLp(game, equilibrium);
  return essentialOf(game.rows, await certifiedLp(lp, options, zeroOneT(game.rows)));
}

/** The same LP and certificate, synchronously by the exact simplex alone (small games). */
export function essentialRowsSync(game: MatrixGame, equilibrium: Equilibrium): EssentialRows {
  return essentialOf(game.rows, certifiedLpSync(essentialRowsLp(game, equilibrium), zeroOneT(game.rows)));
}

/** The column player's essential strategies: the essential rows of the game seen from its seat. */
export function essentialColumns(game: MatrixGame, equilibrium: Equilibrium, options: SolveOptions = {}): Promise<EssentialRows> {
  return essentialRows(game.negTranspose(), { rowStrategy: equilibrium.colStrategy, colStrategy: equilibrium.rowStrategy }, options);
}

function essentialRowsLp(game: MatrixGame, equilibrium: Equilibrium): ScaledLp {
  const g = integerGame(game);
  const value = checkGameCertificate(g, fromRationals(equilibrium.rowStrategy), fromRationals(equilibrium.colStrategy));
  if (!value) throw new RangeError('essentialRows: the given strategies are not an equilibrium of the game');
  const m = g.a.length;
  const cone = optimalConeLp(g, value, 2 * m);
  const row = (entries: [number, bigint][]): bigint[] => {
    const r = new Array<bigint>(2 * m).fill(0n);
    for (const [j, v] of entries) r[j] = v;
    return r;
  };
  const links = Array.from({ length: m }, (_, i) => row([[m + i, 1n], [i, -1n]])); // t_i - x_i <= 0
  const caps = Array.from({ length: m }, (_, i) => row([[m + i, 1n]])); // t_i <= 1
  return {
    a: [...cone.a, ...links, ...caps],
    sense: [...cone.sense, ...links.map(() => '<=' as const), ...caps.map(() => '<=' as const)],
    b: [...cone.b, ...links.map(() => 0n), ...caps.map(() => 1n)],
    c: Array.from({ length: 2 * m }, (_, j) => (j < m ? 0n : 1n)),
    rowScale: new Array<bigint>(cone.a.length + 2 * m).fill(1n),
    objScale: 1n,
  };
}

/** Beyond the LP certificate: every t_i is exactly 0 or 1 and some is 1 (as the argument above says). */
function zeroOneT(m: number): Verifier {
  return (_, x) => {
    const t = x.num.slice(m);
    if (t.some((v) => v !== 0n && v !== x.den)) return 'a fractional t_i';
    return t.includes(x.den) ? undefined : 'no essential row';
  };
}

function essentialOf(m: number, sol: CertifiedScaledLp): EssentialRows {
  const rows = sol.x.num.slice(m).flatMap((t, i) => (t === sol.x.den ? [i] : []));
  const xs = sol.x.num.slice(0, m);
  const strategy = toRationals({ num: xs, den: xs.reduce((s, v) => s + v, 0n) });
  return { rows, strategy, certifiedBy: sol.certifiedBy };
}
