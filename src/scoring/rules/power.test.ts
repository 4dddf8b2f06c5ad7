import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SpecError } from '../../core/SpecError.ts';
import { InexactError } from '../../numbers/Field.ts';
import { Rational } from '../../numbers/Rational.ts';
import { Distribution } from '../../simplex/Distribution.ts';
import { power, powerRule } from './power.ts';
import { quadraticRule } from './quadratic.ts';
import { certified, certifiedSign, distributionArb, exactScore, expectConsistent, scoreIn , expectedScoreOf } from './ruleTestKit.ts';

const r = (s: string) => Rational.of(s);

describe('power(alpha)', () => {
  it('has ids in lowest terms and rejects alpha <= 1', () => {
    expect(powerRule('3/2').id).toBe('power(3/2)');
    expect(powerRule('6/4').id).toBe('power(3/2)');
    expect(powerRule(3).id).toBe('power(3)');
    expect(() => powerRule(1)).toThrow(SpecError);
    expect(() => powerRule('1/2')).toThrow(SpecError);
    expect(() => powerRule('two')).toThrow(SpecError);
  });

  it('SR-03: power(2) equals quadratic exactly, on every outcome', () => {
    const two = powerRule(2);
    fc.assert(
      fc.property(distributionArb(2, 8), (p) => {
        for (let y = 0; y < p.size; y++) expect(exactScore(two, p, y)).toEqual(exactScore(quadraticRule, p, y));
      }),
    );
  });

  it('power(3) at (1/2, 1/3, 1/6), outcome 1: 3/4 - 2(1/8 + 1/27 + 1/216) = 5/12', () => {
    expect(exactScore(powerRule(3), Distribution.of(['1/2', '1/3', '1/6']), 0)).toEqual(r('5/12'));
  });

  it('power(3/2) is exact where the square roots are: (9/25, 16/25), outcome 1 scores 9/10 - 91/250 = 67/125', () => {
    expect(exactScore(powerRule('3/2'), Distribution.of(['9/25', '16/25']), 0)).toEqual(r('67/125'));
    expect(exactScore(powerRule('3/2'), Distribution.of([0, 1]), 0)).toEqual(r('-1/2')); // 0^(1/2) = 0
  });

  it('power(3/2) at (1/2, 1/2) encloses (3/2)sqrt(1/2) - (1/2)sqrt(1/2) = 1/sqrt(2)', () => {
    const p = Distribution.binary('1/2');
    expect(() => exactScore(powerRule('3/2'), p, 0)).toThrow(InexactError);
    const s = scoreIn(certified, powerRule('3/2'), p, 0);
    expectConsistent(certified, s, certified.sqrt(certified.of('1/2')));
  });

  it('power(3/2) is strictly proper on a few reports near q (certified)', () => {
    const rule = powerRule('3/2');
    const q = Distribution.of(['1/2', '1/3', '1/6']);
    for (const p of [['51/100', '1/3', '47/300'], ['1/3', '1/2', '1/6'], ['0', '1/2', '1/2']]) {
      const report = Distribution.of(p);
      const sign = certifiedSign((F) => ({ lhs: expectedScoreOf(F, rule, q, q), rhs: expectedScoreOf(F, rule, report, q) }));
      expect(sign, String(report)).toBe(1);
    }
    expect(power('3/2').expect['strictly-proper']).toBe('holds');
  });
});
