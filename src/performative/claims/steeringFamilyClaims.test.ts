import { describe, expect, it } from 'vitest';
import { Rational } from '../../numbers/Rational.ts';
import { quadraticRule } from '../../scoring/rules/quadratic.ts';
import { exampleMaps } from '../map/exampleMaps.ts';
import { distanceWithinTenInaccuraciesClaim, keepsWorldUncertainClaim, plateauMap, plateauOptimumClaim, steepMap } from './steeringFamilyClaims.ts';

const ctx = { screening: false, precisionCap: 96 };
const r = (s: string) => Rational.of(s);

describe('PP-13: the plateau family (docs/mathematics.md PP-13 worked example: c = 4/5, eps = 3/100)', () => {
  it('is the example map of the catalogue', () => {
    expect(plateauMap({ c: r('4/5'), eps: r('3/100') })).toEqual(exampleMaps.pp13);
  });
  it('has the optimal report 0 (inaccuracy 3/125, distance 4/5), within the bounds', () => {
    expect(plateauOptimumClaim(quadraticRule).check({ c: r('4/5'), eps: r('3/100') }, ctx).kind).toBe('holds');
  });
  it('refutes "distance <= 10 inaccuracy": 4/5 > 10 * 3/125', () => {
    const out = distanceWithinTenInaccuraciesClaim(quadraticRule).check({ c: r('4/5'), eps: r('3/100') }, ctx);
    expect(out.kind === 'refuted' && out.witness).toEqual({ report: '0', inaccuracy: '3/125', distance: '4/5', fixedPoint: '4/5' });
  });
  it('fails for a deliberately wrong input: eps >= 1 - c (then Phi(0) = 3/5 < G(4/5) = 17/25), which the codec rejects', () => {
    const claim = plateauOptimumClaim(quadraticRule);
    expect(claim.check({ c: r('4/5'), eps: r('1/4') }, ctx).kind).toBe('refuted');
    expect(() => claim.codec.decode({ c: '4/5', eps: '1/4' }, 'input')).toThrow(/input\.eps/);
  });
});

describe('PP-14: the steep family (docs/mathematics.md PP-14 worked example: a = 3/10, b = 2/5)', () => {
  it('is the example map of the catalogue, and its optimal report 2/5 makes the event impossible', () => {
    expect(steepMap({ a: r('3/10'), b: r('2/5') })).toEqual(exampleMaps.pp14);
    const out = keepsWorldUncertainClaim(quadraticRule).check({ a: r('3/10'), b: r('2/5') }, ctx);
    expect(out.kind === 'refuted' && out.witness).toEqual({ report: '2/5', causes: '0', inaccuracy: '2/5', fixedPoints: ['4/11'] });
  });
});
