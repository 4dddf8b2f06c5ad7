import { describe, expect, it } from 'vitest';
import { SpecError } from '../../core/SpecError.ts';
import { Rational } from '../../numbers/Rational.ts';
import { Distribution } from '../../simplex/Distribution.ts';
import { pseudoSpherical, pseudoSphericalRule } from './pseudoSpherical.ts';
import { certified, certifiedSign, exactScore, expectEncloses, scoreIn , expectedScoreOf } from './ruleTestKit.ts';
import { sphericalRule } from './spherical.ts';

describe('pseudo-spherical(alpha)', () => {
  it('has ids in lowest terms and rejects alpha <= 1', () => {
    expect(pseudoSphericalRule(3).id).toBe('pseudo-spherical(3)');
    expect(pseudoSphericalRule('1.5').id).toBe('pseudo-spherical(3/2)');
    expect(() => pseudoSphericalRule(1)).toThrow(SpecError);
  });

  it('alpha = 2 is the spherical rule: exactly 2/3 at (1/5, 2/5, 2/5), outcome 2', () => {
    const p = Distribution.of(['1/5', '2/5', '2/5']);
    expect(exactScore(pseudoSphericalRule(2), p, 1)).toEqual(Rational.of('2/3'));
    for (const y of [0, 1, 2]) expect(exactScore(pseudoSphericalRule(2), p, y)).toEqual(exactScore(sphericalRule, p, y));
  });

  it('alpha = 3 at (1/2, 1/2): (1/4) / (1/4)^(2/3) = 2^(-2/3) = 0.62996...', () => {
    const s = scoreIn(certified, pseudoSphericalRule(3), Distribution.binary('1/2'), 0);
    expectEncloses(s, '0.6299605249474365823836053036391141752851257323507539900409875560776498');
  });

  it('alpha = 3 at a vertex is exact: (1, 0, 0) scores 1 on outcome 1 and 0 elsewhere', () => {
    const p = Distribution.vertex(3, 0);
    expect([0, 1, 2].map((y) => exactScore(pseudoSphericalRule(3), p, y))).toEqual([Rational.ONE, Rational.ZERO, Rational.ZERO]);
  });

  it('alpha = 3/2 and 3: truthful reporting strictly beats nearby reports (Hoelder), certified', () => {
    const q = Distribution.of(['1/2', '1/3', '1/6']);
    for (const alpha of ['3/2', '3']) {
      const rule = pseudoSphericalRule(alpha);
      for (const p of [['51/100', '1/3', '47/300'], ['1/6', '1/3', '1/2'], ['1', '0', '0']]) {
        const report = Distribution.of(p);
        const sign = certifiedSign((F) => ({ lhs: expectedScoreOf(F, rule, q, q), rhs: expectedScoreOf(F, rule, report, q) }));
        expect(sign, `${rule.id} at ${report}`).toBe(1);
      }
    }
    expect(pseudoSpherical(3).expect.symmetric).toBe('holds');
  });
});
