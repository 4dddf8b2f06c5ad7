import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Rational } from '../numbers/Rational.ts';
import { maxRegret } from '../solvers/maxRegret.ts';
import { analyseGame } from './analyseGame.ts';
import { discretiseGame } from './discretiseGame.ts';
import { decodeGameSpec } from './gameSpecCodec.ts';

const example = (name: string) => decodeGameSpec(JSON.parse(readFileSync(`examples/games/${name}.json`, 'utf8')));

describe('analyseGame: certified equilibria, re-verified exactly', () => {
  it('DEC-01 (single predictor, argmax): optimal reports steer to action 1, 5/8 > 1/2 (reward form)', async () => {
    const a = await analyseGame(example('dec-01'));
    expect(a.value?.toString()).toBe('5/8');
    expect(a.maxRegret?.toString()).toBe('0');
    expect([a.actionTaken, a.bestAction]).toEqual([1, 0]);
    expect(a.bestActionAtEveryEquilibrium).toBe(false);
    expect(a.honestProfile?.regret.toString()).toBe('1/8');
  });

  it('ZS-02 (zero-sum, optimistic max): value 0, honest and best action at every equilibrium', async () => {
    const a = await analyseGame(example('zs-02-optimistic-max'));
    expect(a.value?.toString()).toBe('0');
    expect(a.symmetric).toBe(true);
    expect([a.honestAtEveryEquilibrium, a.bestActionAtEveryEquilibrium, a.actionTaken]).toEqual([true, true, 0]);
  });

  it('ZS-04 (average-then-max): a certified equilibrium takes the worse action', async () => {
    const spec = decodeGameSpec({
      kind: 'conditional-prediction', outcomes: 2, utility: [['0', '1'], ['1', '0']], truth: [['1/2', '1/2'], ['1', '0']],
      rule: 'quadratic', decision: { kind: 'average-max' }, scoring: { kind: 'zero-sum' }, grid: 2,
    });
    const a = await analyseGame(spec);
    expect(a.bestAction).toBe(1);
    expect(a.bestActionAtEveryEquilibrium).toBe(false);
    const d = discretiseGame(spec);
    const unit = (i: number) => Array.from({ length: d.strategies }, (_, k) => (k === i ? Rational.ONE : Rational.ZERO));
    // Re-verify: every essential pure strategy is optimal against the symmetric value 0.
    for (const i of a.essentialStrategies[0]!) expect(maxRegret(d.row, unit(Number(i)), unit(Number(i))).sign()).toBeGreaterThanOrEqual(0);
  });

  it('every reported equilibrium has regret exactly 0 (example games, the general-sum weighted game included)', async () => {
    for (const name of ['dec-01', 'dec-03-importance-weighted', 'zs-02-optimistic-max', 'sg-05-performative']) {
      const a = await analyseGame(example(name));
      expect(a.maxRegret?.isZero()).toBe(true);
    }
    const weighted = await analyseGame(decodeGameSpec({
      kind: 'conditional-prediction', outcomes: 2, utility: [['0', '1'], ['0', '1']], truth: [['1', '0'], ['3/4', '1/4']],
      rule: 'quadratic', decision: { kind: 'optimistic-max' }, scoring: { kind: 'weighted', c: '1/2' }, grid: 4,
    }));
    expect(weighted.zeroSum).toBe(false);
    expect(weighted.maxRegret?.isZero()).toBe(true);
    expect(weighted.honestProfile?.isEquilibrium).toBe(false); // ZS-05: with c < 1 honesty is not an equilibrium here
  });
});
