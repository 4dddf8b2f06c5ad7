import { Rational } from '../../../numbers/Rational.ts';
import type { Json } from '../../../core/Json.ts';
import { type BinaryPiece, limitsAt } from '../../map/binaryPieces.ts';
import { openSpan, pointSpan, type Span, unionOfSpans } from '../../map/IntervalSet.ts';

/**
 * Every fixed point of a piecewise-affine binary map, exactly: piece by piece, g(x) = f(x) - x is
 * affine, so it vanishes at one point, nowhere, or on the whole piece. Spans are merged across
 * breakpoints (a fixed point at a breakpoint is listed once; the identity map gives [0, 1]).
 */
export function binaryPiecewiseFixedPoints(pieces: readonly BinaryPiece[]): Span[] {
  const spans: Span[] = [];
  for (const piece of pieces) {
    if (piece.kind === 'point') {
      if (piece.value.equals(piece.x)) spans.push(pointSpan(piece.x));
      continue;
    }
    const gSlope = piece.slope.sub(Rational.ONE);
    if (gSlope.isZero()) {
      if (piece.intercept.isZero()) spans.push(openSpan(piece.lo, piece.hi));
      continue;
    }
    const root = piece.intercept.div(gSlope.neg());
    if (root.gt(piece.lo) && root.lt(piece.hi)) spans.push(pointSpan(root));
  }
  return unionOfSpans(spans);
}

/**
 * Why there is no fixed point (certificate for "none", docs/mathematics.md PP-01 needs continuity): the sign of
 * f(x) - x on every piece (affine with no zero, so its sign is that of its midpoint) and the jumps of f
 * at the breakpoints, where a sign change happens without a zero crossing.
 */
export function noFixedPointCertificate(pieces: readonly BinaryPiece[]): Json {
  const sign = (r: Rational) => (r.sign() > 0 ? '+' : r.sign() < 0 ? '-' : '0');
  const signs = pieces.map((p): Json => {
    if (p.kind === 'point') return { at: String(p.x), f: String(p.value), signOfFMinusX: sign(p.value.sub(p.x)) };
    const mid = p.lo.add(p.hi).div(Rational.of(2));
    const g = p.intercept.add(p.slope.sub(Rational.ONE).mul(mid));
    return { on: `(${p.lo}, ${p.hi})`, f: `${p.intercept} + ${p.slope} x`, signOfFMinusX: sign(g) };
  });
  const jumps = pieces.flatMap((p, k): Json[] => {
    if (p.kind !== 'point') return [];
    const { left, right } = limitsAt(pieces, k);
    const jumpy = (left && !left.equals(p.value)) || (right && !right.equals(p.value));
    return jumpy ? [{ at: String(p.x), left: left ? String(left) : null, value: String(p.value), right: right ? String(right) : null }] : [];
  });
  return { reason: 'f(x) - x has no zero on any piece; it changes sign only across jumps of f', signs, jumps };
}
