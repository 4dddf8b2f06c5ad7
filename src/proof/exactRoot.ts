import { Rational } from '../numbers/Rational.ts';

/** floor(n^(1/e)) for n >= 0 by bisection on BigInt (exact; e is small in practice). */
function integerRoot(n: bigint, e: bigint): bigint {
  let lo = 0n;
  let hi = 1n;
  while (hi ** e <= n) hi *= 2n;
  while (hi - lo > 1n) {
    const mid = (lo + hi) / 2n;
    if (mid ** e <= n) lo = mid;
    else hi = mid;
  }
  return lo;
}

/** The non-negative rational r with r^e = c, when there is one (c >= 0, e >= 1), else undefined. */
export function exactRoot(c: Rational, e: bigint): Rational | undefined {
  if (c.sign() < 0) return undefined;
  const n = integerRoot(c.num, e);
  const d = integerRoot(c.den, e);
  return n ** e === c.num && d ** e === c.den ? Rational.fraction(n, d) : undefined;
}
