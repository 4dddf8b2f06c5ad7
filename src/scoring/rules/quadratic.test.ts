import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Rational } from '../../numbers/Rational.ts';
import { RationalField } from '../../numbers/RationalField.ts';
import { Distribution } from '../../simplex/Distribution.ts';
import { quadratic, quadraticRule } from './quadratic.ts';
import { distributionArb, distributionPairArb, exactScore , expectedScoreOf } from './ruleTestKit.ts';

const r = (s: string) => Rational.of(s);
const S = (p: Distribution, q: Distribution) => expectedScoreOf(RationalField, quadraticRule, p, q);

describe('quadratic (Brier, reward form)', () => {
  it('SR-06: outcome 1 scores 31/50 at (1/2, 3/10, 1/5) but 29/50 at (1/2, 1/10, 2/5): not local', () => {
    expect(exactScore(quadraticRule, Distribution.of(['1/2', '3/10', '1/5']), 0)).toEqual(r('31/50'));
    expect(exactScore(quadraticRule, Distribution.of(['1/2', '1/10', '2/5']), 0)).toEqual(r('29/50'));
    expect(quadratic.expect.local).toBe('refuted');
  });

  it('SR-02 / §1.2: binary S(p, 1) = 1 - 2(1-p)^2 and S(p, 0) = 1 - 2p^2', () => {
    fc.assert(
      fc.property(distributionArb(2, 2), (d) => {
        const p = d.at(0);
        const one = Rational.ONE;
        expect(exactScore(quadraticRule, d, 0)).toEqual(one.sub(r('2').mul(one.sub(p).pow(2))));
        expect(exactScore(quadraticRule, d, 1)).toEqual(one.sub(r('2').mul(p.pow(2))));
      }),
    );
  });

  it('SR-01: S(q, q) - S(p, q) is the Bregman divergence ||p - q||^2, exactly', () => {
    fc.assert(
      fc.property(distributionPairArb(2, 6), ([p, q]) => {
        const gap = S(q, q).sub(S(p, q));
        const squared = Rational.sum(p.coords.map((pi, i) => pi.sub(q.at(i)).pow(2)));
        expect(gap).toEqual(squared);
        expect(gap.sign()).toBe(p.equals(q) ? 0 : 1);
      }),
    );
  });

  it('§9: the maximiser of S(., q) at q = 1/5 is q; nearby reports score strictly lower', () => {
    const q = Distribution.binary('1/5');
    for (const p of ['19/100', '21/100', '199/1000', '201/1000', '0', '1']) {
      expect(S(q, q).gt(S(Distribution.binary(p), q))).toBe(true);
    }
    expect(S(q, q)).toEqual(r('17/25')); // G(1/5) = 1/25 + 16/25
  });
});
