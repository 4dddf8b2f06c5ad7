import { describe, expect, it } from 'vitest';
import { Rational } from '../numbers/Rational.ts';
import type { BinaryPiecewiseLinearSpec } from '../performative/map/MapSpec.ts';
import { ruleById } from '../scoring/rules/builtinRules.ts';
import { binaryInstance } from './binaryInstance.ts';
import { quantitiesOf } from './quantities.ts';

const r = (s: string) => Rational.of(s);
const map = (points: [string, string][]): BinaryPiecewiseLinearSpec => ({ kind: 'binary-piecewise-linear', points: points.map(([x, y]) => [r(x), r(y)] as const) });
const ALL = quantitiesOf('random-binary-piecewise-linear');

describe('binaryInstance (distances |Delta x|, docs/mathematics.md §1.2)', () => {
  it('f(x) = 1/2 + x/4 under the Brier score: x* = 2/3, x^ = 3/4 (the 2-outcome matrix case, by hand)', () => {
    const v = binaryInstance(ruleById('quadratic').rule, map([['0', '1/2'], ['1', '3/4']]), ALL, false).values;
    expect(v['distanceToFixedPoint']).toMatchObject({ exact: '1/12' });
    expect(v['inaccuracy']).toMatchObject({ exact: '1/16' }); // f(3/4) = 11/16
    expect(v['fixedPointToUniform']).toMatchObject({ exact: '1/6' });
    expect(v['optimumToUniform']).toMatchObject({ exact: '1/4' });
    expect(v['lipschitz']).toMatchObject({ exact: '1/4' });
    expect(v['optimumValue']).toMatchObject({ exact: '9/16' });
    expect(v['concave']).toEqual({ kind: 'boolean', value: true });
    expect(v['optimumLocation']).toEqual({ kind: 'category', value: 'interior' });
    expect(v['fixedPointCount']).toEqual({ kind: 'category', value: '1' });
  });

  it('the identity on [0, 1/2] then flat: a continuum of fixed points, and Phi convex on the first piece (not concave)', () => {
    // f(x) = x on [0, 1/2], f = 1/2 after: Phi = x^2 + (1-x)^2 on the first piece (Brier with f = x).
    const v = binaryInstance(ruleById('quadratic').rule, map([['0', '0'], ['1/2', '1/2'], ['1', '1/2']]), ALL, false).values;
    expect(v['fixedPointCount']).toEqual({ kind: 'category', value: 'continuum' });
    expect(v['concave']).toEqual({ kind: 'boolean', value: false });
    expect(v['optimumLocation']).toEqual({ kind: 'category', value: 'vertex' }); // Phi(0) = 1
    expect(v['distanceToFixedPoint']).toMatchObject({ exact: '0' });
  });

  it('the log score: narrow certified enclosures; max Phi agrees with a dense float scan; concavity not computed', () => {
    const v = binaryInstance(ruleById('logarithmic').rule, map([['0', '1/2'], ['1', '3/4']]), ALL, false).values;
    const d = v['distanceToFixedPoint'];
    expect(d?.kind === 'number' && r(d.hi).sub(r(d.lo)).lt(r('1/1000'))).toBe(true);
    // Phi(x) = f ln x + (1 - f) ln(1 - x), f = 1/2 + x/4, scanned at 10^5 points (floats: a test oracle only).
    let best = -Infinity;
    for (let k = 1; k < 100000; k++) {
      const x = k / 100000;
      const f = 0.5 + x / 4;
      best = Math.max(best, f * Math.log(x) + (1 - f) * Math.log(1 - x));
    }
    const value = v['optimumValue'];
    expect(value?.kind === 'number' && r(value.lo).toNumber() <= best + 1e-9 && best <= r(value.hi).toNumber() + 1e-9).toBe(true);
    expect(v['concave']?.kind).toBe('unavailable');
  });
});
