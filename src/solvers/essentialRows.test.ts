import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Rational } from '../numbers/Rational.ts';
import { MatrixGame } from './MatrixGame.ts';
import { essentialColumns, essentialRows, essentialRowsSync } from './essentialRows.ts';
import { guaranteedByRow, maxRegret } from './maxRegret.ts';
import { solveZeroSum, solveZeroSumSync } from './solveZeroSum.ts';
import { smallGame, symmetricGame } from './_internals/testGames.ts';

const support = (v: readonly Rational[]): number[] => v.flatMap((p, i) => (p.sign() > 0 ? [i] : []));

/** Half-integer games (1..5 x 1..5): ties, duplicates and dominated rows are frequent. */
const halfGame = fc
  .record({ m: fc.integer({ min: 1, max: 5 }), n: fc.integer({ min: 1, max: 5 }) })
  .chain(({ m, n }) => fc.array(fc.array(fc.integer({ min: -4, max: 4 }), { minLength: n, maxLength: n }), { minLength: m, maxLength: m }))
  .map((rows) => MatrixGame.of(rows.map((row) => row.map((v) => Rational.of(BigInt(v), 2n)))));

describe.each(['highs', 'exact', 'sync'] as const)('essentialRows (%s)', (mode) => {
  const essential = async (g: MatrixGame) => {
    const eq = await solveZeroSum(g);
    return mode === 'sync' ? essentialRowsSync(g, eq) : essentialRows(g, eq, { exactOnly: mode === 'exact' });
  };

  it('rock-paper-scissors: every row is essential', async () => {
    expect((await essential(MatrixGame.of([[0, -1, 1], [1, 0, -1], [-1, 1, 0]]))).rows).toEqual([0, 1, 2]);
  });
  it('a dominated row is not essential; both copies of a duplicated row are', async () => {
    const g = MatrixGame.of([[1, -1], [-1, 1], [-2, -2], [1, -1]]);
    const e = await essential(g);
    expect(e.rows).toEqual([0, 1, 3]);
    expect(support(e.strategy)).toEqual([0, 1, 3]);
    expect(guaranteedByRow(g, e.strategy).toString()).toBe('0');
  });
  it('a saddle point with a weakly dominated row: only the rows some optimal strategy plays', async () => {
    // value 1; row 1 ties row 0 against column 1 but any weight on it drops column 0's payoff below 1
    expect((await essential(MatrixGame.of([[1, 1], [0, 1], [-1, -1]]))).rows).toEqual([0]);
    // here it does not: x = (a, 1 - a) guarantees min(2a, 1) = 1 for every a >= 1/2
    expect((await essential(MatrixGame.of([[2, 1], [0, 1], [-1, -1]]))).rows).toEqual([0, 1]);
    // a constant game: every row is optimal
    expect((await essential(MatrixGame.of([[3, 3], [3, 3]]))).rows).toEqual([0, 1]);
  });
  it('the strategy returned is optimal and its support is exactly the essential rows (random games)', async () => {
    await fc.assert(
      fc.asyncProperty(smallGame(4), async (g) => {
        const e = await essential(g);
        const eq = await solveZeroSum(g);
        expect(guaranteedByRow(g, e.strategy).equals(eq.value)).toBe(true);
        expect(support(e.strategy)).toEqual(e.rows);
        // every optimal strategy found by the solver plays essential rows only
        expect(support(eq.rowStrategy).every((i) => e.rows.includes(i))).toBe(true);
      }),
      { numRuns: 25, seed: 21 },
    );
  });
});

describe('essentialRows: the input must be an equilibrium', () => {
  it('rejects strategies whose regret is not 0 (the value would be wrong)', () => {
    const g = MatrixGame.of([[1], [0]]);
    const bad = { rowStrategy: [Rational.ZERO, Rational.ONE], colStrategy: [Rational.ONE] };
    expect(() => essentialRowsSync(g, bad)).toThrow(RangeError);
  });
});

describe('sync (exact simplex) and async (HiGHS-proposed) certified paths agree', () => {
  it('on random matrix games: the same value and the same essential rows and columns (seeded)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(halfGame, smallGame(5), symmetricGame(5)), async (g) => {
        const sync = solveZeroSumSync(g);
        expect(maxRegret(g, sync.rowStrategy, sync.colStrategy).isZero()).toBe(true);
        const reference = await solveZeroSum(g);
        expect(sync.value.equals(reference.value)).toBe(true);
        const [rowsSync, rowsAsync] = [essentialRowsSync(g, sync), await essentialRows(g, reference)];
        expect(rowsSync.rows).toEqual(rowsAsync.rows);
        const colsSync = essentialRowsSync(g.negTranspose(), { rowStrategy: sync.colStrategy, colStrategy: sync.rowStrategy });
        expect(colsSync.rows).toEqual((await essentialColumns(g, reference)).rows);
      }),
      { numRuns: 80, seed: 7 },
    );
  });
});
