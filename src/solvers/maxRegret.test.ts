import { describe, expect, it } from 'vitest';
import { Rational } from '../numbers/Rational.ts';
import { MatrixGame } from './MatrixGame.ts';
import { bestResponses } from './bestResponses.ts';
import { maxRegret } from './maxRegret.ts';

const r = (...v: (string | number)[]): Rational[] => v.map((x) => Rational.of(x));
const pennies = MatrixGame.of([[1, -1], [-1, 1]]);

describe('maxRegret and bestResponses', () => {
  it('is exactly 0 at the equilibrium of matching pennies and positive elsewhere', () => {
    expect(maxRegret(pennies, r('1/2', '1/2'), r('1/2', '1/2')).toString()).toBe('0');
    // x = (1, 0) concedes -1 to column 2; y = (1/2, 1/2) lets rows earn 0: gap 0 - (-1) = 1
    expect(maxRegret(pennies, r(1, 0), r('1/2', '1/2')).toString()).toBe('1');
    // A y = (-1/3, 1/3), x^T A = (1/2, -1/2): gap 1/3 - (-1/2) = 5/6
    expect(maxRegret(pennies, r('3/4', '1/4'), r('1/3', '2/3')).toString()).toBe('5/6');
  });
  it('lists every tied best response', () => {
    expect(bestResponses(pennies, r('1/2', '1/2'))).toEqual({ payoff: Rational.ZERO, rows: [0, 1] });
    expect(bestResponses(pennies, r('1/3', '2/3')).rows).toEqual([1]);
  });
  it('rejects non-strategies', () => {
    expect(() => maxRegret(pennies, r('1/2', '1/3'), r('1/2', '1/2'))).toThrow(RangeError);
    expect(() => bestResponses(pennies, r(2, -1))).toThrow(RangeError);
    expect(() => bestResponses(pennies, r(1))).toThrow(RangeError);
  });
});
