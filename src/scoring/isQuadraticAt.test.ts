import { describe, expect, it } from 'vitest';
import { isQuadraticAt } from './isQuadraticAt.ts';
import { powerRule } from './rules/power.ts';
import { quadraticRule } from './rules/quadratic.ts';
import type { ScoringRule } from './ScoringRule.ts';

const userRule = (score: ScoringRule['score']): ScoringRule => ({ id: 'quadratic', outcomes: { min: 2, max: 6 }, domain: 'closed', score });

describe('isQuadraticAt', () => {
  it('a declared trait decides, in both directions (power(3) is quadratic on the binary simplex, but declares false: not for n >= 3)', () => {
    expect(isQuadraticAt(quadraticRule, 5)).toBe(true);
    expect(isQuadraticAt(powerRule(3), 2)).toBe(false);
  });

  it('a rule without traits, whatever its name, is quadratic only where the polynomial proof succeeds', () => {
    const brier = userRule((F, p, y) => F.sub(F.mul(F.of(2), p[y]!), F.sum(p.map((x) => F.mul(x, x)))));
    const cubic = userRule((F, p, y) => F.sub(F.mul(F.of(3), F.mul(p[y]!, p[y]!)), F.mul(F.of(2), F.sum(p.map((x) => F.pow(x, 3))))));
    expect(isQuadraticAt(brier, 3)).toBe(true);
    expect(isQuadraticAt(cubic, 3)).toBe(false);
    expect(isQuadraticAt(cubic, 2)).toBe(true); // power(3) by hand: on two outcomes p_0^3 + p_1^3 = 1 - 3 p_0 p_1 is quadratic
  });
});
