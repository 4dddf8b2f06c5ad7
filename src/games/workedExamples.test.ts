import { describe, expect, it } from 'vitest';
import { decide } from '../decisions/decide.ts';
import type { DecisionRule } from '../decisions/DecisionRule.ts';
import type { Field } from '../numbers/Field.ts';
import { Rational } from '../numbers/Rational.ts';
import { RationalField } from '../numbers/RationalField.ts';
import type { ScoringRule } from '../scoring/ScoringRule.ts';
import { ConditionalGame, type ConditionalStrategy } from './ConditionalGame.ts';
import type { ConditionalGameSpec } from './GameSpec.ts';
import type { ScoringScheme } from './ScoringScheme.ts';

/** docs/mathematics.md §6-7 orientation: S(p, y) = -(y - p)^2 with p = P(Y = 1) = report[1]; outcome index 1 is y = 1. */
const negSquared: ScoringRule = {
  id: 'neg-squared',
  outcomes: { min: 2, max: 2 },
  domain: 'closed',
  score<T>(F: Field<T>, p: readonly T[], y: number): T {
    return F.neg(F.pow(F.sub(F.of(y), p[1]!), 2));
  },
};

const r = (s: string) => Rational.of(s);
/** Binary reports written as P(Y = 1), as in docs/mathematics.md. */
const b = (p1: string) => [Rational.ONE.sub(r(p1)), r(p1)];
const strategy = (...ps: string[]): ConditionalStrategy => ps.map(b);

function game(q: string[], decision: DecisionRule, scoring: ScoringScheme, grid: number): ConditionalGame {
  const spec: ConditionalGameSpec = {
    kind: 'conditional-prediction',
    outcomes: 2,
    utility: q.map(() => [Rational.ZERO, Rational.ONE]), // U(a, y) = y
    truth: q.map(b),
    ruleName: negSquared.id,
    rule: negSquared,
    decision,
    scoring,
    grid,
    seats: 'independent',
  };
  return new ConditionalGame(spec);
}

const exact = (g: ConditionalGame, profile: ConditionalStrategy[], player: 0 | 1 = 0) => g.payoff(profile, player).exact(negSquared, new Map(), RationalField).toString();
const action = (g: ConditionalGame, profile: ConditionalStrategy[]) => g.decision(profile).findIndex((w) => w.equals(Rational.ONE));

