import { describe, expect, it } from 'vitest';
import { symmetricComparison } from '../../laws/lawComparisons.ts';
import { SpecError } from '../../core/SpecError.ts';
import { Rational } from '../../numbers/Rational.ts';
import { Distribution } from '../../simplex/Distribution.ts';
import { binaryExponential, binaryExponentialRule } from './binaryExponential.ts';
import { certified, certifiedSign, exactScore, expectConsistent, expectEncloses, lift, scoreIn , expectedScoreOf } from './ruleTestKit.ts';

// e^{1/2} = 1.64872127070012814684865078781416357165377610071...
const THREE_HALVES_SQRT_E = '2.473081906050192220272976181721245357480664151065222017362618967460992';
const HALF_SQRT_E = '0.8243606353500640734243253939070817858268880503550740057875396558203305';

describe('binary exponential(K)', () => {
  it('is binary only, with ids in lowest terms, and needs K > 0', () => {
    expect(binaryExponentialRule(1).id).toBe('binary-exponential(1)');
    expect(binaryExponentialRule('2/6').id).toBe('binary-exponential(1/3)');
    expect(binaryExponentialRule(10).outcomes).toEqual({ min: 2, max: 2 });
    expect(() => binaryExponentialRule(0)).toThrow(SpecError);
    expect(() => binaryExponentialRule('-1')).toThrow(SpecError);
  });

  it('§1.2 convention, exact at p = 0 (e^0 = 1): S(0, y=1) = 1/K + 1 on index 0, S(0, y=0) = 1/K on index 1', () => {
    const p = Distribution.of([0, 1]); // P(outcome 1) = 0
    expect(exactScore(binaryExponentialRule(1), p, 0)).toEqual(Rational.of(2));
    expect(exactScore(binaryExponentialRule(1), p, 1)).toEqual(Rational.ONE);
    expect(exactScore(binaryExponentialRule('1/3'), p, 0)).toEqual(Rational.of(4));
    expect(exactScore(binaryExponentialRule('1/3'), p, 1)).toEqual(Rational.of(3));
  });

  it('K = 1 at p = 1/2: y = 1 scores (3/2)e^{1/2}, y = 0 scores (1/2)e^{1/2}', () => {
    const rule = binaryExponentialRule(1);
    const half = Distribution.binary('1/2');
    expectEncloses(scoreIn(certified, rule, half, 0), THREE_HALVES_SQRT_E);
    expectEncloses(scoreIn(certified, rule, half, 1), HALF_SQRT_E);
  });

  it('SR-02: S(p, 1) - S(p, 0) = G\'(p) = e^{Kp}', () => {
    const rule = binaryExponentialRule(10);
    const p = Distribution.binary('3/10');
    const gap = certified.sub(scoreIn(certified, rule, p, 0), scoreIn(certified, rule, p, 1));
    expectConsistent(certified, gap, certified.exp(certified.of(3)));
  });

  it('§9: with K = 1/3 the maximiser of S(., q) at q = 1/5 is q; nearby rational reports score strictly lower', () => {
    const rule = binaryExponentialRule('1/3');
    const q = Distribution.binary('1/5');
    for (const p of ['19/100', '21/100', '199/1000', '201/1000', '0', '1']) {
      const report = Distribution.binary(p);
      const sign = certifiedSign((F) => ({ lhs: expectedScoreOf(F, rule, q, q), rhs: expectedScoreOf(F, rule, report, q) }));
      expect(sign, `report ${p}`).toBe(1);
    }
  });

  it('NOT symmetric: at p = (1, 0), outcome 1 scores e^K/K = e but after swapping the labels 1/K = 1', () => {
    const sign = certifiedSign((F) => symmetricComparison(F, binaryExponentialRule(1), lift(F, Distribution.of([1, 0])), 0, [1, 0]));
    expect(sign).toBe(-1); // lhs (swapped) = 1 < e = rhs
    expect(binaryExponential(1).expect.symmetric).toBe('refuted');
    expect(binaryExponential(1).expect.local).toBe('holds'); // vacuous for n = 2
  });
});
