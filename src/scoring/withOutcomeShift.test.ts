import { describe, expect, it } from 'vitest';
import { Rational } from '../numbers/Rational.ts';
import { RationalField } from '../numbers/RationalField.ts';
import { Distribution } from '../simplex/Distribution.ts';
import { binaryExponentialRule } from './rules/binaryExponential.ts';
import { quadraticRule } from './rules/quadratic.ts';
import { zeroOneRule } from './rules/zeroOne.ts';
import type { ScoringRule } from './ScoringRule.ts';
import { withOutcomeShift } from './withOutcomeShift.ts';

const r = (s: string) => Rational.of(s);

describe('withOutcomeShift', () => {
  it('adds b_y to the score and records the shift in the id', () => {
    const shifted = withOutcomeShift(quadraticRule, [r('1'), r('0')]);
    expect(shifted.id).toBe('quadratic+outcome-shift(1,0)');
    const p = Distribution.binary('1/4').coords;
    expect(shifted.score(RationalField, p, 0)).toEqual(quadraticRule.score(RationalField, p, 0).add(Rational.ONE));
  });

  it('keeps quadratic, local, rational, smooth, proper and strictly proper; an unequal shift breaks symmetry', () => {
    const t = withOutcomeShift(quadraticRule, [r('1'), r('0')]).traits!;
    expect(t).toMatchObject({ quadratic: true, local: false, rational: true, smooth: true, proper: true, strictlyProper: true, symmetric: false });
    expect(t.binaryConvexity).toBeUndefined(); // G' = S(., first) - S(., second) moved by b_first - b_second
    expect(Object.isFrozen(t)).toBe(true);
  });

  it('an equal shift keeps symmetry and the binary ratio; the zero-one trait is never kept', () => {
    expect(withOutcomeShift(quadraticRule, [r('2'), r('2')]).traits).toMatchObject({ symmetric: true, binaryConvexity: quadraticRule.traits!.binaryConvexity });
    expect(withOutcomeShift(zeroOneRule, [r('1'), r('1')]).traits?.zeroOne).toBeUndefined();
    expect(withOutcomeShift(binaryExponentialRule(1), [r('1'), r('0')]).traits).toMatchObject({ local: true, symmetric: undefined, quadratic: false });
  });

  it('a rule without traits (a user rule) stays without traits', () => {
    const bare: ScoringRule = { id: 'quadratic', outcomes: quadraticRule.outcomes, domain: 'closed', score: quadraticRule.score };
    expect(withOutcomeShift(bare, [r('1'), r('0')]).traits).toBeUndefined();
  });
});
