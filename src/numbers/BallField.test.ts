import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Ball } from './Ball.ts';
import { BallField as B } from './BallField.ts';
import { intervalField } from './IntervalField.ts';
import { Rational } from './Rational.ts';
import { RationalField as R } from './RationalField.ts';

// The screening tier must never claim a sign the exact value does not have: every ball encloses the
// exact rational result (field operations) or the certified interval (ln, exp, sqrt, powers).
const I = intervalField(40);
const Exact = Decimal.clone({ defaults: true, precision: 1000 });
/** The exact value of a double (decimal.js would read its shortest decimal string instead). */
function exactDouble(x: number): Decimal {
  if (!Number.isFinite(x) || x === 0) return new Exact(x);
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const exponent = Number((bits >> 52n) & 0x7ffn);
  const fraction = bits & ((1n << 52n) - 1n);
  const mantissa = exponent === 0 ? fraction : fraction | (1n << 52n);
  const scaled = new Exact(mantissa.toString()).times(new Exact(2).pow((exponent === 0 ? 1 : exponent) - 1075));
  return x < 0 ? scaled.neg() : scaled;
}
const lo = (b: Ball) => exactDouble(b.mid).minus(exactDouble(b.rad));
const hi = (b: Ball) => exactDouble(b.mid).plus(exactDouble(b.rad));
const dec = (r: Rational) => new Exact(r.num.toString()).div(r.den.toString());
const enclosesRational = (b: Ball, r: Rational) => lo(b).lte(dec(r)) && hi(b).gte(dec(r));

const rational = fc.oneof(
  fc.tuple(fc.bigInt(-(10n ** 6n), 10n ** 6n), fc.bigInt(1n, 10n ** 6n)).map(([n, d]) => Rational.fraction(n, d)),
  fc.tuple(fc.bigInt(-999_999n, 999_999n), fc.integer({ min: -12, max: 12 })).map(([m, e]) => Rational.of(`${m}e${e}`)),
);
const positive = rational.filter((r) => r.sign() > 0);
const ops = ['add', 'sub', 'mul'] as const;

describe('BallField (screening tier) encloses the exact value', () => {
  it('for chains of field operations on rationals', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...ops), rational), { minLength: 1, maxLength: 12 }), rational, (steps, start) => {
        let b = B.fromRational(start);
        let r = start;
        for (const [op, x] of steps) {
          b = B[op](b, B.fromRational(x));
          r = R[op](r, x);
        }
        expect(enclosesRational(b, r)).toBe(true);
      }),
    );
  });

  it('for division, including divisors near zero', () => {
    fc.assert(
      fc.property(rational, rational, (a, d) => {
        fc.pre(!d.isZero());
        expect(enclosesRational(B.div(B.fromRational(a), B.fromRational(d)), a.div(d))).toBe(true);
      }),
    );
  });

  it('for ln, exp, sqrt and non-integer powers (against 40-digit certified intervals)', () => {
    fc.assert(
      fc.property(positive, (x) => {
        const cases: [Ball, { lo: Decimal; hi: Decimal }][] = [
          [B.ln(B.fromRational(x)), I.ln(I.fromRational(x))],
          [B.sqrt(B.fromRational(x)), I.sqrt(I.fromRational(x))],
          [B.pow(B.fromRational(x), '3/2'), I.pow(I.fromRational(x), '3/2')],
        ];
        if (x.lt(Rational.of(500))) cases.push([B.exp(B.fromRational(x)), I.exp(I.fromRational(x))]);
        for (const [ball, interval] of cases) {
          expect(lo(ball).lte(new Exact(interval.lo.toString()))).toBe(true);
          expect(hi(ball).gte(new Exact(interval.hi.toString()))).toBe(true);
        }
      }),
    );
  });

  it('reads decimal literals as their decimal value: 0.1 + 0.2 - 0.3 is not certainly positive', () => {
    const margin = B.sub(B.add(B.of(0.1), B.of(0.2)), B.of(0.3));
    expect(margin.mid).toBeGreaterThan(0); // the double computation says 5.55e-17 ...
    expect(B.sign(margin)).toBeUndefined(); // ... but the ball knows it cannot tell
  });

  it('widens an uncertain branch to both of its values', () => {
    const tie = B.sub(B.of('1/3'), B.of('1/3'));
    const chosen = B.ifNonNegative(B.add(tie, B.of('1e-30')), B.of(1), B.of(0));
    expect(lo(chosen).lte(0) && hi(chosen).gte(1)).toBe(true);
    expect(B.ifNonNegative(B.of('1/2'), B.of(1), B.of(0))).toEqual(B.of(1));
  });

  it('has no implicit numeric value', () => {
    expect(() => +(B.of(1) as unknown as number)).toThrow(TypeError);
  });
});
