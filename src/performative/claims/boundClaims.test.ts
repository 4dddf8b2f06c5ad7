import { describe, expect, it } from 'vitest';
import { Rational } from '../../numbers/Rational.ts';
import { ruleById } from '../../scoring/rules/builtinRules.ts';
import { exampleMaps, linearMap } from '../map/exampleMaps.ts';
import { distanceBoundClaim, inaccuracyBoundClaim, linearMapTightnessClaim, naiveDistanceBoundClaim, ruleConstant } from './boundClaims.ts';

const ctx = { screening: false, precisionCap: 96 };
const rule = (id: string) => ruleById(id).rule;
const r = (s: string) => Rational.of(s);

describe('PP-05 / PP-06 over rules and maps (docs/mathematics.md worked examples)', () => {
  it('computes and certifies each rule\'s constant (declared with its proof only where the ends defeat the computation)', () => {
    const quadratic = ruleConstant(rule('quadratic'))!;
    expect(quadratic.how).toBe('computed');
    expect(quadratic.cS.ge(r('1/2')) && quadratic.cS.le(r('0.501'))).toBe(true);
    expect(ruleConstant(rule('logarithmic'))).toEqual({ cS: r('22388/100000'), how: 'declared' });
  });

  it('PP-02 instance: inaccuracy 3/32 <= L c_S = 1/8 and distance 1/8 <= 1/6', () => {
    expect(inaccuracyBoundClaim.check({ rule: rule('quadratic'), map: exampleMaps.pp02 }, ctx).kind).toBe('holds');
    expect(distanceBoundClaim.check({ rule: rule('quadratic'), map: exampleMaps.pp02 }, ctx).kind).toBe('holds');
  });

  it('PP-08 instance (alpha = 1/4, p* = 1/6): the distance 1/6 exceeds L c_S, so the factor 1/(1 - L) is needed', () => {
    const out = naiveDistanceBoundClaim.check({ rule: rule('quadratic'), map: linearMap('1/6', '1/4') }, ctx);
    expect(out.kind === 'refuted' && (out.witness as { violation: { report: string; distance: string } }).violation).toMatchObject({ report: '0', distance: '1/6' });
  });

  it('both fail for a deliberately wrong input: the improper linear rule (its G\'/G\'\' is no Savage ratio), which the codec rejects', () => {
    // Linear rule on the PP-02 map: Phi(0) = 13/16 > Phi(1) = 7/16, so p = 0 with inaccuracy 3/16 > 1/8 and distance 1/4 > 1/6.
    expect(inaccuracyBoundClaim.check({ rule: rule('linear'), map: exampleMaps.pp02 }, ctx).kind).toBe('refuted');
    expect(distanceBoundClaim.check({ rule: rule('linear'), map: exampleMaps.pp02 }, ctx).kind).toBe('refuted');
    expect(() => inaccuracyBoundClaim.codec.decode({ rule: 'linear', map: { kind: 'affine-clipped', a: '3/16', b: '1/4' } }, 'input')).toThrow(/input\.rule/);
  });
});

describe('PP-08: the worst ratio inaccuracy / (alpha c_S) over linear maps reaches 1', () => {
  it('Brier at alpha = 1/4, p* = 1/6: p_hat = 0, f(0) = 1/8 = alpha c_S (ratio exactly 1)', () => {
    const out = linearMapTightnessClaim(rule('quadratic')).check({ pStar: r('1/6'), alpha: r('1/4') }, ctx);
    expect(out.kind === 'refuted' && out.witness).toMatchObject({ optimalReports: ['0'], ratioAtLeast: '1' });
  });
  it('log at alpha = 1/4, p* = 3/4: the certified ratio exceeds 0.999 (the catalogue\'s numerical evidence, certified)', () => {
    const out = linearMapTightnessClaim(rule('logarithmic')).check({ pStar: r('3/4'), alpha: r('1/4') }, ctx);
    expect(out.kind).toBe('refuted');
    expect(out.kind === 'refuted' && Rational.of((out.witness as { ratioAtLeast: string }).ratioAtLeast).gt(r('999/1000'))).toBe(true);
  });
  it('holds far from the tight fixed point (p* = 1/2: the optimum is the fixed point, ratio 0)', () => {
    expect(linearMapTightnessClaim(rule('quadratic')).check({ pStar: r('1/2'), alpha: r('1/4') }, ctx).kind).toBe('holds');
    expect(linearMapTightnessClaim(rule('logarithmic')).check({ pStar: r('1/2'), alpha: r('1/4') }, ctx).kind).toBe('holds');
  });
});
