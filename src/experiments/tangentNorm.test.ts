import { describe, expect, it } from 'vitest';
import { Rational } from '../numbers/Rational.ts';
import { generateInstance } from './generateInstance.ts';
import { tangentNorm } from './tangentNorm.ts';

const r = (s: string) => Rational.of(s);
const bounds = (columns: string[][]) => {
  const v = tangentNorm(columns.map((c) => c.map(r)));
  if (v.kind !== 'number') throw new Error('not a number');
  return [r(v.lo), r(v.hi)] as const;
};

/** ||A||_T in floats by brute force: the maximum of ||A x|| over unit x in T, sampled densely (3 outcomes: a circle). */
function bruteForce3(A: number[][]): number {
  // Orthonormal basis of T = {sum x = 0} in R^3.
  const u = [1 / Math.SQRT2, -1 / Math.SQRT2, 0];
  const w = [1 / Math.sqrt(6), 1 / Math.sqrt(6), -2 / Math.sqrt(6)];
  let best = 0;
  for (let k = 0; k < 20000; k++) {
    const t = (2 * Math.PI * k) / 20000;
    const x = u.map((ui, i) => Math.cos(t) * ui + Math.sin(t) * w[i]!);
    const Ax = A.map((row) => row.reduce((s, a, j) => s + a * x[j]!, 0));
    best = Math.max(best, Math.hypot(...Ax));
  }
  return best;
}

describe('tangentNorm: ||A||_T certified by exact PSD tests', () => {
  it('2 outcomes: A (1, -1) = (a - b)(1, -1), so ||A||_T = |a - b|', () => {
    const [lo, hi] = bounds([['9/10', '1/10'], ['1/5', '4/5']]);
    expect(lo.le(r('7/10')) && hi.ge(r('7/10')) && hi.sub(lo).lt(r('1/1000000000'))).toBe(true);
  });

  it('the identity has norm 1 and a constant map (A = q 1^T) norm exactly 0', () => {
    const [lo, hi] = bounds([['1', '0', '0'], ['0', '1', '0'], ['0', '0', '1']]);
    expect(lo.le(Rational.ONE) && hi.ge(Rational.ONE)).toBe(true);
    expect(bounds([['1/2', '1/2'], ['1/2', '1/2']])).toEqual([Rational.ZERO, Rational.ZERO]);
  });

  it('agrees with a brute-force maximum over the unit circle of T on random 3-outcome matrices', () => {
    for (let k = 1; k <= 15; k++) {
      const g = generateInstance({ kind: 'random-stochastic-matrix', outcomes: 3, grid: 1000 }, 5, k);
      if (g.kind !== 'stochastic-matrix') throw new Error('family');
      const [lo, hi] = bounds(g.map.columns.map((c) => c.map(String)));
      const A = [0, 1, 2].map((i) => g.map.columns.map((c) => c[i]!.toNumber()));
      const brute = bruteForce3(A);
      // The sampled maximum is a lower bound (within float rounding), and close to the certified value.
      expect(brute).toBeLessThanOrEqual(hi.toNumber() + 1e-12);
      expect(Math.abs(brute - lo.toNumber())).toBeLessThan(1e-6);
    }
  });
});
