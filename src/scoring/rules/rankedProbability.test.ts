import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localComparison, symmetricComparison } from '../../laws/lawComparisons.ts';
import { Rational } from '../../numbers/Rational.ts';
import { RationalField } from '../../numbers/RationalField.ts';
import { Distribution } from '../../simplex/Distribution.ts';
import { quadraticRule } from './quadratic.ts';
import { rankedProbability, rankedProbabilityRule } from './rankedProbability.ts';
import { distributionArb, distributionPairArb, exactScore, lift , expectedScoreOf } from './ruleTestKit.ts';

const F = RationalField;
const r = (s: string) => Rational.of(s);
const cumulative = (p: Distribution) => p.coords.slice(0, -1).map((_, k) => Rational.sum(p.coords.slice(0, k + 1)));

describe('ranked probability', () => {
  it('by hand: (1/2, 1/3, 1/6), outcome 2: P = (1/2, 5/6), -(1/2 - 0)^2 - (5/6 - 1)^2 = -5/18', () => {
    expect(exactScore(rankedProbabilityRule, Distribution.of(['1/2', '1/3', '1/6']), 1)).toEqual(r('-5/18'));
    // outcome 3 lies above both thresholds: -(1/2)^2 - (5/6)^2 = -34/36
    expect(exactScore(rankedProbabilityRule, Distribution.of(['1/2', '1/3', '1/6']), 2)).toEqual(r('-17/18'));
  });

  it('binary RPS is (quadratic - 1)/2', () => {
    fc.assert(
      fc.property(distributionArb(2, 2), fc.integer({ min: 0, max: 1 }), (p, y) => {
        expect(exactScore(rankedProbabilityRule, p, y)).toEqual(exactScore(quadraticRule, p, y).sub(Rational.ONE).div(r('2')));
      }),
    );
  });

  it('strictly proper: S(q, q) - S(p, q) = sum_k (P_k - Q_k)^2 exactly', () => {
    fc.assert(
      fc.property(distributionPairArb(2, 6), ([p, q]) => {
        const gap = expectedScoreOf(F, rankedProbabilityRule, q, q).sub(expectedScoreOf(F, rankedProbabilityRule, p, q));
        const Q = cumulative(q);
        expect(gap).toEqual(Rational.sum(cumulative(p).map((Pk, k) => Pk.sub(Q[k]!).pow(2))));
        expect(gap.sign()).toBe(p.equals(q) ? 0 : 1);
      }),
    );
  });

  it('NOT symmetric: p = (1, 0, 0), outcome 3 scores -2; swapping outcomes 2 and 3 gives -1', () => {
    const sym = symmetricComparison(F, rankedProbabilityRule, lift(F, Distribution.vertex(3, 0)), 2, [0, 2, 1]);
    expect([sym.lhs, sym.rhs]).toEqual([r('-1'), r('-2')]);
    expect(rankedProbability.expect.symmetric).toBe('refuted');
  });

  it('reversing the order of the outcomes is a symmetry', () => {
    fc.assert(
      fc.property(distributionArb(2, 6), fc.nat(), (p, k) => {
        const reverse = p.coords.map((_, i) => p.size - 1 - i);
        const sym = symmetricComparison(F, rankedProbabilityRule, lift(F, p), k % p.size, reverse);
        expect(sym.lhs).toEqual(sym.rhs);
      }),
    );
  });

  it('not local: (1/2, 1/2, 0) and (1/2, 0, 1/2) give outcome 1 the scores -1/4 and -1/2', () => {
    const loc = localComparison(F, rankedProbabilityRule, lift(F, Distribution.of(['1/2', '1/2', '0'])), lift(F, Distribution.of(['1/2', '0', '1/2'])), 0);
    expect([loc.lhs, loc.rhs]).toEqual([r('-1/4'), r('-1/2')]);
  });
});
