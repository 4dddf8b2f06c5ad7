import { describe, expect, it } from 'vitest';
import { Rational } from '../../numbers/Rational.ts';
import { RationalField } from '../../numbers/RationalField.ts';
import { successSquareRule } from './successSquare.ts';

const r = (s: string) => Rational.of(s);
/** S(p, q) with p = (1 - p1, p1), q = (1 - q1, q1) (index 1 is success, y = 1). */
const expected = (p1: string, q1: string) => {
  const p = [Rational.ONE.sub(r(p1)), r(p1)];
  return successSquareRule.score(RationalField, p, 1).mul(r(q1)).add(successSquareRule.score(RationalField, p, 0).mul(Rational.ONE.sub(r(q1))));
};

describe('success-square: the Savage rule of G(q) = q^2 (docs/mathematics.md DEC-02)', () => {
  it('scores S(p, 1) = 2p - p^2 and S(p, 0) = -p^2, so S(p, q) = 2pq - p^2 and G(q) = q^2', () => {
    expect(expected('1/2', '1/2').toString()).toBe('1/4');
    expect(expected('1/4', '1/4').toString()).toBe('1/16');
    expect(expected('3/5', '1/2').toString()).toBe(r('3/5').mul(r('1')).sub(r('9/25')).toString());
  });
  it('DEC-02 worked example: honesty on action 0 earns G(1/2) = 1/4, steering to action 1 at best G(1/4) = 1/16', () => {
    expect(expected('1/2', '1/2').gt(expected('1/4', '1/4'))).toBe(true);
  });
});
