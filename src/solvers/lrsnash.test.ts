import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Rational } from '../numbers/Rational.ts';
import { essentialColumns, essentialRows } from './essentialRows.ts';
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

/**
 * The essential rows are the union of the supports of all optimal strategies; every optimal strategy is a
 * mix of the vertices of the optimal face, which are the x's of the extreme equilibria lrsnash lists.
 */
describe('essentialRows against lrsnash', () => {
  it.skipIf(!hasLrs)('equals the union of the supports of all extreme equilibria (20 random games)', async () => {
    const games = fc.sample(smallGame(4), { numRuns: 20, seed: 32 });
    const union = (vs: readonly (readonly Rational[])[]) => [...new Set(vs.flatMap((v) => v.flatMap((p, i) => (p.sign() > 0 ? [i] : []))))].sort((a, b) => a - b);
    for (const g of games) {
      const eq = await solveZeroSum(g);
      const eqs = lrsnash(g);
      expect((await essentialRows(g, eq)).rows).toEqual(union(eqs.map((e) => e.x)));
      expect((await essentialColumns(g, eq)).rows).toEqual(union(eqs.map((e) => e.y)));
    }
  });
});
