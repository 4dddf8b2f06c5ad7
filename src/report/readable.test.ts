import { describe, expect, it } from 'vitest';
import { decimalsOf, readableJson, readableNumber } from './readable.ts';

describe('readable numbers', () => {
  it('keeps short exact values whole and shortens long ones to decimals marked ~', () => {
    expect(readableNumber('479/1760')).toBe('479/1760');
    const long = `${'1'.repeat(30)}/${'3'.repeat(31)}`;
    expect(readableNumber(long)).toBe('~0.0333333333333');
    expect(readableNumber(long, { exact: true })).toBe(long);
    expect(readableNumber('not a number at all, but long enough to pass forty characters')).toMatch(/^not a number/);
  });

  it('gives JSON decimals beside exact values, and an agreeing enclosure as one value', () => {
    expect(decimalsOf({ lhs: '5/9', rhs: '2/3', relation: '>=', margin: ['-0.1111111111111111111', '-0.1111111111111111110'] })).toEqual({ lhs: '~0.55555556', rhs: '~0.66666667', relation: '>=', margin: '~-0.11111111' });
  });

  it('prints no number longer than about 40 characters in text', () => {
    const text = readableJson({ p: [`${'7'.repeat(500)}/${'9'.repeat(501)}`, '1/2'] });
    expect(Math.max(...text.split(/[",[\]{}:]/).map((s) => s.length))).toBeLessThanOrEqual(40);
  });
});
