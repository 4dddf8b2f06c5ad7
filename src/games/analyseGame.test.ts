import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Rational } from '../numbers/Rational.ts';
import { maxRegret } from '../solvers/maxRegret.ts';
import { analyseGame } from './analyseGame.ts';
import { discretiseGame } from './discretiseGame.ts';
import type { GameAnalysis, GameSolution } from './GameAnalysis.ts';
import { decodeGameSpec } from './gameSpecCodec.ts';

const example = (name: string) => decodeGameSpec(JSON.parse(readFileSync(`examples/games/${name}.json`, 'utf8')));

/** The solution of a game expected to have a certified equilibrium (zero-sum, or a pure one of a general-sum game). */
function solved(a: GameAnalysis): Extract<GameSolution, { equilibrium: unknown }> {
  if (!('equilibrium' in a.solution)) throw new Error(`no equilibrium: ${a.solution.reason}`);
  return a.solution;
}

describe('analyseGame: certified equilibria, re-verified exactly', () => {
  it('DEC-01 (single predictor, argmax): optimal reports steer to action 1, 5/8 > 1/2 (reward form)', async () => {
    const a = await analyseGame(example('dec-01'));
    expect(a.solution).toMatchObject({ kind: 'zero-sum', value: Rational.of('5/8'), maxRegret: Rational.ZERO, actions: { kind: 'taken', action: 1 } });
    expect(a.bestAction).toEqual({ kind: 'action', action: 0 });
    expect(a.bestActionAtEveryEquilibrium.kind).toBe('fails');
    expect(a.honestProfile).toMatchObject({ kind: 'truthful', isEquilibrium: false, regret: Rational.of('1/8') });
  });

  it('ZS-02 (zero-sum, optimistic max): value 0, honest and best action at every equilibrium', async () => {
    const a = await analyseGame(example('zs-02-optimistic-max'));
    expect(a.solution).toMatchObject({ kind: 'zero-sum', value: Rational.ZERO, actions: { kind: 'taken', action: 0 } });
    expect(a.symmetric).toBe(true);
    expect([a.honestAtEveryEquilibrium, a.bestActionAtEveryEquilibrium]).toEqual([{ kind: 'holds' }, { kind: 'holds' }]);
  });

  it('ZS-04 (average-then-max): a certified equilibrium takes the worse action', async () => {
    const spec = decodeGameSpec({
      kind: 'conditional-prediction', outcomes: 2, utility: [['0', '1'], ['1', '0']], truth: [['1/2', '1/2'], ['1', '0']],
      rule: 'quadratic', decision: { kind: 'average-max' }, scoring: { kind: 'zero-sum' }, grid: 2,
    });
    const a = await analyseGame(spec);
    expect(a.bestAction).toEqual({ kind: 'action', action: 1 });
    expect(a.bestActionAtEveryEquilibrium.kind).toBe('fails');
    const d = discretiseGame(spec);
    const unit = (i: number) => Array.from({ length: d.strategies }, (_, k) => (k === i ? Rational.ONE : Rational.ZERO));
    // Re-verify: every essential pure strategy is optimal against the symmetric value 0.
    for (const i of a.essentialStrategies[0]!) expect(maxRegret(d.row, unit(Number(i)), unit(Number(i))).sign()).toBeGreaterThanOrEqual(0);
  });

  it('every reported equilibrium has regret exactly 0 (example games, the general-sum weighted game included)', async () => {
    for (const name of ['dec-01', 'dec-03-importance-weighted', 'zs-02-optimistic-max', 'sg-05-performative']) {
      const a = await analyseGame(example(name));
      expect(solved(a).maxRegret.isZero(), name).toBe(true);
    }
    const weighted = await analyseGame(decodeGameSpec({
      kind: 'conditional-prediction', outcomes: 2, utility: [['0', '1'], ['0', '1']], truth: [['1', '0'], ['3/4', '1/4']],
      rule: 'quadratic', decision: { kind: 'optimistic-max' }, scoring: { kind: 'weighted', c: '1/2' }, grid: 4,
    }));
    expect(weighted.solution.kind).toBe('general-sum');
    expect(solved(weighted).maxRegret.isZero()).toBe(true);
    expect(weighted.honestProfile).toMatchObject({ kind: 'truthful', isEquilibrium: false }); // ZS-05: with c < 1 honesty is not an equilibrium here
  });
});
