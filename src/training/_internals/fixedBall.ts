import { bigintSqrt } from '../../numbers/bigintMath.ts';
import { DomainError, InexactError } from '../../numbers/Field.ts';
import { Rational } from '../../numbers/Rational.ts';

/**
 * Fixed-point ball arithmetic for the certified training tier: a value is a ball m 2^-P +- r 2^-P with
 * integers m and r >= 0 (BigInt), P = PRECISION_BITS. Every operation returns a ball that contains every
 * result of the exact operation on members of its arguments' balls: the centre is rounded (floor) and
 * the radius gains the rounding (one unit) and the propagated radii, always rounded up. So numbers never
 * grow beyond P bits and no gcd is ever taken, and every value stays certified (ball arithmetic, as in
 * Arb, here in integers: no float anywhere).
 */
export const PRECISION_BITS = 128n;
export const UNIT = 1n << PRECISION_BITS;

export interface FixedBall {
  readonly m: bigint;
  readonly r: bigint;
}

export const ZERO_BALL: FixedBall = { m: 0n, r: 0n };
export const ONE_BALL: FixedBall = { m: UNIT, r: 0n };

const abs = (x: bigint) => (x < 0n ? -x : x);

/** floor(n / d) for d > 0. */
export function floorDiv(n: bigint, d: bigint): bigint {
  const q = n / d;
  return q * d !== n && n < 0n ? q - 1n : q;
}

/** ceil(n / d) for d > 0. */
export function ceilDiv(n: bigint, d: bigint): bigint {
  return -floorDiv(-n, d);
}

/** The ball of a rational: exact when q is a multiple of 2^-P (e.g. 1/4), else one unit wide (1/3). */
export function ballOf(q: Rational): FixedBall {
  const scaled = q.num << PRECISION_BITS;
  const m = floorDiv(scaled, q.den);
  return { m, r: m * q.den === scaled ? 0n : 1n };
}

export function addBall(a: FixedBall, b: FixedBall): FixedBall {
  return { m: a.m + b.m, r: a.r + b.r };
}

export function negBall(a: FixedBall): FixedBall {
  return { m: -a.m, r: a.r };
}

export function mulBall(a: FixedBall, b: FixedBall): FixedBall {
  const product = a.m * b.m;
  const m = floorDiv(product, UNIT);
  const rounding = m * UNIT === product ? 0n : 1n;
  return { m, r: ceilDiv(abs(a.m) * b.r + abs(b.m) * a.r + a.r * b.r, UNIT) + rounding };
}

/** a / b; a ball b containing 0 cannot divide (DomainError: the caller leaves the tier). */
export function divBall(a: FixedBall, b: FixedBall): FixedBall {
  const low = abs(b.m) - b.r;
  if (low <= 0n) throw new DomainError('division by a ball that contains 0');
  const scaled = a.m * UNIT;
  const m = floorDiv(scaled, b.m < 0n ? -b.m : b.m) * (b.m < 0n ? -1n : 1n);
  // |x/y - a/b| <= (r_a |b| + |a| r_b) / (|b| (|b| - r_b)), in units of 2^-P; plus the centre's rounding.
  const spread = ceilDiv((a.r * abs(b.m) + abs(a.m) * b.r) * UNIT, abs(b.m) * low);
  return { m, r: spread + 1n };
}

/** sqrt of a ball that lies inside (0, infinity): |sqrt x - sqrt a| <= r / sqrt(a - r). */
export function sqrtBall(a: FixedBall): FixedBall {
  const low = a.m - a.r;
  if (a.m + a.r < 0n) throw new DomainError('square root of a negative ball');
  if (low <= 0n) throw new InexactError('square root of a ball that reaches 0');
  const m = bigintSqrt(a.m * UNIT);
  return { m, r: ceilDiv(a.r << (PRECISION_BITS / 2n), bigintSqrt(low)) + 1n };
}

/** The certified sign, or undefined when the ball reaches across 0. */
export function signBall(a: FixedBall): -1 | 0 | 1 | undefined {
  if (a.m > a.r) return 1;
  if (a.m < -a.r) return -1;
  return a.m === 0n && a.r === 0n ? 0 : undefined;
}

/** The ball's centre as an exact rational m / 2^P. */
export function centreOf(a: FixedBall): Rational {
  return Rational.fraction(a.m, UNIT);
}
