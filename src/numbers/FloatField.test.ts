import { describe, it, expect } from 'vitest';
import { FloatField as F } from './FloatField.ts';
import { Rational } from './Rational.ts';

describe('FloatField (screening only)', () => {
  it('lifts literals like Rational.of: numbers, "n/d" and bigints', () => {
    expect(F.of('1/4')).toBe(0.25);
    expect(F.of('1e-6')).toBe(1e-6);
    expect(F.of(3n)).toBe(3);
    expect(F.fromRational(Rational.of('1/3'))).toBe(1 / 3);
  });

  it('follows IEEE semantics rather than throwing (so it can never decide alone)', () => {
    expect(F.div(1, 0)).toBe(Infinity);
    expect(F.ln(0)).toBe(-Infinity);
    expect(F.sign(F.sqrt(-1))).toBeUndefined(); // NaN has no sign
    expect(F.isFinite(F.ln(0))).toBe(false);
    expect(F.add(0.1, 0.2)).not.toBe(0.3); // why floats only screen: 0.1 + 0.2 = 0.30000000000000004
  });

  it('computes powers with rational exponents', () => {
    expect(F.pow(8, '1/3')).toBeCloseTo(2, 14);
    expect(F.pow(4, '3/2')).toBe(8);
    expect(F.ifNonNegative(F.of(0), 1, 2)).toBe(1);
  });
});
