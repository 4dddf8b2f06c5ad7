import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Rational } from '../numbers/Rational.ts';
import { certifiedRegret } from './certifiedRegret.ts';
import { solveByDoubleOracle, solveByDoubleOracleSync } from './doubleOracle.ts';
import { essentialRows } from './essentialRows.ts';
import { GenerationLimitError } from './GenerationLimitError.ts';
import { MatrixGame } from './MatrixGame.ts';
import { guaranteedByColumn, guaranteedByRow, maxRegret } from './maxRegret.ts';
import { essentiality, essentialitySync, maximalOptimalStrategy } from './optimalFace.ts';
import { solveZeroSum } from './solveZeroSum.ts';
import { rowView, type Weighted, type ZeroSumOracle } from './ZeroSumOracle.ts';
import { smallGame, symmetricGame } from './_internals/testGames.ts';

/** A listed matrix game behind the oracle interface: best responses by scanning (the reference). */
function matrixOracle(game: MatrixGame, symmetric = false): ZeroSumOracle<number, number> {
  const against = (mix: readonly Weighted<number>[], f: (k: number) => Rational) => Rational.sum(mix.map((w) => w.weight.mul(f(w.strategy))));
  const extreme = (n: number, value: (k: number) => Rational, sign: 1 | -1) => {
    let best = 0;
    for (let k = 1; k < n; k++) if (value(k).compare(value(best)) * sign > 0) best = k;
    return { value: value(best), strategy: best };
  };
  return {
    rowKey: String,
    colKey: String,
    symmetric,
    payoff: (r, c) => game.at(r, c),
    bestRow: (y) => extreme(game.rows, (r) => against(y, (c) => game.at(r, c)), 1),
    bestCol: (x) => extreme(game.cols, (c) => against(x, (r) => game.at(r, c)), -1),
  };
}

const full = (n: number, mix: readonly Weighted<number>[]) => {
  const v = new Array<Rational>(n).fill(Rational.ZERO);
  for (const w of mix) v[w.strategy] = v[w.strategy]!.add(w.weight);
  return v;
};

describe('double oracle on listed matrix games (the oracle scans the matrix)', () => {
  it('value of solveZeroSum, regret exactly 0 in the full matrix, async and sync, symmetric and not (seeded)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(smallGame(6).map((g) => [g, false] as const), symmetricGame(6).map((g) => [g, true] as const)), async ([g, symmetric]) => {
        const oracle = matrixOracle(g, symmetric);
        const reference = await solveZeroSum(g);
        for (const sol of [await solveByDoubleOracle(oracle, { rows: [0], cols: [0] }), solveByDoubleOracleSync(oracle, { rows: [0], cols: [0] })]) {
          expect(sol.value.equals(reference.value)).toBe(true);
          expect(maxRegret(g, full(g.rows, sol.x), full(g.cols, sol.y)).isZero()).toBe(true);
          expect(certifiedRegret(oracle, sol.x, sol.y, sol.value).isZero()).toBe(true);
        }
      }),
      { numRuns: 60, seed: 61 },
    );
  });

  it('rock-paper-scissors needs all three strategies: a limit of 2 stops it in one line, before growing', async () => {
    const rps = MatrixGame.of([[0, -1, 1], [1, 0, -1], [-1, 1, 0]]);
    const sol = await solveByDoubleOracle(matrixOracle(rps, true), { rows: [0], cols: [0] });
    expect([sol.rows.length, sol.value.toString()]).toEqual([3, '0']);
    await expect(solveByDoubleOracle(matrixOracle(rps, true), { rows: [0], cols: [0] }, { maxStrategies: 2 })).rejects.toThrow(/more than 2 pure strategies per seat/);
    await expect(solveByDoubleOracle(matrixOracle(rps, true), { rows: [0], cols: [0] }, { maxStrategies: 2 })).rejects.toBeInstanceOf(GenerationLimitError);
  });
});

describe('the optimal face by constraint and column generation agrees with the listed LP (essentialRows)', () => {
  it('essentiality of every row, with both certificates checked, and the maximal optimal strategy (seeded)', async () => {
    await fc.assert(
      fc.asyncProperty(smallGame(5), async (g) => {
        const oracle = matrixOracle(g);
        const sol = await solveByDoubleOracle(oracle, { rows: [0], cols: [0] });
        const essential = (await essentialRows(g, await solveZeroSum(g))).rows;
        const face = { vars: [...sol.rows], cons: [...sol.cols] };
        const x0 = await maximalOptimalStrategy(rowView(oracle), sol.value, face);
        expect(guaranteedByRow(g, full(g.rows, x0)).equals(sol.value)).toBe(true);
        x0.forEach((w) => expect(essential).toContain(w.strategy));
        for (let i = 0; i < g.rows; i++) {
          const verdict = i % 2 === 0 ? await essentiality(rowView(oracle), sol.value, i, face) : essentialitySync(rowView(oracle), sol.value, i, face);
          expect(verdict.essential).toBe(essential.includes(i));
          if (verdict.essential) {
            const x = full(g.rows, verdict.strategy);
            expect(x[i]!.sign()).toBe(1);
            expect(guaranteedByRow(g, x).equals(sol.value)).toBe(true);
          } else {
            const y = full(g.cols, verdict.opponent);
            expect(guaranteedByColumn(g, y).equals(sol.value)).toBe(true);
            expect(Rational.sum(y.map((q, j) => q.mul(g.at(i, j)))).lt(sol.value)).toBe(true);
          }
        }
      }),
      { numRuns: 40, seed: 62 },
    );
  });
});
