import { Rational } from '../../../numbers/Rational.ts';
import type { BinaryPiece } from '../../map/binaryPieces.ts';
import { openSpan, pointSpan, type Span, unionOfSpans } from '../../map/IntervalSet.ts';

const HALF = Rational.of('1/2');

/**
 * Performatively stable reports for the binary zero-one score (docs/mathematics.md PP-15, SR-05): x is stable
 * iff its argmax set lies in that of f(x): x > 1/2 needs f(x) >= 1/2, x < 1/2 needs f(x) <= 1/2, and
 * x = 1/2 needs f(1/2) = 1/2. On an affine piece each condition cuts out an interval, exactly.
 */
export function zeroOneStableSpans(pieces: readonly BinaryPiece[]): Span[] {
  const spans: Span[] = [];
  for (const p of pieces) {
    if (p.kind === 'point') {
      if (stableAt(p.x, p.value)) spans.push(pointSpan(p.x));
      continue;
    }
    const line = (x: Rational) => p.intercept.add(p.slope.mul(x));
    if (p.lo.lt(HALF)) spans.push(...where(p.lo, Rational.min(p.hi, HALF), p.intercept, p.slope, -1));
    if (p.hi.gt(HALF)) spans.push(...where(Rational.max(p.lo, HALF), p.hi, p.intercept, p.slope, 1));
    if (p.lo.lt(HALF) && p.hi.gt(HALF) && line(HALF).equals(HALF)) spans.push(pointSpan(HALF));
  }
  return unionOfSpans(spans);
}

function stableAt(x: Rational, fx: Rational): boolean {
  const c = x.compare(HALF);
  return c > 0 ? fx.ge(HALF) : c < 0 ? fx.le(HALF) : fx.equals(HALF);
}

/** {x in (lo, hi) : side * (c + s x - 1/2) >= 0} as at most one span. */
function where(lo: Rational, hi: Rational, c: Rational, s: Rational, side: 1 | -1): Span[] {
  const h0 = c.sub(HALF);
  if (s.isZero()) return h0.sign() * side >= 0 || h0.isZero() ? [openSpan(lo, hi)] : [];
  const root = h0.neg().div(s);
  const upward = s.sign() * side > 0; // the condition holds for x >= root
  if (upward) {
    if (root.ge(hi)) return [];
    return root.le(lo) ? [openSpan(lo, hi)] : [{ lo: root, hi, loClosed: true, hiClosed: false }];
  }
  if (root.le(lo)) return [];
  return root.ge(hi) ? [openSpan(lo, hi)] : [{ lo, hi: root, loClosed: false, hiClosed: true }];
}
