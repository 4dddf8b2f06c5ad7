import { describe, expect, it } from 'vitest';
import { Rational } from './Rational.ts';
import { simplestBetween } from './simplestBetween.ts';

const R = (x: string) => Rational.of(x);

describe('simplestBetween: the rational with the smallest denominator in [a, b]', () => {
  it('0.59..0.61 holds 3/5; a point is itself; 0.2..0.9 holds 1/2; negative and reversed bounds work', () => {
    expect(String(simplestBetween(R('0.59'), R('0.61')))).toBe('3/5');
    expect(String(simplestBetween(R('1/3'), R('1/3')))).toBe('1/3');
    expect(String(simplestBetween(R('0.2'), R('0.9')))).toBe('1/2');
    expect(String(simplestBetween(R('-0.61'), R('-0.59')))).toBe('-3/5');
    expect(String(simplestBetween(R('0.4000001'), R('0.3999999')))).toBe('2/5');
  });
});
