import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { solveZeroSum } from './solveZeroSum.ts';
import { maxRegret } from './maxRegret.ts';
import { hasLrsnash, lrsnash } from './_internals/lrsnash.ts';
import { smallGame } from './_internals/testGames.ts';

const hasLrs = hasLrsnash();
if (!hasLrs) console.warn('SKIPPED: lrsnash (Debian package lrslib) not found; the differential tests against it do not run');

/** Differential test against an independent exact oracle: lrsnash on the bimatrix game (A, -A). */
describe('solveZeroSum against lrsnash', () => {
  it.skipIf(!hasLrs)('agrees on the value of 20 random games; every lrsnash equilibrium has regret 0', async () => {
    const games = fc.sample(smallGame(4), { numRuns: 20, seed: 31 });
    for (const g of games) {
      const ours = await solveZeroSum(g);
      const eqs = lrsnash(g);
      expect(eqs.length).toBeGreaterThan(0);
      for (const e of eqs) {
        expect(e.payoff.equals(ours.value)).toBe(true); // every equilibrium of a zero-sum game has the value
        expect(maxRegret(g, e.x, e.y).isZero()).toBe(true);
      }
    }
  });
});
