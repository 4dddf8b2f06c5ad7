import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Rational } from '../numbers/Rational.ts';
import { LinearProgram, type RowSense } from './LinearProgram.ts';
import { exactSimplex, LpInfeasibleError, LpUnboundedError } from './exactSimplex.ts';
import { scaleLp } from './_internals/ScaledLp.ts';
import { fromRationals } from './_internals/ScaledVector.ts';
import { checkLpCertificate } from './_internals/checkLpCertificate.ts';

const q = (v: number | string): Rational => Rational.of(v);
const lp = (c: (number | string)[], rows: [(number | string)[], RowSense, number | string][]): LinearProgram =>
  LinearProgram.of(c.map(q), rows.map(([a, sense, b]) => ({ coeffs: a.map(q), sense, rhs: q(b) })));
/** The certificate lives on the integer-scaled LP, whose duals are y_r * objScale / rowScale_r. */
const certified = (p: LinearProgram, x: readonly Rational[], y: readonly Rational[]) => {
  const s = scaleLp(p);
  const ys = y.map((v, r) => v.mul(Rational.fraction(s.objScale, s.rowScale[r]!)));
  return checkLpCertificate(s, fromRationals(x), fromRationals(ys));
};

describe('exactSimplex (alone, no HiGHS)', () => {
  it('solves the textbook example (Chvátal ch. 2: max 5x1+4x2+3x3, optimum 13)', () => {
    const p = lp([5, 4, 3], [[[2, 3, 1], '<=', 5], [[4, 1, 2], '<=', 11], [[3, 4, 2], '<=', 8]]);
    const s = exactSimplex(p);
    expect(s.value.toString()).toBe('13');
    expect(s.x.map(String)).toEqual(['2', '0', '1']);
    expect(s.y.map(String)).toEqual(['1', '0', '1']);
    expect(certified(p, s.x, s.y)).toBeUndefined();
  });
  it('handles >=, = rows and negative right-hand sides (phase 1)', () => {
    const p = lp([-1, -1], [[[1, 2], '>=', 2], [[3, 1], '>=', 3], [[-1, -1], '>=', -10], [[1, -1], '=', '1/2']]);
    const s = exactSimplex(p);
    expect(certified(p, s.x, s.y)).toBeUndefined();
    expect(s.value.toString()).toBe('-3/2');
  });
  it('survives degenerate cycling examples (Beale 1955) thanks to Bland\'s rule', () => {
    const p = lp(['3/4', -150, '1/50', -6], [
      [['1/4', -60, '-1/25', 9], '<=', 0],
      [['1/2', -90, '-1/50', 3], '<=', 0],
      [[0, 0, 1, 0], '<=', 1],
    ]);
    const s = exactSimplex(p);
    expect(s.value.toString()).toBe('1/20');
    expect(certified(p, s.x, s.y)).toBeUndefined();
  });
  it('reports infeasible and unbounded programs', () => {
    expect(() => exactSimplex(lp([1], [[[1], '>=', 2], [[1], '<=', 1]]))).toThrow(LpInfeasibleError);
    expect(() => exactSimplex(lp([1, 1], [[[1, -1], '<=', 1]]))).toThrow(LpUnboundedError);
  });
  it('keeps working with redundant equality rows', () => {
    const p = lp([1, 2], [[[1, 1], '=', 1], [[2, 2], '=', 2], [[1, 0], '<=', 1]]);
    const s = exactSimplex(p);
    expect(s.value.toString()).toBe('2');
    expect(certified(p, s.x, s.y)).toBeUndefined();
  });
  it('returns certified primal-dual pairs on random bounded programs', () => {
    const small = fc.integer({ min: -4, max: 4 });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }), fc.array(small, { minLength: 64, maxLength: 64 }), (n, m, v) => {
        // box rows x_j <= 3 keep it bounded; random rows may make it infeasible
        const rows: [(number | string)[], RowSense, number][] = [];
        for (let j = 0; j < n; j++) rows.push([Array.from({ length: n }, (_, k) => (k === j ? 1 : 0)), '<=', 3]);
        const senses: RowSense[] = ['<=', '>=', '='];
        for (let r = 0; r < m; r++) rows.push([Array.from({ length: n }, (_, j) => v[r * 8 + j]!), senses[Math.abs(v[r * 8 + 5]!) % 3]!, v[r * 8 + 6]!]);
        const p = lp(Array.from({ length: n }, (_, j) => v[60 + j]!), rows);
        try {
          const s = exactSimplex(p);
          expect(certified(p, s.x, s.y)).toBeUndefined();
        } catch (e) {
          expect(e).toBeInstanceOf(LpInfeasibleError);
        }
      }),
      { numRuns: 150, seed: 7 },
    );
  });
});
