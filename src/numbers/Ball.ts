/**
 * A float with an error bound: the exact value lies in [mid - rad, mid + rad] (ball arithmetic, as in
 * Arb or Mathematica's significance arithmetic, here in doubles). The screening tier's value type.
 * Immutable; no implicit numeric conversion.
 */
export class Ball {
  private constructor(
    readonly mid: number,
    readonly rad: number,
  ) {}

  static of(mid: number, rad: number): Ball {
    return new Ball(mid, Number.isNaN(rad) ? Infinity : rad);
  }

  /** Certainly > 0, certainly < 0, or undefined; the radius is doubled to cover rounding in its own computation. */
  sign(): -1 | 1 | undefined {
    if (Number.isNaN(this.mid)) return undefined;
    if (this.mid > 2 * this.rad) return 1;
    if (this.mid < -2 * this.rad) return -1;
    return undefined;
  }

  toString(): string {
    return `${this.mid} ± ${this.rad}`;
  }
  [Symbol.toPrimitive](hint: string): string {
    if (hint === 'string') return this.toString();
    throw new TypeError(`Ball ${this.toString()} has no implicit numeric value`);
  }
}
