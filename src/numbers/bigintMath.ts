/** gcd of non-negative BigInts (Euclid). */
export function bigintGcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** floor(sqrt(n)) for n >= 0 (Newton's method on BigInt). */
export function bigintSqrt(n: bigint): bigint {
  if (n < 0n) throw new RangeError(`square root of a negative integer ${n}`);
  if (n < 2n) return n;
  // Newton's iteration started above the root decreases monotonically to floor(sqrt(n)) and stops
  // as soon as it would not decrease (integer Newton, e.g. Crandall & Pomerance, Alg. 9.2.11).
  // Starting below the root (a float guess can be off by 2^-52 relative) would need a slow
  // linear correction, and Math.sqrt(Number(n)) is Infinity beyond 2^1024.
  let x = overestimate(n);
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

/** Some integer >= sqrt(n): a widened float guess, or 2^ceil(bits/2) when n is beyond float range. */
function overestimate(n: bigint): bigint {
  const f = Math.sqrt(Number(n));
  if (Number.isFinite(f)) return BigInt(Math.ceil(f * (1 + 2 ** -40))) + 2n;
  return 1n << BigInt(Math.ceil(n.toString(2).length / 2));
}
