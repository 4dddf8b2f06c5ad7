import { describe, expect, it } from 'vitest';
import { InexactError } from '../../numbers/Field.ts';
import { Rational } from '../../numbers/Rational.ts';
import { Distribution } from '../../simplex/Distribution.ts';
import { logarithmic, logarithmicRule } from './logarithmic.ts';
import { certified, certifiedSign, exactScore, expectEncloses, scoreIn , expectedScoreOf } from './ruleTestKit.ts';

const LN_4_5 = '-0.2231435513142097557662950903098345033746010855480072136712878724873917'; // ln 4 - ln 5

describe('logarithmic', () => {
  it('is irrational off 1, so the exact tier refuses it', () => {
    expect(() => exactScore(logarithmicRule, Distribution.binary('4/5'), 0)).toThrow(InexactError);
    expect(exactScore(logarithmicRule, Distribution.of([1, 0]), 0)).toEqual(Rational.ZERO);
  });

  it('§9: the log score of report 4/5 on outcome 1 encloses ln(4/5) = -0.22314...', () => {
    const s = scoreIn(certified, logarithmicRule, Distribution.binary('4/5'), 0);
    expectEncloses(s, LN_4_5);
    expect(certified.approx(s)).toBeCloseTo(-0.2231, 4);
  });

  it('SR-06: outcome 1 scores ln(1/2) at both (1/2, 3/10, 1/5) and (1/2, 1/10, 2/5)', () => {
    const a = scoreIn(certified, logarithmicRule, Distribution.of(['1/2', '3/10', '1/5']), 0);
    const b = scoreIn(certified, logarithmicRule, Distribution.of(['1/2', '1/10', '2/5']), 0);
    expect(certified.encode(a)).toEqual(certified.encode(b)); // the same computation on p_1 alone
    expect(logarithmic.expect.local).toBe('holds');
  });

  it('§9: the maximiser of S(., q) at q = 1/3 is q; nearby rational reports score strictly lower (certified)', () => {
    const q = Distribution.binary('1/3');
    for (const p of ['33/100', '34/100', '333/1000', '334/1000', '1/2', '1/100']) {
      const report = Distribution.binary(p);
      const sign = certifiedSign((F) => ({
        lhs: expectedScoreOf(F, logarithmicRule, q, q),
        rhs: expectedScoreOf(F, logarithmicRule, report, q),
      }));
      expect(sign, `report ${p}`).toBe(1);
    }
  });

  it('is defined on the interior: a zero report on a possible outcome is ln 0', () => {
    expect(logarithmicRule.domain).toBe('interior');
  });
});