describe('docs/mathematics.md worked examples, exact', () => {
  it('DEC-01: steering under argmax pays -3/16 > -1/4 (honest)', () => {
    const g = game(['1/2', '1/4'], { kind: 'argmax' }, { kind: 'single' }, 20);
    const honest = strategy('1/2', '1/4');
    const steer = strategy('1/5', '1/4');
    expect(action(g, [honest])).toBe(0);
    expect(exact(g, [honest])).toBe('-1/4');
    expect(action(g, [steer])).toBe(1);
    expect(exact(g, [steer])).toBe('-3/16');
    expect(g.bestAction).toBe(0);
  });

  it('DEC-03: importance weighting with pi = (9/10, 1/10): honest -7/16, the steering report -211/400', () => {
    const g = game(['1/2', '1/4'], { kind: 'epsilon-greedy', epsilon: r('1/5') }, { kind: 'importance-weighted' }, 20);
    expect(g.decision([strategy('1/2', '1/4')]).map(String)).toEqual(['9/10', '1/10']);
    expect(g.decision([strategy('1/5', '1/4')]).map(String)).toEqual(['1/10', '9/10']);
    expect(exact(g, [strategy('1/2', '1/4')])).toBe('-7/16');
    expect(exact(g, [strategy('1/5', '1/4')])).toBe('-211/400');
  });

  it('ZS-02: optimistic max, agent 2 honest: the table of deviations', () => {
    const g = game(['1/2', '1/4'], { kind: 'optimistic-max' }, { kind: 'zero-sum' }, 20);
    const honest = strategy('1/2', '1/4');
    const rows: [ConditionalStrategy, number, string][] = [
      [honest, 0, '0'],
      [strategy('1/5', '1/4'), 0, '-9/100'],
      [strategy('1/2', '3/5'), 1, '-49/400'],
      [strategy('1/2', '1/10'), 0, '0'],
    ];
    for (const [s, a, pay] of rows) {
      expect(action(g, [s, honest])).toBe(a);
      expect(exact(g, [s, honest])).toBe(pay);
      expect(exact(g, [s, honest], 1)).toBe(Rational.of(pay).neg().toString());
    }
  });

  it('ZS-04: both report (0, 3/10); optimistic max flips with the truth (+1/4), average-then-max needs an exaggeration (+21/100)', () => {
    const both = strategy('0', '3/10');
    const truthful = strategy('1/2', '3/10');
    const exaggerated = strategy('7/10', '3/10');
    const opt = game(['1/2', '3/10'], { kind: 'optimistic-max' }, { kind: 'zero-sum' }, 10);
    expect(action(opt, [both, both])).toBe(1);
    expect(exact(opt, [both, both])).toBe('0');
    expect(action(opt, [truthful, both])).toBe(0);
    expect(exact(opt, [truthful, both])).toBe('1/4');
    const avg = game(['1/2', '3/10'], { kind: 'average-max' }, { kind: 'zero-sum' }, 10);
    expect(action(avg, [truthful, both])).toBe(1);
    expect(exact(avg, [truthful, both])).toBe('0');
    expect(action(avg, [exaggerated, both])).toBe(0);
    expect(exact(avg, [exaggerated, both])).toBe('21/100');
  });

  it('ZS-05: c = 9/10, eps = 1/20, r = 51/1000: steering pays -2601/1000000 > -19/4000; with c = 1 it pays < 0', () => {
    const honest = strategy('1/20', '0');
    const steer = strategy('1/20', '51/1000');
    const weighted = game(['1/20', '0'], { kind: 'optimistic-max' }, { kind: 'weighted', c: r('9/10') }, 20);
    expect(action(weighted, [steer, honest])).toBe(1);
    expect(exact(weighted, [honest, honest])).toBe('-19/4000');
    expect(exact(weighted, [steer, honest])).toBe('-2601/1000000');
    expect(r('-2601/1000000').gt(r('-19/4000'))).toBe(true);
    const zeroSum = game(['1/20', '0'], { kind: 'optimistic-max' }, { kind: 'zero-sum' }, 20);
    expect(exact(zeroSum, [steer, honest])).toBe('-2601/1000000');
    expect(exact(zeroSum, [honest, honest])).toBe('0');
  });
});

describe('decision rules: explicit tie-break (lowest action index)', () => {
  const U = [[Rational.ZERO, Rational.ONE], [Rational.ZERO, Rational.ONE], [Rational.ZERO, Rational.ONE]];
  const tie = [strategy('1/2', '1/2', '1/4')];
  it('argmax and optimistic max pick the lowest index among equal values', () => {
    expect(decide({ kind: 'argmax' }, U, tie).map(String)).toEqual(['1', '0', '0']);
    expect(decide({ kind: 'optimistic-max' }, U, [strategy('1/4', '1/2', '1/2'), strategy('1/2', '1/4', '1/4')]).map(String)).toEqual(['1', '0', '0']);
    expect(decide({ kind: 'average-max' }, U, [strategy('0', '1/2', '1/2'), strategy('1', '1/2', '1/2')]).map(String)).toEqual(['1', '0', '0']);
  });
  it('epsilon-greedy and rank-softmax have full support and rank ties by index', () => {
    expect(decide({ kind: 'epsilon-greedy', epsilon: r('3/10') }, U, tie).map(String)).toEqual(['4/5', '1/10', '1/10']);
    expect(decide({ kind: 'softmax', weights: [r('3'), r('2'), r('1')] }, U, tie).map(String)).toEqual(['1/2', '1/3', '1/6']);
    expect(decide({ kind: 'softmax', weights: [r('3'), r('2'), r('1')] }, U, [strategy('1/4', '1/2', '1')]).map(String)).toEqual(['1/6', '1/3', '1/2']);
  });
});
