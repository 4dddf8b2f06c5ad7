import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Rational } from '../numbers/Rational.ts';
import { MatrixGame } from '../solvers/MatrixGame.ts';
import { maxRegret } from '../solvers/maxRegret.ts';
import { solveZeroSum } from '../solvers/solveZeroSum.ts';
import { essentialRows as essentialRowsAsync } from './analyseGame.ts';
import { essentialRows, solveGameSync } from './solveGameSync.ts';
import { maximizeFromOrigin } from '../solvers/_internals/fractionFreeSimplex.ts';

const smallGame = fc
  .record({ m: fc.integer({ min: 1, max: 5 }), n: fc.integer({ min: 1, max: 5 }) })
  .chain(({ m, n }) => fc.array(fc.array(fc.integer({ min: -4, max: 4 }), { minLength: n, maxLength: n }), { minLength: m, maxLength: m }))
  .map((rows) => MatrixGame.of(rows.map((row) => row.map((v) => Rational.of(BigInt(v), 2n)))));

describe('solveGameSync (fraction-free simplex, certified)', () => {
  it('rock-paper-scissors: value 0, uniform strategies, regret exactly 0', () => {
    const g = MatrixGame.of([[0, -1, 1], [1, 0, -1], [-1, 1, 0]]);
    const s = solveGameSync(g);
    expect(s.value.toString()).toBe('0');
    expect(s.rowStrategy.map(String)).toEqual(['1/3', '1/3', '1/3']);
    expect(s.maxRegret.isZero()).toBe(true);
    expect(essentialRows(g, s.value).rows).toEqual([0, 1, 2]);
  });

  it('a dominated row is not essential; matching pennies with a duplicate row has both copies essential', () => {
    const g = MatrixGame.of([[1, -1], [-1, 1], [-2, -2], [1, -1]]);
    const s = solveGameSync(g);
    expect(s.value.toString()).toBe('0');
    expect(essentialRows(g, s.value).rows).toEqual([0, 1, 3]);
  });

  it('a small LP: max x + y s.t. x + 2y <= 4, 3x + y <= 6 (optimum 14/5)', () => {
    const opt = maximizeFromOrigin([[1n, 2n], [3n, 1n]], [4n, 6n], [1n, 1n])!;
    expect(opt.zNum.map((z) => Rational.fraction(z, opt.den).toString())).toEqual(['8/5', '6/5']);
    expect(opt.yNum.map((y) => Rational.fraction(y, opt.den).toString())).toEqual(['2/5', '1/5']);
  });

  it('agrees with solveZeroSum (HiGHS + certificate) and optimal-face LPs on random small games', async () => {
    await fc.assert(
      fc.asyncProperty(smallGame, async (g) => {
        const s = solveGameSync(g);
        expect(maxRegret(g, s.rowStrategy, s.colStrategy).isZero()).toBe(true);
        const reference = await solveZeroSum(g);
        expect(s.value.equals(reference.value)).toBe(true);
        expect(essentialRows(g, s.value).rows).toEqual(await essentialRowsAsync(g));
      }),
      { numRuns: 60, seed: 7 },
    );
  });
});
