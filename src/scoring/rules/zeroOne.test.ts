import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localComparison, symmetricComparison } from '../../laws/lawComparisons.ts';
import { FloatField } from '../../numbers/FloatField.ts';
import { Rational } from '../../numbers/Rational.ts';
import { RationalField } from '../../numbers/RationalField.ts';
import { Distribution } from '../../simplex/Distribution.ts';
import { zeroOne, zeroOneRule } from './zeroOne.ts';
import { distributionPairArb, exactScore, lift , expectedScoreOf } from './ruleTestKit.ts';

const r = (s: string) => Rational.of(s);
const S = (p: Distribution, q: Distribution) => expectedScoreOf(RationalField, zeroOneRule, p, q);
const scores = (p: Distribution) => p.coords.map((_, y) => exactScore(zeroOneRule, p, y));

describe('zero-one', () => {
  it('SR-05: q = (3/5, 2/5): the reports (3/5, 2/5), (9/10, 1/10), (51/100, 49/100) all score 3/5', () => {
    const q = Distribution.of(['3/5', '2/5']);
    for (const p of [q, Distribution.of(['9/10', '1/10']), Distribution.of(['51/100', '49/100'])]) {
      expect(S(p, q)).toEqual(r('3/5'));
    }
    expect(zeroOne.expect['strictly-proper']).toBe('refuted');
  });

  it('splits the unit reward evenly among tied maxima', () => {
    expect(scores(Distribution.of(['1/2', '1/2', '0']))).toEqual([r('1/2'), r('1/2'), r('0')]);
    expect(scores(Distribution.uniform(3))).toEqual([r('1/3'), r('1/3'), r('1/3')]);
    expect(scores(Distribution.of(['1/5', '2/5', '2/5']))).toEqual([r('0'), r('1/2'), r('1/2')]);
    expect(scores(Distribution.of(['1/10', '3/5', '3/10']))).toEqual([r('0'), r('1'), r('0')]);
  });

  it('SR-05: S(p, q) <= max q, with equality when M(p) lies in M(q); the scores sum to 1', () => {
    fc.assert(
      fc.property(distributionPairArb(2, 6), ([p, q]) => {
        const best = q.coords.reduce((m, c) => Rational.max(m, c));
        expect(S(p, q).le(best)).toBe(true);
        expect(S(q, q)).toEqual(best);
        expect(Rational.sum(scores(p))).toEqual(Rational.ONE);
      }),
    );
  });

  it('is symmetric (the argmax set moves with the labels) but not local for n = 3', () => {
    const F = RationalField;
    const p = lift(F, Distribution.of(['1/2', '1/2', '0']));
    const sym = symmetricComparison(F, zeroOneRule, p, 2, [2, 0, 1]);
    expect(sym.lhs).toEqual(sym.rhs);
    const loc = localComparison(F, zeroOneRule, p, lift(F, Distribution.of(['1/2', '1/4', '1/4'])), 0);
    expect([loc.lhs, loc.rhs]).toEqual([r('1/2'), r('1')]);
  });

  it('runs in the float tier too, through ifNonNegative alone', () => {
    expect(zeroOneRule.score(FloatField, [0.25, 0.5, 0.25], 1)).toBe(1);
    expect(zeroOneRule.score(FloatField, [0.5, 0.5], 0)).toBe(0.5);
  });
});
