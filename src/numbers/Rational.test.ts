import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { Rational } from './Rational.ts';
import { DomainError } from './Field.ts';
import { bigintSqrt } from './bigintMath.ts';

const q = (s: string) => Rational.of(s);

/** Small-denominator rationals, including 0 and negatives. */
const rational = fc
  .tuple(fc.bigInt(-(10n ** 9n), 10n ** 9n), fc.bigInt(1n, 10n ** 6n))
  .map(([n, d]) => Rational.fraction(n, d));
const nonZero = rational.filter((r) => !r.isZero());

describe('Rational canonical form', () => {
  it('reduces to lowest terms with a positive denominator', () => {
    const r = Rational.fraction(6n, -4n);
    expect([r.num, r.den]).toEqual([-3n, 2n]);
    expect(Rational.fraction(0n, -7n).toString()).toBe('0');
  });

  it('parses "n/d", integers, decimals and exponents exactly', () => {
    expect(q('10/4').toString()).toBe('5/2');
    expect(q('-3 / 9').toString()).toBe('-1/3');
    expect(q('0.25').toString()).toBe('1/4');
    expect(q('1e-6').toString()).toBe('1/1000000');
    expect(q('-1.5e-6').toString()).toBe('-3/2000000');
    expect(q('2.5E3').toString()).toBe('2500');
    expect(Rational.of(0.1).toString()).toBe('1/10'); // numbers by their shortest decimal string
    expect(Rational.of(1e-7).toString()).toBe('1/10000000'); // String(1e-7) is "1e-7"
    expect(Rational.of(12n, 18n).toString()).toBe('2/3');
  });

  it('rejects malformed text with an error naming the text', () => {
    for (const bad of ['abc', '1/2/3', '', '.', '1e', 'NaN']) {
      expect(() => q(bad)).toThrow(new RegExp(JSON.stringify(bad).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')));
    }
    expect(() => q('1/0')).toThrow(DomainError);
  });

  it('round-trips through its JSON form', () => {
    fc.assert(fc.property(rational, (r) => Rational.of(JSON.parse(JSON.stringify(r)) as string).equals(r)));
  });
});

describe('Rational has no implicit numeric conversion', () => {
  it('throws on +r and arithmetic operators, but interpolates as text', () => {
    const r = q('3/4');
    expect(() => +(r as unknown as number)).toThrow(TypeError);
    expect(() => (r as unknown as number) * 2).toThrow(TypeError);
    expect(`${r}`).toBe('3/4');
    expect(r.toNumber()).toBe(0.75);
  });
});

describe('Rational powers and roots', () => {
  it('computes integer powers exactly, negative ones by inversion', () => {
    expect(q('2/3').pow(3).toString()).toBe('8/27');
    expect(q('2/3').pow(-2).toString()).toBe('9/4');
    expect(q('0').pow(0).toString()).toBe('1');
    expect(() => q('0').pow(-1)).toThrow(DomainError);
  });

  it('takes exact square roots of rational squares only', () => {
    expect(q('9/4').sqrt()?.toString()).toBe('3/2');
    expect(q('2').sqrt()).toBeUndefined();
    expect(() => q('-1').sqrt()).toThrow(DomainError);
  });

  it('finds the root of huge squares quickly (regression: float-guess Newton looped ~1e16 times)', () => {
    const r = 3n ** 160n;
    expect(bigintSqrt(r * r - 1n)).toBe(r - 1n);
    expect(bigintSqrt(r * r)).toBe(r);
    const big = 7n ** 700n; // beyond float range: Math.sqrt(Number(n)) is Infinity
    expect(bigintSqrt(big * big + big)).toBe(big);
    expect(Rational.fraction(big * big, 4n).sqrt()?.equals(Rational.fraction(big, 2n))).toBe(true);
  });

  it('bigintSqrt is floor(sqrt(n)) (property)', () => {
    fc.assert(
      fc.property(fc.bigInt(0n, 10n ** 80n), (n) => {
        const s = bigintSqrt(n);
        return s * s <= n && (s + 1n) * (s + 1n) > n;
      }),
    );
  });
});

describe('Rational.toNumber', () => {
  it('handles values whose parts overflow doubles', () => {
    expect(Rational.fraction(10n ** 400n + 1n, 10n ** 399n).toNumber()).toBeCloseTo(10, 12);
    expect(Rational.of(10n ** 400n).toNumber()).toBe(Infinity);
    expect(Rational.fraction(1n, 10n ** 400n).toNumber()).toBe(0);
    expect(Rational.fraction(-(3n ** 1000n), 3n ** 999n).toNumber()).toBe(-3);
  });

  // Regression: shifting both parts by the same amount truncated a small numerator to 0, although
  // 2^-1020 ~ 8.9e-308 is a normal double.
  it('keeps tiny but representable quotients (2^80+1)/(2^1100+1)', () => {
    expect(Rational.fraction(2n ** 80n + 1n, 2n ** 1100n + 1n).toNumber()).toBeGreaterThan(8e-308);
  });
});

describe('Rational field laws (property)', () => {
  it('addition and multiplication are associative and commutative', () => {
    fc.assert(
      fc.property(rational, rational, rational, (a, b, c) => {
        expect(a.add(b).add(c).equals(a.add(b.add(c)))).toBe(true);
        expect(a.mul(b).mul(c).equals(a.mul(b.mul(c)))).toBe(true);
        expect(a.add(b).equals(b.add(a)) && a.mul(b).equals(b.mul(a))).toBe(true);
      }),
    );
  });

  it('multiplication distributes over addition', () => {
    fc.assert(fc.property(rational, rational, rational, (a, b, c) => a.mul(b.add(c)).equals(a.mul(b).add(a.mul(c)))));
  });

  it('has additive and multiplicative inverses', () => {
    fc.assert(
      fc.property(rational, nonZero, (a, b) => {
        expect(a.add(a.neg()).isZero()).toBe(true);
        expect(b.mul(b.inv()).equals(Rational.ONE)).toBe(true);
        expect(a.div(b).mul(b).equals(a)).toBe(true);
      }),
    );
  });

  it('orders consistently with subtraction', () => {
    fc.assert(fc.property(rational, rational, (a, b) => a.lt(b) === (b.sub(a).sign() > 0) && a.compare(b) === -b.compare(a)));
  });
});
