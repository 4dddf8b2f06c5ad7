import { describe, expect, it } from 'vitest';
import { Rational } from '../../numbers/Rational.ts';
import { exampleMaps } from '../map/exampleMaps.ts';
import { chanAffineClaim, chanFixedPointClaim, chanReward } from './chanClaims.ts';

const ctx = { screening: false, precisionCap: 96 };
const r = (s: string) => Rational.of(s);

describe('OTH-01: Chan\'s Brier-type scoring function (docs/mathematics.md OTH-01 worked example, PP-02 map)', () => {
  it('r(1/8) = 105/128 > r(1/4) = 13/16', () => {
    expect(chanReward(exampleMaps.pp02, r('1/8')).toString()).toBe('105/128');
    expect(chanReward(exampleMaps.pp02, r('1/4')).toString()).toBe('13/16');
    expect(chanFixedPointClaim.check({ pStar: r('1/4'), alpha: r('1/4') }, ctx).kind).toBe('refuted');
  });
  it('r = (Phi + 1)/2 at the worked example; a deliberately wrong input (the cubic s(x) = 1 - (1 - x)^3) breaks it, and the codec rejects it', () => {
    expect(chanAffineClaim.check({ map: exampleMaps.pp02, x: r('1/8'), k: r('2') }, ctx).kind).toBe('holds');
    expect(chanAffineClaim.check({ map: exampleMaps.pp02, x: r('1/8'), k: r('3') }, ctx).kind).toBe('refuted');
    expect(() => chanAffineClaim.codec.decode({ map: { kind: 'affine-clipped', a: '3/16', b: '1/4' }, x: '1/8', k: '3' }, 'input')).toThrow(/input\.k/);
  });
});
