import type { Rational } from './Rational.ts';

/** A literal a formula may lift into any tier: numbers are read by their shortest decimal form (0.1 is 1/10). */
export type Scalar = number | string | bigint;

/**
 * The arithmetic every formula is written against, once. Each tier (float, rational, interval,
 * symbolic) implements it; a rule's `score(F, p, y)` runs unchanged in all of them.
 *
 * Tiers that cannot represent a result exactly throw {@link InexactError} (the rational tier for ln,
 * exp, irrational square roots), which tells the caller to escalate to the interval tier.
 */
export interface Field<T> {
  readonly tier: 'float' | 'rational' | 'interval' | 'symbolic';
  of(x: Scalar): T;
  fromRational(r: Rational): T;
  add(a: T, b: T): T;
  sub(a: T, b: T): T;
  mul(a: T, b: T): T;
  div(a: T, b: T): T;
  neg(a: T): T;
  /** x^e. Integer e is exact where the tier is; non-integer e needs x >= 0 (0^e = 0 for e > 0). */
  pow(x: T, e: Scalar): T;
  sqrt(x: T): T;
  ln(x: T): T;
  exp(x: T): T;
  max(a: T, b: T): T;
  min(a: T, b: T): T;
  abs(a: T): T;
  sum(xs: readonly T[]): T;
  /** `test >= 0 ? then : otherwise`; the one branch point, so that every tier (even SMT) can follow it. */
  ifNonNegative(test: T, then: T, otherwise: T): T;
  /** Whether x is a value of this tier (a rule that returns anything else is reported, not computed with). */
  is?(x: unknown): x is T;
}

/** A tier whose values can be compared: float (screening only), rational and interval. */
export interface NumericField<T> extends Field<T> {
  readonly tier: 'float' | 'rational' | 'interval';
  is(x: unknown): x is T;
  /** The certified sign of x, or undefined when this tier cannot tell (an interval straddling 0). */
  sign(x: T): -1 | 0 | 1 | undefined;
  /** A finite float near x, for display and screening only; never used to decide. */
  approx(x: T): number;
  /** Exact JSON form of x: "n/d" for rationals, ["lo", "hi"] for intervals, a number for floats. */
  encode(x: T): string | [string, string] | number;
  isFinite(x: T): boolean;
}

/**
 * A tier cannot evaluate this formula (not a fault of the formula): the caller moves to another tier
 * or method. Error wrappers around users' code must let these through unchanged.
 */
export class TierLimit extends Error {
  constructor(message?: string) {
    // A control-flow signal, thrown and caught per case in hot loops: no stack trace to capture.
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(message);
    Error.stackTraceLimit = limit;
  }
}

/** The result is not representable in this tier (e.g. ln 2 in the rationals); escalate. */
export class InexactError extends TierLimit {
  constructor(operation: string) {
    super(`${operation} is not exactly representable in this tier`);
    this.name = 'InexactError';
  }
}

/** A mathematical domain error: division by zero, ln of a non-positive number, sqrt of a negative. */
export class DomainError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DomainError';
  }
}
