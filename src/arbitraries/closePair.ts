import fc from 'fast-check';
import { Rational } from '../numbers/Rational.ts';
import { Distribution } from '../simplex/Distribution.ts';

/** A small move of mass: p = q + t q_j (e_i - e_j) with t = m / 10^k (k up to 9). */
export interface CloseMove {
  readonly from: number;
  readonly to: number;
  readonly mantissa: number;
  readonly exponent: number;
}

export function closeMove(): fc.Arbitrary<CloseMove> {
  return fc.record({
    from: fc.nat({ max: 63 }),
    to: fc.nat({ max: 63 }),
    mantissa: fc.integer({ min: 1, max: 9 }),
    exponent: fc.integer({ min: 1, max: 9 }),
  });
}

/**
 * Moves a fraction t < 1 of q_j to outcome i, so p stays a distribution (interior if q is) and
 * |p - q| can be as small as 1e-9 * q_j: violations whose margin is far below 1e-6 become reachable.
 */
export function applyCloseMove(q: Distribution, move: CloseMove): Distribution {
  const n = q.size;
  const from = move.from % n;
  const to = move.to % n;
  if (from === to) return q;
  const t = Rational.fraction(BigInt(move.mantissa), 10n ** BigInt(move.exponent));
  const moved = q.at(from).mul(t);
  return Distribution.of(q.coords.map((c, i) => (i === from ? c.sub(moved) : i === to ? c.add(moved) : c)));
}
