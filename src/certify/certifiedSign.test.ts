import { describe, expect, it } from 'vitest';
import { Rational } from '../numbers/Rational.ts';
import { certifiedSign } from './certifiedSign.ts';
import { emptyStats } from './DecisionStats.ts';
import { certifiedBounds, exactValue } from './evaluate.ts';
import { recordDecisions } from './recordDecisions.ts';

describe('certifiedSign', () => {
  it('is exact in the rationals, and 0 only for an exact zero', () => {
    expect(certifiedSign((F) => F.sub(F.of('1/3'), F.of('1/3')))).toBe(0);
    expect(certifiedSign((F) => F.sub(F.of('1/3'), F.of('1/4')))).toBe(1);
  });

  it('separates irrational values by intervals, escalating, and counts the tiers used', () => {
    const stats = emptyStats();
    // ln 2 - 0.693147180559945309417232121458 < 0 only at ~30 digits.
    const sign = recordDecisions(stats, () => certifiedSign((F) => F.sub(F.ln(F.of(2)), F.of('0.693147180559945309417232121458'))));
    expect(sign).toBe(1);
    expect(stats.interval).toBe(1);
    expect(stats.escalations).toBe(1);
  });

  it('is undefined, never 0, for an irrational zero (ln 6 - ln 2 - ln 3): a sign is never read off a tolerance', () => {
    expect(certifiedSign((F) => F.sub(F.ln(F.of(6)), F.add(F.ln(F.of(2)), F.ln(F.of(3)))))).toBeUndefined();
  });
});

describe('exact values and certified bounds', () => {
  it('gives the exact value when the rational tier can, else none; formal atoms where asked', () => {
    expect(exactValue((F) => F.mul(F.of('2/3'), F.of(3)))?.toString()).toBe('2');
    expect(exactValue((F) => F.ln(F.of(2)))).toBeUndefined();
    expect(exactValue((F) => F.sub(F.ln(F.of(2)), F.ln(F.of(2))), 'atoms')?.toString()).toBe('0');
  });

  it('bounds an irrational value by a certified enclosure: sqrt 2 in [1.41421356237, 1.41421356238]', () => {
    const [lo, hi] = certifiedBounds((F) => F.sqrt(F.of(2)));
    expect(lo.mul(lo).le(Rational.of(2)) && hi.mul(hi).ge(Rational.of(2))).toBe(true);
    expect(hi.sub(lo).lt(Rational.of('1e-20'))).toBe(true);
  });
});
