import { Rational } from '../../numbers/Rational.ts';
import { floorDiv, PRECISION_BITS, UNIT } from './fixedBall.ts';

/**
 * A point of the fixed-point tier: coordinates m_i 2^-P with sum m_i = 2^P EXACTLY (so that the
 * difference to the exact iterate, also on the simplex, is a tangent vector: utilities and norms of it
 * need no correction for the sum).
 */
export type FixedPoint = readonly bigint[];

/** How far one rounding moves a point, in units of 2^-P (L2): at most n (see roundToSimplex). */
export function roundingError(n: number): bigint {
  return BigInt(n);
}

/**
 * The exact Euclidean projection of x = X / scale (integers X, scale > 0) onto {p : p_i >= floor, sum p = 1}
 * (projectToSimplex, the same formula: sort decreasingly, the largest k with u_k - theta_k > floor, where
 * theta_k = (sum_{i<=k} u_i - 1 + (n - k) floor) / k), computed in integers, then rounded to the fixed-point
 * grid by roundToSimplex. Exact up to that last rounding, whose L2 size is at most roundingError(n).
 */
export function projectScaled(X: readonly bigint[], scale: bigint, floor: Rational): Rounded {
  const n = X.length;
  // Work in units of 1 / (scale * fd), floor = fn / fd.
  const fd = floor.den;
  const x = X.map((v) => v * fd);
  const one = scale * fd;
  const f = floor.num * scale;
  const sorted = [...x].sort((a, b) => (a > b ? -1 : a < b ? 1 : 0));
  let prefix = 0n;
  let best = { k: 1n, numerator: sorted[0]! - one + BigInt(n - 1) * f };
  for (let i = 0; i < n; i++) {
    prefix += sorted[i]!;
    const k = BigInt(i + 1);
    const numerator = prefix - one + BigInt(n - i - 1) * f; // theta_k = numerator / k
    if (k * (sorted[i]! - f) - numerator > 0n) best = { k, numerator };
  }
  // y_i = max(floor, x_i - theta) in units of 1 / (k * one); the grid is 2^-P.
  const units = x.map((v) => {
    const y = v * best.k - best.numerator;
    return y > f * best.k ? y : f * best.k;
  });
  return roundToSimplex(units, best.k * one);
}

/**
 * Rounds y = Y / scale (on the simplex: sum Y = scale) to the grid 2^-P keeping the sum exactly 1: every
 * coordinate but the largest is rounded down (by less than one unit each), the largest takes the rest (it
 * moves by less than n - 1 units). So the L2 move is below sqrt((n - 1) + (n - 1)^2) <= n units.
 */
export function roundToSimplex(Y: readonly bigint[], scale: bigint): Rounded {
  const down = Y.map((v) => floorDiv(v << PRECISION_BITS, scale));
  const largest = Y.reduce((best, v, i) => (v > Y[best]! ? i : best), 0);
  const rest = down.reduce((s, v, i) => (i === largest ? s : s + v), 0n);
  const exact = down.every((v, i) => v * scale === Y[i]! << PRECISION_BITS);
  return { point: down.map((v, i) => (i === largest ? UNIT - rest : v)), error: exact ? 0n : roundingError(Y.length) };
}

/** A rounded point and a bound on how far the rounding moved it (units 2^-P, L2): 0 when it is exact. */
export interface Rounded {
  readonly point: FixedPoint;
  readonly error: bigint;
}

/** An exact point of the simplex rounded to the grid (the switch from exact rationals to the fixed-point tier). */
export function fixedFromRationals(p: readonly Rational[]): Rounded {
  const den = p.reduce((d, c) => lcm(d, c.den), 1n);
  return roundToSimplex(p.map((c) => (c.num * den) / c.den), den);
}

/** m 2^-P as an exact rational. */
export function rationalsOf(p: FixedPoint): Rational[] {
  return p.map((m) => Rational.fraction(m, UNIT));
}

function lcm(a: bigint, b: bigint): bigint {
  let [x, y] = [a, b];
  while (y !== 0n) [x, y] = [y, x % y];
  return (a / x) * b;
}
