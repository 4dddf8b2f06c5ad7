import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Rational } from '../numbers/Rational.ts';
import { MatrixGame } from './MatrixGame.ts';
import { optimalFaceAllows } from './optimalFaceAllows.ts';
import { guaranteedByRow } from './maxRegret.ts';
import { smallGame } from './_internals/testGames.ts';

describe.each([false, true])('optimalFaceAllows (exactOnly = %s)', (exactOnly) => {
  // rows 0 and 2 are copies, row 3 is strictly dominated: optimal x = (a, 1/2, 1/2 - a, 0)
  const g = MatrixGame.of([[1, -1], [-1, 1], [1, -1], [-2, -2]]);

  it('finds the largest weight an optimal strategy can put on a set', async () => {
    const dup = await optimalFaceAllows(g, [2], { exactOnly });
    expect([dup.allows, dup.maxWeight.toString()]).toEqual([true, '1/2']);
    expect(guaranteedByRow(g, dup.strategy).equals(dup.value)).toBe(true);
    const both = await optimalFaceAllows(g, (i) => i !== 3, { exactOnly });
    expect(both.maxWeight.toString()).toBe('1');
  });
  it('proves that every optimal strategy avoids a dominated row (max weight exactly 0)', async () => {
    const bad = await optimalFaceAllows(g, [3], { exactOnly });
    expect([bad.allows, bad.maxWeight.toString()]).toEqual([false, '0']);
  });
  it('the attained strategy is optimal and its weight is at least the solver strategy\'s', async () => {
    await fc.assert(
      fc.asyncProperty(smallGame(4), fc.integer({ min: 0, max: 3 }), async (game, k) => {
        const S = [k % game.rows];
        const ans = await optimalFaceAllows(game, S, { exactOnly });
        expect(guaranteedByRow(game, ans.strategy).equals(ans.value)).toBe(true);
        expect(Rational.sum(S.map((i) => ans.strategy[i]!)).equals(ans.maxWeight)).toBe(true);
      }),
      { numRuns: 25, seed: 21 },
    );
  });
});

describe('optimalFaceAllows paths agree', () => {
  it('HiGHS+certificate and the exact simplex give the same max weight', async () => {
    await fc.assert(
      fc.asyncProperty(smallGame(5), async (game) => {
        const S = [0];
        const [a, b] = [await optimalFaceAllows(game, S), await optimalFaceAllows(game, S, { exactOnly: true })];
        expect(a.maxWeight.equals(b.maxWeight)).toBe(true);
      }),
      { numRuns: 25, seed: 22 },
    );
  });
});
