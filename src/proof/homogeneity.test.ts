import { describe, expect, it } from 'vitest';
import { ruleById } from '../scoring/rules/builtinRules.ts';
import { isZeroHomogeneous } from './homogeneity.ts';

describe('isZeroHomogeneous (degree bookkeeping)', () => {
  it('spherical, pseudo-spherical and zero-one are blind to the scale of p; quadratic, power, log and linear are not', () => {
    const blind = (id: string) => isZeroHomogeneous(ruleById(id).rule, 4);
    expect(['spherical', 'pseudo-spherical(3/2)', 'pseudo-spherical(3)', 'zero-one'].map(blind)).toEqual([true, true, true, true]);
    // 2 p_y - |p|^2 mixes degrees 1 and 2; ln p_y has none; p_y has degree 1.
    expect(['quadratic', 'power(3)', 'logarithmic', 'linear'].map(blind)).toEqual([false, false, false, false]);
  });
});
