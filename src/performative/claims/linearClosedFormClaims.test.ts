import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Rational } from '../../numbers/Rational.ts';
import { quadraticRule } from '../../scoring/rules/quadratic.ts';
import { brierLinearClosedFormClaim, brierLinearOptimum, brierUnclippedFormulaClaim } from './linearClosedFormClaims.ts';

const ctx = { screening: false, precisionCap: 96 };
const r = (s: string) => Rational.of(s);
const closed = brierLinearClosedFormClaim(quadraticRule);
const unclipped = brierUnclippedFormulaClaim(quadraticRule);

describe('PP-07: Brier with a binary linear map, closed form (docs/mathematics.md PP-07 worked examples)', () => {
  it('gives the worked examples: clipping, PP-02, alpha < 0, alpha > 1/2, alpha = 1/2 and its continuum', () => {
    expect(brierLinearOptimum({ pStar: r('1/10'), alpha: r('1/5') })).toEqual(['point 0']);
    expect(brierLinearOptimum({ pStar: r('1/4'), alpha: r('1/4') })).toEqual(['point 1/8']);
    expect(brierLinearOptimum({ pStar: r('1/4'), alpha: r('-1/2') })).toEqual(['point 5/16']);
    expect(brierLinearOptimum({ pStar: r('1/4'), alpha: r('3/4') })).toEqual(['point 0']);
    expect(brierLinearOptimum({ pStar: r('1/4'), alpha: r('1/2') })).toEqual(['point 0']);
    expect(brierLinearOptimum({ pStar: r('1/2'), alpha: r('1/2') })).toEqual(['segment [0, 1]']);
    expect(brierLinearOptimum({ pStar: r('1/2'), alpha: r('3/5') })).toEqual(['point 0', 'point 1']);
  });

  it('the exact optimiser agrees with it on those examples (the claim holds)', () => {
    for (const [p, a] of [['1/10', '1/5'], ['1/4', '-1/2'], ['1/2', '1/2'], ['1/2', '3/5'], ['1/6', '1/4']]) {
      expect(closed.check({ pStar: r(p!), alpha: r(a!) }, ctx).kind).toBe('holds');
    }
  });

  it('fails for a deliberately wrong input: a map the code clips (alpha = -3, p* = 9/10), bypassing the codec', () => {
    // f(p) = 18/5 - 3p is clipped to 1 below 13/15; the unclipped vertex 51/70 lies there, so the closed form does not apply.
    const out = closed.check({ pStar: r('9/10'), alpha: r('-3') }, ctx);
    expect(out.kind === 'refuted' && out.witness).toMatchObject({ closedForm: ['point 51/70'] });
    expect(() => closed.codec.decode({ pStar: '9/10', alpha: '-3' }, 'input')).toThrow(/input\.pStar/);
  });

  it('the unclipped formula is refuted by the worked example (-1/30 is not a report; the optimum is 0)', () => {
    const out = unclipped.check({ pStar: r('1/10'), alpha: r('1/5') }, ctx);
    expect(out.kind === 'refuted' && out.witness).toEqual({ unclippedFormula: '-1/30', optimalReports: ['point 0'] });
    expect(unclipped.check({ pStar: r('1/4'), alpha: r('1/4') }, ctx).kind).toBe('holds');
  });

  it('every generated input survives its codec and respects the premise', () => {
    for (const claim of [closed, unclipped]) {
      for (const input of fc.sample(claim.arbitrary, { numRuns: 200, seed: 7 })) {
        expect(claim.codec.decode(JSON.parse(JSON.stringify(claim.codec.encode(input))), 'input')).toEqual(input);
      }
    }
  });
});
