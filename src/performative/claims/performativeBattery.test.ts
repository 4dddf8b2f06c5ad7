import { describe, expect, it } from 'vitest';
import { Rational } from '../../numbers/Rational.ts';
import { ruleById } from '../../scoring/rules/builtinRules.ts';
import { certifiedRatioBound, performativeBattery } from './performativeBattery.ts';

describe('performativeBattery (the check battery)', () => {
  it('certified c_S bounds sit just above the constants of docs/mathematics.md PP-05', () => {
    expect(certifiedRatioBound(ruleById('quadratic').rule)!.ge(Rational.of('1/2'))).toBe(true);
    expect(certifiedRatioBound(ruleById('quadratic').rule)!.le(Rational.of('0.501'))).toBe(true);
    expect(certifiedRatioBound(ruleById('spherical').rule)!.ge(Rational.ONE)).toBe(true);
    // log: G'/G'' needs ln 0 at the ends, so no bound over [0, 1] is certified this way.
    expect(certifiedRatioBound(ruleById('logarithmic').rule)).toBeUndefined();
  });

  it('skips with a visible note what it cannot run honestly', () => {
    const log = performativeBattery(ruleById('logarithmic').rule, true);
    expect(log.claims.map((c) => c.id)).toEqual(['logarithmic/fixed-point-is-optimal']);
    expect(log.notes[0]).toMatch(/optimum-within-bound skipped/);
    expect(performativeBattery(ruleById('quadratic').rule, false).notes[0]).toMatch(/strictly proper/);
    expect(performativeBattery(ruleById('quadratic').rule, true).claims.map((c) => c.id)).toEqual(['quadratic/fixed-point-is-optimal', 'quadratic/optimum-within-bound']);
    const threeOnly = { ...ruleById('quadratic').rule, outcomes: { min: 3, max: 5 } };
    expect(performativeBattery(threeOnly, true)).toMatchObject({ claims: [], notes: [expect.stringMatching(/binary outcomes/)] });
  });
});
