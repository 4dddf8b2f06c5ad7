import { solveAffine } from '../linalg/linearAlgebra.ts';
import { Rational } from '../numbers/Rational.ts';
import { GenerationLimitError } from './GenerationLimitError.ts';
import type { MatrixGame } from './MatrixGame.ts';
import { columnPayoffs, rowPayoffs } from './_internals/payoffVectors.ts';

/** An equilibrium of the bimatrix game (A, B): mixed strategies and both players' payoffs, exact. */
export interface BimatrixEquilibrium {
  readonly x: readonly Rational[];
  readonly y: readonly Rational[];
  readonly rowPayoff: Rational;
  readonly colPayoff: Rational;
}

/** Every pure equilibrium (i, j): A[i][j] is a best reply to column j and B[i][j] to row i. Complete. */
export function pureEquilibria(A: MatrixGame, B: MatrixGame): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < A.rows; i++) {
    for (let j = 0; j < A.cols; j++) {
      let best = true;
      for (let k = 0; k < A.rows && best; k++) best = A.at(k, j).le(A.at(i, j));
      for (let l = 0; l < A.cols && best; l++) best = B.at(i, l).le(B.at(i, j));
      if (best) out.push([i, j]);
    }
  }
  return out;
}

/** Support pairs of equal size: sum_k C(m, k) C(n, k). */
export function supportPairCount(m: number, n: number): bigint {
  let total = 0n;
  for (let k = 1; k <= Math.min(m, n); k++) total += binomial(m, k) * binomial(n, k);
  return total;
}

export interface SupportEnumeration {
  readonly equilibria: BimatrixEquilibrium[];
  readonly pairs: bigint;
  /**
   * A witness that the game is degenerate: an equilibrium strategy with more pure best replies than its
   * support size. Absent: none was met (which does not prove the game nondegenerate).
   */
  readonly degenerate?: string;
}

/**
 * Support enumeration (e.g. Nisan et al., Algorithmic Game Theory, ch. 3; von Stengel 2002): for every
 * pair of supports I, J of equal size k, the indifference systems (A y)_i = v on I, sum y = 1 and
 * (x^T B)_j = u on J, sum x = 1, when uniquely solvable, give the only candidate with those supports; it
 * is kept if x, y > 0 on I, J and no pure strategy does better (an exact check: regret 0). In a
 * NONDEGENERATE game every equilibrium has equal support sizes and unique solutions, so the list is
 * complete; in a degenerate one, equilibria come in sets and only some points are listed.
 */
export function supportEnumeration(A: MatrixGame, B: MatrixGame, maxPairs: number): SupportEnumeration {
  const pairs = supportPairCount(A.rows, A.cols);
  if (pairs > BigInt(maxPairs)) throw new GenerationLimitError('search', `support enumeration needs ${pairs} support pairs (limit ${maxPairs})`);
  const equilibria: BimatrixEquilibrium[] = [];
  let degenerate: string | undefined;
  for (let k = 1; k <= Math.min(A.rows, A.cols); k++) {
    for (const I of subsets(A.rows, k)) {
      for (const J of subsets(A.cols, k)) {
        const y = indifferent(J, I, A.cols, (i, j) => A.at(i, j));
        const x = y && indifferent(I, J, A.rows, (j, i) => B.at(i, j));
        if (!x || !y) continue;
        const eq = checked(A, B, x, y);
        if (!eq) continue;
        equilibria.push(eq);
        degenerate ??= witness(A, B, eq, k);
      }
    }
  }
  return { equilibria, pairs, ...(degenerate ? { degenerate } : {}) };
}

/**
 * The strategy on `support` (of `size` strategies) that makes the opponent indifferent on `against`:
 * sum_s M(t, s) z_s = w for t in against, sum z = 1; undefined unless the solution is unique and z > 0.
 */
function indifferent(support: readonly number[], against: readonly number[], size: number, M: (t: number, s: number) => Rational): Rational[] | undefined {
  const k = support.length;
  const rows = against.map((t) => [...support.map((s) => M(t, s)), Rational.ONE.neg()]);
  rows.push([...support.map(() => Rational.ONE), Rational.ZERO]);
  const rhs = [...against.map(() => Rational.ZERO), Rational.ONE];
  const sol = solveAffine(rows, rhs);
  if (!sol || sol.nullspace.length > 0) return undefined;
  const z = sol.particular.slice(0, k);
  if (z.some((p) => p.sign() <= 0)) return undefined;
  const out = new Array<Rational>(size).fill(Rational.ZERO);
  support.forEach((s, i) => (out[s] = z[i]!));
  return out;
}

/** Both players' gains from their best pure deviations at (x, y), summed: exactly 0 iff an equilibrium. */
export function bimatrixRegret(A: MatrixGame, B: MatrixGame, x: readonly Rational[], y: readonly Rational[]): Rational {
  const rowPay = rowPayoffs(A, y);
  const colPay = columnPayoffs(B, x);
  const rowGain = rowPay.reduce((m, v) => Rational.max(m, v)).sub(Rational.sum(x.map((p, i) => p.mul(rowPay[i]!))));
  return rowGain.add(colPay.reduce((m, v) => Rational.max(m, v)).sub(Rational.sum(y.map((q, j) => q.mul(colPay[j]!)))));
}

/** (x, y) with its payoffs if neither player gains by a pure deviation (exact), else undefined. */
function checked(A: MatrixGame, B: MatrixGame, x: readonly Rational[], y: readonly Rational[]): BimatrixEquilibrium | undefined {
  const rowPay = rowPayoffs(A, y);
  const colPay = columnPayoffs(B, x);
  const rowPayoff = Rational.sum(x.map((p, i) => p.mul(rowPay[i]!)));
  const colPayoff = Rational.sum(y.map((q, j) => q.mul(colPay[j]!)));
  if (rowPay.some((v) => v.gt(rowPayoff)) || colPay.some((v) => v.gt(colPayoff))) return undefined;
  return { x, y, rowPayoff, colPayoff };
}

function witness(A: MatrixGame, B: MatrixGame, eq: BimatrixEquilibrium, k: number): string | undefined {
  const rowsBest = rowPayoffs(A, eq.y).filter((v) => v.equals(eq.rowPayoff)).length;
  const colsBest = columnPayoffs(B, eq.x).filter((v) => v.equals(eq.colPayoff)).length;
  if (rowsBest > k) return `the column strategy (${eq.y.join(', ')}) with support ${k} has ${rowsBest} pure best replies`;
  if (colsBest > k) return `the row strategy (${eq.x.join(', ')}) with support ${k} has ${colsBest} pure best replies`;
  return undefined;
}

/** The k-subsets of 0..n-1 in lexicographic order. */
function* subsets(n: number, k: number): Generator<number[]> {
  const idx = Array.from({ length: k }, (_, i) => i);
  for (;;) {
    yield [...idx];
    let i = k - 1;
    while (i >= 0 && idx[i] === n - k + i) i--;
    if (i < 0) return;
    idx[i]!++;
    for (let j = i + 1; j < k; j++) idx[j] = idx[j - 1]! + 1;
  }
}

function binomial(n: number, k: number): bigint {
  let out = 1n;
  for (let i = 1; i <= k; i++) out = (out * BigInt(n - k + i)) / BigInt(i);
  return out;
}
