import { describe, expect, it } from 'vitest';
import { localComparison } from '../../laws/lawComparisons.ts';
import { Rational } from '../../numbers/Rational.ts';
import { Distribution } from '../../simplex/Distribution.ts';
import { spherical, sphericalRule } from './spherical.ts';
import { certified, certifiedSign, exactScore, expectConsistent, lift, scoreIn , expectedScoreOf } from './ruleTestKit.ts';

describe('spherical', () => {
  it('is exact where ||p||_2 is rational: (1/5, 2/5, 2/5) has norm 3/5, so outcome 2 scores 2/3', () => {
    const p = Distribution.of(['1/5', '2/5', '2/5']);
    expect(exactScore(sphericalRule, p, 1)).toEqual(Rational.of('2/3'));
    expect(exactScore(sphericalRule, p, 0)).toEqual(Rational.of('1/3'));
  });

  it('encloses 1/sqrt(2) at (1/2, 1/2)', () => {
    const s = scoreIn(certified, sphericalRule, Distribution.binary('1/2'), 0);
    expectConsistent(certified, s, certified.div(certified.of(1), certified.sqrt(certified.of(2))));
  });

  it('is not local: (1/2, 1/2, 0) and (1/2, 1/4, 1/4) give outcome 1 the scores 1/sqrt 2 < sqrt(2/3)', () => {
    const sign = certifiedSign((F) =>
      localComparison(F, sphericalRule, lift(F, Distribution.of(['1/2', '1/2', '0'])), lift(F, Distribution.of(['1/2', '1/4', '1/4'])), 0),
    );
    expect(sign).toBe(-1);
    expect(spherical.expect.local).toBe('refuted');
  });

  it('truthful reporting strictly beats nearby reports (Cauchy-Schwarz), certified', () => {
    const q = Distribution.of(['1/2', '1/3', '1/6']);
    for (const p of [['49/100', '103/300', '1/6'], ['1/2', '1/6', '1/3'], ['1', '0', '0']]) {
      const report = Distribution.of(p);
      const sign = certifiedSign((F) => ({
        lhs: expectedScoreOf(F, sphericalRule, q, q),
        rhs: expectedScoreOf(F, sphericalRule, report, q),
      }));
      expect(sign, String(report)).toBe(1);
    }
  });
});
