import { describe, expect, it } from 'vitest';
import { Rational } from '../../numbers/Rational.ts';
import { stableIsOptimalClaim, stableNearOptimalClaimTheorem, stableNearOptimalClaimWithoutTwo } from './riskClaims.ts';

const ctx = { screening: false, precisionCap: 96 };
const example = { a: Rational.ONE, eps: Rational.of('1/2'), lambda: Rational.ONE };

describe('PERF-05 / PERF-06 (docs/mathematics.md worked example: a = 1, eps = 1/2, lambda = 1)', () => {
  it('PERF-05: theta_PS = 2/3 is stable but theta_PO = 2/5 has the lower risk (4/9 > 2/5)', () => {
    const out = stableIsOptimalClaim.check(example, ctx);
    expect(out.kind === 'refuted' && out.witness).toEqual({ thetaPS: '2/3', thetaPO: '2/5', riskAtPS: '4/9', riskAtPO: '2/5' });
  });
  it('PERF-06: d = 4/15 <= 2 L_z eps/gamma = 7/15 with L_z = 14/15, gamma = 2', () => {
    expect(stableNearOptimalClaimTheorem.check(example, ctx).kind).toBe('holds');
  });
  it('PERF-06 without the factor 2 is refuted by the same example: 4/15 > 7/30', () => {
    const out = stableNearOptimalClaimWithoutTwo.check(example, ctx);
    expect(out.kind === 'refuted' && out.witness).toMatchObject({ distance: '4/15', Lz: '14/15', bound: '7/30' });
  });
  it('PERF-06 fails for a deliberately wrong input: lambda = -3/5 makes PR concave, so theta_PO is no minimiser', () => {
    const wrong = { a: Rational.ONE, eps: Rational.of('1/2'), lambda: Rational.of('-3/5') };
    expect(stableNearOptimalClaimTheorem.check(wrong, ctx).kind).toBe('refuted');
    expect(() => stableNearOptimalClaimTheorem.codec.decode({ a: '1', eps: '1/2', lambda: '-3/5' }, 'input')).toThrow(/input\.lambda/);
  });
});
