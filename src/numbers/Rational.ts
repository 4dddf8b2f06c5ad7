import { DomainError } from './Field.ts';
import { parseRational } from './_internals/parseRational.ts';
import { bigintGcd, bigintSqrt } from './bigintMath.ts';

/**
 * An exact rational number n/d with BigInt parts, always in lowest terms with d > 0.
 * Immutable. There is deliberately no `valueOf`: converting to a float is always explicit
 * (`toNumber()`), and arithmetic operators on a Rational throw instead of silently coercing.
 */
export class Rational {
  static readonly ZERO = new Rational(0n, 1n);
  static readonly ONE = new Rational(1n, 1n);

  private constructor(
    readonly num: bigint,
    readonly den: bigint,
  ) {}

  /** Rational.of(3n, 4n), Rational.of(2), Rational.of('3/4'), Rational.of('0.25'), Rational.of('1e-6'). */
  static of(n: bigint | number | string, d: bigint | number = 1n): Rational {
    const base = typeof n === 'bigint' ? new Rational(n, 1n) : parseRational(String(n), Rational.fraction);
    return d === 1n || d === 1 ? base : base.div(Rational.of(d));
  }

  /** n/d reduced to lowest terms; throws DomainError for d = 0. */
  static fraction(n: bigint, d: bigint): Rational {
    if (d === 0n) throw new DomainError('division by zero');
    if (d < 0n) {
      n = -n;
      d = -d;
    }
    const g = bigintGcd(n < 0n ? -n : n, d);
    return g === 1n ? new Rational(n, d) : new Rational(n / g, d / g);
  }

  add(b: Rational): Rational {
    if (this.den === b.den) return Rational.fraction(this.num + b.num, this.den);
    return Rational.fraction(this.num * b.den + b.num * this.den, this.den * b.den);
  }
  sub(b: Rational): Rational {
    return this.add(b.neg());
  }
  mul(b: Rational): Rational {
    return Rational.fraction(this.num * b.num, this.den * b.den);
  }
  div(b: Rational): Rational {
    if (b.num === 0n) throw new DomainError('division by zero');
    return Rational.fraction(this.num * b.den, this.den * b.num);
  }
  neg(): Rational {
    return new Rational(-this.num, this.den);
  }
  inv(): Rational {
    return Rational.ONE.div(this);
  }
  abs(): Rational {
    return this.num < 0n ? this.neg() : this;
  }
  /** this^k for an integer k (negative k inverts). */
  pow(k: number | bigint): Rational {
    const e = BigInt(k);
    if (e < 0n) return this.inv().pow(-e);
    return new Rational(this.num ** e, this.den ** e);
  }
  /** The exact square root when this is the square of a rational, else undefined. */
  sqrt(): Rational | undefined {
    if (this.num < 0n) throw new DomainError('square root of a negative number');
    const n = bigintSqrt(this.num);
    const d = bigintSqrt(this.den);
    return n * n === this.num && d * d === this.den ? new Rational(n, d) : undefined;
  }

  sign(): -1 | 0 | 1 {
    return this.num > 0n ? 1 : this.num < 0n ? -1 : 0;
  }
  compare(b: Rational): -1 | 0 | 1 {
    return this.sub(b).sign();
  }
  equals(b: Rational): boolean {
    return this.num === b.num && this.den === b.den;
  }
  lt(b: Rational): boolean {
    return this.compare(b) < 0;
  }
  le(b: Rational): boolean {
    return this.compare(b) <= 0;
  }
  gt(b: Rational): boolean {
    return this.compare(b) > 0;
  }
  ge(b: Rational): boolean {
    return this.compare(b) >= 0;
  }
  isZero(): boolean {
    return this.num === 0n;
  }
  isInteger(): boolean {
    return this.den === 1n;
  }
  static min(a: Rational, b: Rational): Rational {
    return a.le(b) ? a : b;
  }
  static max(a: Rational, b: Rational): Rational {
    return a.ge(b) ? a : b;
  }
  static sum(xs: readonly Rational[]): Rational {
    return xs.reduce((s, x) => s.add(x), Rational.ZERO);
  }

  /** The nearest float (explicit, for display and screening; never for decisions). */
  toNumber(): number {
    // Both parts exact as doubles: one division, correctly rounded.
    if (this.den <= SAFE && this.num <= SAFE && this.num >= -SAFE) return Number(this.num) / Number(this.den);
    // Keep ~64 significant bits of each part separately, then apply the binary exponent in two
    // steps so that neither the parts nor the power overflow on their own.
    const shiftNum = Math.max(0, bitLength(this.num) - 64);
    const shiftDen = Math.max(0, bitLength(this.den) - 64);
    const ratio = Number(this.num >> BigInt(shiftNum)) / Number(this.den >> BigInt(shiftDen));
    const exponent = shiftNum - shiftDen;
    const half = Math.trunc(exponent / 2);
    return ratio * 2 ** half * 2 ** (exponent - half);
  }
  /** "n/d", or "n" for integers: the canonical JSON form. */
  toString(): string {
    return this.den === 1n ? this.num.toString() : `${this.num}/${this.den}`;
  }
  toJSON(): string {
    return this.toString();
  }
  [Symbol.toPrimitive](hint: string): string {
    if (hint === 'string') return this.toString();
    throw new TypeError(`Rational ${this.toString()} has no implicit numeric value; use toNumber()`);
  }
}

const SAFE = 2n ** 53n;

function bitLength(x: bigint): number {
  return (x < 0n ? -x : x).toString(2).length;
}
