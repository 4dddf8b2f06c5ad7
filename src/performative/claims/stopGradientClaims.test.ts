import { describe, expect, it } from 'vitest';
import { Rational } from '../../numbers/Rational.ts';
import { RationalField } from '../../numbers/RationalField.ts';
import { ruleById } from '../../scoring/rules/builtinRules.ts';
import { expectedStochasticGradient, repeatedGradient, stopGradientExpectationClaim } from './stopGradientClaims.ts';

const ctx = { screening: false, precisionCap: 96 };
const r = (s: string) => Rational.of(s);
const quadratic = ruleById('quadratic').rule;

describe('SG-02: the stochastic stop-gradient gradient is the repeated gradient (docs/mathematics.md SG-02 worked example)', () => {
  it('Brier, p_t = 1/8, f(p_t) = 7/32: both sides are 3/8, and eta = 1/8 moves to 11/64', () => {
    const lhs = expectedStochasticGradient(RationalField, quadratic, r('1/8'), r('7/32'));
    expect(lhs.toString()).toBe('3/8');
    expect(repeatedGradient(RationalField, quadratic, r('1/8'), r('7/32')).toString()).toBe('3/8');
    expect(r('1/8').add(r('1/8').mul(lhs)).toString()).toBe('11/64');
  });
  it('holds for the log rule (irrational terms, decided within the equality policy)', () => {
    expect(stopGradientExpectationClaim.check({ rule: ruleById('logarithmic').rule, x: r('1/3'), q: r('3/4') }, ctx).kind).toBe('holds');
  });
  it('fails for a deliberately wrong input: the improper linear rule (-9/16 against 3/8), which the codec rejects', () => {
    const out = stopGradientExpectationClaim.check({ rule: ruleById('linear').rule, x: r('1/8'), q: r('7/32') }, ctx);
    expect(out.kind === 'refuted' && (out.witness as { comparison: { lhs: string; rhs: string } }).comparison).toMatchObject({ lhs: '-9/16', rhs: '3/8' });
    expect(() => stopGradientExpectationClaim.codec.decode({ rule: 'linear', x: '1/8', q: '7/32' }, 'input')).toThrow(/input\.rule/);
  });
});
