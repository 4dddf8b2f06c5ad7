import { describe, expect, it } from 'vitest';
import { Rational } from '../numbers/Rational.ts';
import { hasTrait, ruleTraits } from './RuleTraits.ts';

describe('RuleTraits', () => {
  it('a trait counts only when it is true: false and absent both mean "do not rely on it"', () => {
    const rule = { traits: ruleTraits({ local: true, symmetric: false }) };
    expect(hasTrait(rule, 'local')).toBe(true);
    expect(hasTrait(rule, 'symmetric')).toBe(false);
    expect(hasTrait(rule, 'quadratic')).toBe(false);
    expect(hasTrait({}, 'local')).toBe(false);
  });

  it('ruleTraits copies and freezes, the binary convexity data included', () => {
    const declared = { proper: true, binaryConvexity: { ratio: () => 0 as never, bound: Rational.ONE } };
    const traits = ruleTraits(declared);
    declared.proper = false;
    expect(traits.proper).toBe(true);
    expect(Object.isFrozen(traits) && Object.isFrozen(traits.binaryConvexity)).toBe(true);
    expect(traits.binaryConvexity).not.toBe(declared.binaryConvexity);
  });
});
