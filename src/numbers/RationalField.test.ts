import { describe, it, expect } from 'vitest';
import { RationalField as R } from './RationalField.ts';
import { DomainError, InexactError } from './Field.ts';

const q = (s: string) => R.of(s);

describe('RationalField', () => {
  it('throws InexactError where the result is irrational (escalate to intervals)', () => {
    expect(() => R.ln(q('2'))).toThrow(InexactError);
    expect(() => R.sqrt(q('2'))).toThrow(InexactError);
    expect(() => R.pow(q('2'), '1/3')).toThrow(InexactError);
    expect(() => R.exp(q('1'))).toThrow(InexactError);
  });

  it('is exact where the result is rational', () => {
    expect(R.sqrt(q('9/4')).toString()).toBe('3/2');
    expect(R.pow(q('4'), '3/2').toString()).toBe('8');
    expect(R.pow(q('4'), '-1/2').toString()).toBe('1/2');
    expect(R.pow(q('2/3'), -2).toString()).toBe('9/4');
    expect(R.ln(q('1')).toString()).toBe('0');
    expect(R.exp(q('0')).toString()).toBe('1');
    expect(R.pow(q('0'), '3/2').toString()).toBe('0');
  });

  it('throws DomainError outside the domain', () => {
    expect(() => R.div(q('1'), q('0'))).toThrow(DomainError);
    expect(() => R.ln(q('0'))).toThrow(DomainError);
    expect(() => R.pow(q('-4'), '1/2')).toThrow(DomainError);
    expect(() => R.pow(q('0'), '-1/2')).toThrow(DomainError);
  });

  it('branches, signs and encodes exactly', () => {
    expect(R.ifNonNegative(q('0'), q('1'), q('2')).toString()).toBe('1');
    expect(R.ifNonNegative(q('-1/1000000'), q('1'), q('2')).toString()).toBe('2');
    expect(R.sign(R.sub(q('1/3'), q('1/3')))).toBe(0);
    expect(R.encode(R.sum([q('1/3'), q('1/6')]))).toBe('1/2');
    expect(R.approx(q('1/4'))).toBe(0.25);
  });
});
