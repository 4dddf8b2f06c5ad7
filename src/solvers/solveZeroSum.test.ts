import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Rational } from '../numbers/Rational.ts';
import { MatrixGame } from './MatrixGame.ts';
import { solveZeroSum, solveZeroSumSync } from './solveZeroSum.ts';
import { guaranteedByColumn, guaranteedByRow, maxRegret } from './maxRegret.ts';
import { smallGame, symmetricGame } from './_internals/testGames.ts';
import type { ZeroSumSolution } from './ZeroSumSolution.ts';

const strs = (v: readonly Rational[]): string[] => v.map(String);

/** The independent check, in Rational only: both guarantees equal the value, regret exactly 0. */
function expectEquilibrium(game: MatrixGame, s: ZeroSumSolution): void {
  expect(guaranteedByRow(game, s.rowStrategy).equals(s.value)).toBe(true);
  expect(guaranteedByColumn(game, s.colStrategy).equals(s.value)).toBe(true);
  expect(maxRegret(game, s.rowStrategy, s.colStrategy).isZero()).toBe(true);
}

/** HiGHS + certificate, the async path with the exact simplex alone, and the synchronous solver. */
describe.each(['highs', 'exact', 'sync'] as const)('solveZeroSum (%s)', (mode) => {
  const solve = async (g: MatrixGame) => (mode === 'sync' ? solveZeroSumSync(g) : solveZeroSum(g, { exactOnly: mode === 'exact' }));
  const method = mode === 'highs' ? 'highs+certificate' : 'exact-simplex';

  it('matching pennies: value 0 at (1/2, 1/2)', async () => {
    const g = MatrixGame.of([[1, -1], [-1, 1]]);
    const s = await solve(g);
    expect(s.value.toString()).toBe('0');
    expect(strs(s.rowStrategy)).toEqual(['1/2', '1/2']);
    expect(strs(s.colStrategy)).toEqual(['1/2', '1/2']);
    expect(s.certifiedBy).toBe(method);
    expectEquilibrium(g, s);
  });
  it('rock-paper-scissors: value 0 at uniform play', async () => {
    const g = MatrixGame.of([[0, -1, 1], [1, 0, -1], [-1, 1, 0]]);
    const s = await solve(g);
    expect(s.value.toString()).toBe('0');
    expect(strs(s.rowStrategy)).toEqual(['1/3', '1/3', '1/3']);
    expectEquilibrium(g, s);
  });
  it('a saddle point: pure optimal strategies', async () => {
    const g = MatrixGame.of([[3, 1, 4], [2, 0, -1], [5, -2, 0]]);
    const s = await solve(g);
    expect(s.value.toString()).toBe('1');
    expect(strs(s.rowStrategy)).toEqual(['1', '0', '0']);
    expect(strs(s.colStrategy)).toEqual(['0', '1', '0']);
  });
  it('a 2 x 3 game (hand-solved: value 8/5, x = (4/5, 1/5), y = (2/5, 3/5, 0))', async () => {
    const g = MatrixGame.of([[1, 2, 3], [4, 0, -1]]);
    const s = await solve(g);
    expect(s.value.toString()).toBe('8/5');
    expect(strs(s.rowStrategy)).toEqual(['4/5', '1/5']);
    expect(strs(s.colStrategy)).toEqual(['2/5', '3/5', '0']);
  });
  it('rational payoffs (value 101/257 by the 2 x 2 formula)', async () => {
    const g = MatrixGame.of([['1/2', '-1/3'], ['-2/7', 5]]);
    const s = await solve(g);
    expect(s.value.toString()).toBe('101/257');
    expectEquilibrium(g, s);
  });
  it('degenerate games with many optima: duplicated rows, a constant game, a 1 x 1 game', async () => {
    for (const rows of [[[1, -1], [-1, 1], [1, -1]], [[2, 2, 2], [2, 2, 2]], [[-7]], [[1, 0, 1], [0, 1, 0], [1, 0, 1]]]) {
      const g = MatrixGame.of(rows);
      expectEquilibrium(g, await solve(g));
    }
    expect((await solve(MatrixGame.of([[2, 2, 2], [2, 2, 2]]))).value.toString()).toBe('2');
  });
  it('random small integer games: certificate re-verified independently', async () => {
    await fc.assert(
      fc.asyncProperty(smallGame(), async (g) => expectEquilibrium(g, await solve(g))),
      { numRuns: 40, seed: 11 },
    );
  });
  it('symmetric games have value exactly 0', async () => {
    await fc.assert(
      fc.asyncProperty(symmetricGame(), async (g) => {
        const s = await solve(g);
        expect(s.value.isZero()).toBe(true);
        expectEquilibrium(g, s);
      }),
      { numRuns: 30, seed: 12 },
    );
  });
});

describe('solveZeroSum paths agree', () => {
  it('exact simplex (async and sync) and highs+certificate give the same value', async () => {
    await fc.assert(
      fc.asyncProperty(smallGame(6), async (g) => {
        const [a, b] = [await solveZeroSum(g), await solveZeroSum(g, { exactOnly: true })];
        expect(a.value.equals(b.value)).toBe(true);
        expect(solveZeroSumSync(g).value.equals(a.value)).toBe(true);
        expect(a.certifiedBy).toBe('highs+certificate');
      }),
      { numRuns: 40, seed: 13 },
    );
  });
  it('certifies a 40-strategy symmetric game with large denominators', async () => {
    const { seededSymmetricGame } = await import('./_internals/testGames.ts');
    const g = seededSymmetricGame(40, 5);
    const s = await solveZeroSum(g);
    expect(s.value.isZero()).toBe(true);
    expect(s.certifiedBy).toBe('highs+certificate');
    expectEquilibrium(g, s);
  });
});
