import { describe, expect, it } from 'vitest';
import { Rational } from '../../numbers/Rational.ts';
import {
  chequeFixedPointClaim,
  chequeNearNoPredictionClaim,
  counterfactualAnswerOptimalClaim,
  oracleAnswers,
  selfConfirmingAnswerOptimalClaim,
  selfConfirmingCheques,
} from './oracleClaims.ts';

const ctx = { screening: false, precisionCap: 96 };
const r = (s: string) => Rational.of(s);
/** docs/mathematics.md OTH-02: F = (7/10) F0 + (3/5) o when read, F0 = 100. */
const example = { low: r('100'), high: r('100'), kappa: r('7/10'), lambda: r('3/5'), e: r('1/10'), answer: r('130') };

describe('OTH-02: counterfactual oracles (worked example)', () => {
  it('answers 100 counterfactually (read: F = 70 + 60 = 130) and 175 self-confirmingly', () => {
    const { counterfactual, selfConfirming } = oracleAnswers(example);
    expect([counterfactual, selfConfirming].map(String)).toEqual(['100', '175']);
    expect(example.kappa.mul(r('100')).add(example.lambda.mul(counterfactual)).toString()).toBe('130');
  });
  it('the counterfactual answer is optimal under R\' = 1{E} R; the self-confirming one is not', () => {
    expect(counterfactualAnswerOptimalClaim.check(example, ctx).kind).toBe('holds');
    const out = selfConfirmingAnswerOptimalClaim.check(example, ctx);
    expect(out.kind === 'refuted' && out.witness).toMatchObject({ claimedOptimalAnswer: '175', betterAnswer: '100' });
  });
  it('fails for a deliberately wrong input: a negative erasure probability (the reward turns convex), which the codec rejects', () => {
    expect(counterfactualAnswerOptimalClaim.check({ ...example, e: r('-1/2') }, ctx).kind).toBe('refuted');
    expect(() => counterfactualAnswerOptimalClaim.codec.decode(counterfactualAnswerOptimalClaim.codec.encode({ ...example, e: r('-1/2') }), 'input')).toThrow(/input\.e/);
  });
});

describe('OTH-03: the cheque example (worked example N = 5)', () => {
  const cheque = { n: r('5'), c: r('1'), d: r('1'), w: r('5') };
  it('has the single self-confirming prediction 0, far from the 5 paid without a prediction', () => {
    expect(selfConfirmingCheques(cheque).map(String)).toEqual(['0']);
    expect(chequeFixedPointClaim.check(cheque, ctx).kind).toBe('holds');
    expect(chequeNearNoPredictionClaim.check(cheque, ctx).kind).toBe('refuted');
  });
  it('fails for a deliberately wrong input: c = 0 (every prediction confirms itself), which the codec rejects', () => {
    expect(chequeFixedPointClaim.check({ ...cheque, c: r('0') }, ctx).kind).toBe('refuted');
    expect(() => chequeFixedPointClaim.codec.decode({ n: '5', c: '0', d: '1', w: '5' }, 'input')).toThrow(/input\.c/);
  });
});
