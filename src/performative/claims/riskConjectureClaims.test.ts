import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Rational } from '../../numbers/Rational.ts';
import { rgdContractionClaim, rgdStep, riskConvexBelowRrmThresholdClaim, riskConvexConvexInZClaim, riskConvexReconstructedClaim, sqrtUpperBound } from './riskConjectureClaims.ts';

const ctx = { screening: false, precisionCap: 96 };
const r = (s: string) => Rational.of(s);
const z = Rational.ZERO;

/** The PERF-04 family embedded in the plane: gamma = 1, beta = 2, eps = 1/4 on the first coordinate. */
const perf04 = {
  a1: r('1'), a2: r('1'), b11: r('2'), b12: z, b21: z, b22: z, e11: r('1/4'), e12: z, e21: z, e22: z,
  mu1: z, mu2: z, beta: r('2'), eps: r('1/4'), eta: r('2/3'), theta1: r('1'), theta2: z,
};

describe('PERF-07 (CONJECTURE): the reconstructed contraction rate of repeated gradient descent', () => {
  it('reproduces the consistency check of docs/mathematics.md PERF-07: at eta = 2/3 the step lands on theta_PS = 0 (bound 8/9)', () => {
    expect(rgdStep(perf04)).toEqual({ next: [z, z], stable: [z, z] });
    expect(rgdContractionClaim.check(perf04, ctx).kind).toBe('holds');
    expect(rgdStep({ ...perf04, eta: r('1/3') }).next).toEqual([r('1/2'), z]);
  });
  it('fails for a deliberately wrong input: eta = 2 > 2/(beta + gamma) (factor |1 - 2| = 1 on the second axis)', () => {
    expect(rgdContractionClaim.check({ ...perf04, eta: r('2'), theta1: z, theta2: r('1') }, ctx).kind).toBe('refuted');
    expect(() => rgdContractionClaim.codec.decode(rgdContractionClaim.codec.encode({ ...perf04, eta: r('2') }), 'input')).toThrow(/input\.eta/);
  });
  it('generates inputs that meet its premises (exactly, through the codec)', () => {
    for (const input of fc.sample(rgdContractionClaim.arbitrary, { numRuns: 100, seed: 3 })) {
      expect(rgdContractionClaim.codec.decode(JSON.parse(JSON.stringify(rgdContractionClaim.codec.encode(input))), 'input')).toEqual(input);
    }
    expect(sqrtUpperBound(r('2')).toString()).toBe('3/2');
  });
});

describe('PERF-08 (CONJECTURE): when is the performative risk convex? (docs/mathematics.md PERF-08 consistency check)', () => {
  const family = (eps: string, c = '0') => ({ a: r('1'), b: r('-2'), c: r(c), s: r(eps), beta: r('2'), eps: r(eps) });
  it('l = theta^2/2 - 2 z theta, z = eps theta: PR = theta^2/4 at eps = 1/8, 0 at eps = 1/4 (convex)', () => {
    expect(riskConvexConvexInZClaim.check(family('1/8'), ctx).kind).toBe('holds');
    expect(riskConvexConvexInZClaim.check(family('1/4'), ctx).kind).toBe('holds');
  });
  it('PR is concave at eps = 3/8 < gamma/beta = 1/2: the RRM threshold is not the convexity threshold', () => {
    expect(riskConvexBelowRrmThresholdClaim.check(family('3/8'), ctx).kind).toBe('refuted');
  });
  it('under the PERF-02 hypotheses alone a loss concave in z makes PR concave below gamma/(2 beta)', () => {
    const out = riskConvexReconstructedClaim.check(family('1/8', '-40'), ctx);
    expect(out.kind === 'refuted' && out.witness).toMatchObject({ leadingCoefficientOfPR: '-1/16' });
  });
  it('the holds-claim fails for a deliberately wrong input: c = -40 (not convex in z), which its codec rejects', () => {
    expect(riskConvexConvexInZClaim.check(family('1/8', '-40'), ctx).kind).toBe('refuted');
    expect(() => riskConvexConvexInZClaim.codec.decode(riskConvexConvexInZClaim.codec.encode(family('1/8', '-40')), 'input')).toThrow(/input\.c/);
  });
});
