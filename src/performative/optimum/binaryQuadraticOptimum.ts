import { Rational } from '../../numbers/Rational.ts';
import { RationalField } from '../../numbers/RationalField.ts';
import type { ScoringRule } from '../../scoring/ScoringRule.ts';
import { binaryReport, scoreAt } from '../map/performativeObjective.ts';
import type { BinaryPiece } from '../map/binaryPieces.ts';
import { openSpan, pointSpan, type Span, unionOfSpans } from '../map/IntervalSet.ts';

interface Candidate {
  readonly span: Span;
  readonly value: Rational;
  /** False for the limit of Phi at an open end of a piece (a supremum that may not be attained there). */
  readonly attained: boolean;
}

/**
 * Exact maximisers of Phi(x) = S(x, f(x)) for a rule quadratic in the report and a piecewise-affine
 * binary f (docs/mathematics.md PP-07, PP-13, PP-14): on each open piece Phi is a quadratic polynomial in x
 * (interpolated exactly at three points), so its candidates are the vertex and the ends; breakpoints
 * are evaluated directly. Discontinuities are exact: a supremum approached only at an open end is
 * reported as not attained.
 */
export function binaryQuadraticOptimum(
  rule: ScoringRule,
  pieces: readonly BinaryPiece[],
): { value: Rational; spans: Span[]; attained: boolean } {
  const candidates = pieces.flatMap((p) => (p.kind === 'point' ? [pointCandidate(rule, p.x, p.value)] : pieceCandidates(rule, p)));
  const value = candidates.reduce((m, c) => Rational.max(m, c.value), candidates[0]!.value);
  const spans = unionOfSpans(candidates.filter((c) => c.attained && c.value.equals(value)).map((c) => c.span));
  return { value, spans, attained: spans.length > 0 };
}

function phiWithLine(rule: ScoringRule, x: Rational, fx: Rational): Rational {
  return scoreAt(RationalField, rule, binaryReport(x), binaryReport(fx));
}

function pointCandidate(rule: ScoringRule, x: Rational, fx: Rational): Candidate {
  return { span: pointSpan(x), value: phiWithLine(rule, x, fx), attained: true };
}

function pieceCandidates(rule: ScoringRule, p: BinaryPiece & { kind: 'open' }): Candidate[] {
  const line = (x: Rational) => p.intercept.add(p.slope.mul(x));
  const phi = (x: Rational) => phiWithLine(rule, x, line(x));
  const [c2, c1] = quadraticCoefficients(phi, p.lo, p.hi);
  const ends: Candidate[] = [p.lo, p.hi].map((x) => ({ span: pointSpan(x), value: phi(x), attained: false }));
  if (c2.isZero() && c1.isZero()) return [...ends, { span: openSpan(p.lo, p.hi), value: phi(p.lo), attained: true }];
  if (c2.sign() >= 0) return ends;
  const vertex = c1.neg().div(c2.mul(Rational.of(2)));
  const inside = vertex.gt(p.lo) && vertex.lt(p.hi);
  return inside ? [...ends, { span: pointSpan(vertex), value: phi(vertex), attained: true }] : ends;
}

/** [c2, c1, c0] of the quadratic through (lo, phi(lo)), (mid, phi(mid)), (hi, phi(hi)). */
export function quadraticCoefficients(phi: (x: Rational) => Rational, lo: Rational, hi: Rational): [Rational, Rational, Rational] {
  const mid = lo.add(hi).div(Rational.of(2));
  const [y0, y1, y2] = [phi(lo), phi(mid), phi(hi)];
  const h = mid.sub(lo);
  const c2 = y2.sub(y1.mul(Rational.of(2))).add(y0).div(h.mul(h).mul(Rational.of(2)));
  const slopeAtMid = y2.sub(y0).div(h.mul(Rational.of(2)));
  const c1 = slopeAtMid.sub(c2.mul(Rational.of(2)).mul(mid));
  const c0 = y1.sub(c1.mul(mid)).sub(c2.mul(mid).mul(mid));
  return [c2, c1, c0];
}
