import { describe, expect, it } from 'vitest';
import { Rational } from '../../numbers/Rational.ts';
import { decisionScoringNonConvexClaim, decisionScoringProperClaim, type HSpec } from './decisionScoringClaims.ts';
import { selfDefeatingForecastClaim, utilityPlusLargeScoreClaim, utilityPlusScoreClaim, utilityScoreClaim } from './boekenClaims.ts';

const ctx = { screening: false, precisionCap: 96 };
const r = (s: string) => Rational.of(s);
const rows = (xs: string[][]) => xs.map((row) => row.map(r));
/** DEC-01's numbers: P(y = 1 | a) = (1/2, 1/4), U = y. */
const dec01 = { utility: rows([['0', '1'], ['0', '1']]), truth: rows([['1/2', '1/2'], ['3/4', '1/4']]), grid: 4 };
const square: HSpec = { kind: 'power', c: Rational.ONE, k: 2 };
const concave: HSpec = { kind: 'piecewise-linear', points: [[r('0'), r('0')], [r('1/2'), r('1/2')], [r('1'), r('1/2')]] };

describe('DEC-05: decision scoring rules (docs/mathematics.md DEC-05 worked example: h = mu^2, DEC-01 numbers)', () => {
  it('recommending action 0 and reporting 1/2 pays 1/4; recommending action 1 honestly pays 1/16, so honesty wins', () => {
    expect(decisionScoringProperClaim.check({ model: dec01, h: square, deviation: { action: 1, mu: r('1/4') } }, ctx).kind).toBe('holds');
    expect(decisionScoringProperClaim.check({ model: dec01, h: { kind: 'exp', c: r('3/2') } }, ctx).kind).toBe('holds');
  });
  it('a concave kink makes over-reporting pay: for a true 1/4, reporting 1/2 (where h flattens) pays h(1/2) = 1/2 > h(1/4) = 1/4', () => {
    const out = decisionScoringNonConvexClaim.check({ model: { ...dec01, truth: rows([['3/4', '1/4'], ['3/4', '1/4']]) }, h: concave }, ctx);
    expect(out.kind).toBe('refuted');
  });
  it('the holds-claim fails for a deliberately wrong input (the concave h), which its codec rejects', () => {
    expect(decisionScoringProperClaim.check({ model: { ...dec01, truth: rows([['3/4', '1/4'], ['3/4', '1/4']]) }, h: concave }, ctx).kind).toBe('refuted');
    expect(() => decisionScoringProperClaim.codec.decode(decisionScoringProperClaim.codec.encode({ model: dec01, h: concave }), 'input')).toThrow(/input\.h/);
  });
});

describe('DEC-06: Boeken, Zoeter & Mooij on finite models', () => {
  /** Action 0: EU 13/16 (uncertain); action 1: EU 3/4, certain (y = 1): a gap of 1/16. */
  const steer = { utility: rows([['1', '1/4'], ['0', '3/4']]), truth: rows([['3/4', '1/4'], ['0', '1']]), grid: 4 };
  it('Thm 3: the utility score makes honesty optimal (DEC-01 numbers and the steering model)', () => {
    expect(utilityScoreClaim.check({ model: dec01, delta: Rational.ZERO }, ctx).kind).toBe('holds');
    expect(utilityScoreClaim.check({ model: steer, delta: Rational.ZERO }, ctx).kind).toBe('holds');
  });
  it('Thm 4: with Delta = 1/32 below the gap 1/16 honesty stays optimal; with Delta = 1 steering to the certain action pays 7/4 > 13/8', () => {
    expect(utilityPlusScoreClaim.check({ model: steer, delta: r('1/32') }, ctx).kind).toBe('holds');
    const out = utilityPlusLargeScoreClaim.check({ model: steer, delta: Rational.ONE }, ctx);
    expect(out.kind === 'refuted' && out.witness).toMatchObject({ actionTaken: 1, payment: '7/4', honestPayment: '13/8' });
  });
  it('the holds-claims fail for deliberately wrong inputs (Delta above the gap; a score added to the utility score), which their codecs reject', () => {
    expect(utilityPlusScoreClaim.check({ model: steer, delta: Rational.ONE }, ctx).kind).toBe('refuted');
    expect(() => utilityPlusScoreClaim.codec.decode(utilityPlusScoreClaim.codec.encode({ model: steer, delta: Rational.ONE }), 'input')).toThrow(/input\.delta/);
    expect(utilityScoreClaim.check({ model: steer, delta: Rational.ONE }, ctx).kind).toBe('refuted');
  });
  it('Example 3: no forecast of the self-defeating model is correct (F = 0, 1/2, 1 with tau = 1/2); a self-fulfilling model (Y = A) is a wrong input', () => {
    for (const f of ['0', '1/2', '1']) expect(selfDefeatingForecastClaim.check({ forecast: r(f), tau: r('1/2'), y0: Rational.ONE, y1: Rational.ZERO }, ctx).kind).toBe('holds');
    expect(selfDefeatingForecastClaim.check({ forecast: Rational.ONE, tau: r('1/2'), y0: Rational.ZERO, y1: Rational.ONE }, ctx).kind).toBe('refuted');
    expect(() => selfDefeatingForecastClaim.codec.decode({ forecast: '1', tau: '1/2', y0: '0', y1: '1' }, 'input')).toThrow(/input\.y0/);
  });
});
