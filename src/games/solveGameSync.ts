import { Rational } from '../numbers/Rational.ts';
import type { MatrixGame } from '../solvers/MatrixGame.ts';
import { guaranteedByRow, maxRegret } from '../solvers/maxRegret.ts';
import { certifiedSmallLp } from '../solvers/certifiedSmallLp.ts';

/** A certified solution: value, optimal strategies of both players, and the exact regret (always 0). */
export interface SyncGameSolution {
  readonly value: Rational;
  readonly rowStrategy: readonly Rational[];
  readonly colStrategy: readonly Rational[];
  readonly maxRegret: Rational;
}

/**
 * Solves a (small) zero-sum matrix game synchronously and exactly, for claim checks (the search runner
 * calls checks synchronously; solveZeroSum is async because of HiGHS). With A' = scale A + shift >= 1,
 * the column LP max sum w s.t. A' w <= 1, w >= 0 has optimum V = 1/value(A'); y = w / V and the LP
 * dual / V is x. It is solved by the fraction-free simplex, its LP certificate checked, and the pair
 * (x, y) accepted only if its exact maximum regret is 0 (von Neumann's minimax certificate).
 */
export function solveGameSync(game: MatrixGame): SyncGameSolution {
  const { a, scale, shift } = integerMatrix(game, (min) => 1n - min);
  const B = a;
  const opt = certifiedSmallLp(B, a.map(() => 1n), a[0]!.map(() => 1n));
  const V = Rational.fraction(opt.valueNum, opt.den);
  const y = opt.zNum.map((w) => Rational.fraction(w, opt.den).div(V));
  const x = opt.yNum.map((u) => Rational.fraction(u, opt.den).div(V));
  const value = V.inv().sub(Rational.of(shift)).div(Rational.of(scale));
  const regret = maxRegret(game, x, y);
  if (!regret.isZero()) throw new Error(`solveGameSync: the certificate failed, regret ${regret} (a bug)`);
  return { value, rowStrategy: x, colStrategy: y, maxRegret: regret };
}

/**
 * The row player's essential strategies: the rows that SOME optimal strategy plays with positive
 * probability (the union of the supports of the optimal face; Bohnenblust, Karlin & Shapley 1950).
 * One LP over the cone {x >= 0 : x^T (A - v) >= 0}: max sum t_i, t_i <= x_i, t_i <= 1. Its optimum is
 * the number of essential rows, with t_i = 1 exactly on them (a cone is closed under sums), and the
 * LP duality certificate proves no other row is essential. Also returns one optimal strategy whose
 * support is the whole essential set (re-verified exactly to guarantee the value).
 */
export function essentialRows(game: MatrixGame, value: Rational): { rows: number[]; strategy: Rational[] } {
  const m = game.rows;
  const n = game.cols;
  const shifted = game.payoff.map((row) => row.map((v) => v.sub(value)));
  const scale = lcmOfDenominators(shifted.flat());
  const ints = shifted.map((row) => row.map((v) => (v.num * scale) / v.den));
  // Variables: x_0..x_{m-1}, t_0..t_{m-1}.
  const B: bigint[][] = [];
  const b: bigint[] = [];
  for (let j = 0; j < n; j++) {
    B.push([...ints.map((row) => -row[j]!), ...new Array<bigint>(m).fill(0n)]);
    b.push(0n);
  }
  for (let i = 0; i < m; i++) {
    const link = new Array<bigint>(2 * m).fill(0n);
    link[i] = -1n;
    link[m + i] = 1n;
    B.push(link);
    b.push(0n);
    const cap = new Array<bigint>(2 * m).fill(0n);
    cap[m + i] = 1n;
    B.push(cap);
    b.push(1n);
  }
  const c = [...new Array<bigint>(m).fill(0n), ...new Array<bigint>(m).fill(1n)];
  const opt = certifiedSmallLp(B, b, c);
  const rows = Array.from({ length: m }, (_, i) => i).filter((i) => opt.zNum[m + i] === opt.den);
  if (BigInt(rows.length) * opt.den !== opt.valueNum) throw new Error('essentialRows: fractional optimum (a bug)');
  const xs = opt.zNum.slice(0, m);
  const total = xs.reduce((s, v) => s + v, 0n);
  const strategy = xs.map((v) => Rational.fraction(v, total));
  if (!guaranteedByRow(game, strategy).equals(value)) throw new Error('essentialRows: the support strategy is not optimal (a bug)');
  if (rows.some((i) => xs[i] === 0n)) throw new Error('essentialRows: an essential row outside the support (a bug)');
  return { rows, strategy };
}

/** The game in integers: scale * A + shift(min). */
function integerMatrix(game: MatrixGame, shiftOf: (min: bigint) => bigint): { a: bigint[][]; scale: bigint; shift: bigint } {
  const scale = lcmOfDenominators(game.payoff.flat());
  const scaled = game.payoff.map((row) => row.map((q) => (q.num * scale) / q.den));
  const min = scaled.flat().reduce((x, y) => (y < x ? y : x));
  const shift = shiftOf(min) > 0n ? shiftOf(min) : 0n;
  return { a: scaled.map((row) => row.map((v) => v + shift)), scale, shift };
}

function lcmOfDenominators(xs: readonly Rational[]): bigint {
  let l = 1n;
  for (const x of xs) l = (l / gcd(l, x.den)) * x.den;
  return l;
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}
