import { Rational } from '../../numbers/Rational.ts';
import type { ScoringRule } from '../../scoring/ScoringRule.ts';
import { binaryScorePolynomials, evaluateQuadratic as evaluate, type Quadratic, type ScorePolynomials } from '../map/binaryScorePolynomials.ts';
import type { BinaryPiece, OpenPiece } from '../map/binaryPieces.ts';
import { openSpan, pointSpan, type Span, unionOfSpans } from '../map/IntervalSet.ts';

interface Candidate {
  readonly span: Span;
  readonly value: Rational;
  /** False for the limit of Phi at an open end of a piece (a supremum that may not be attained there). */
  readonly attained: boolean;
}

/**
 * Exact maximisers of Phi(x) = S(x, f(x)) for a rule quadratic in the report and a piecewise-affine
 * binary f (docs/mathematics.md PP-07, PP-13, PP-14). The quadratic trait makes S(x, 0) and S(x, 1)
 * quadratic polynomials in x with an affine difference D (S = Q + a_y), so on a piece f = m + k x
 * Phi = S(x, 1) + f(x) D(x) is a quadratic whose coefficients follow from the rule's six numbers and the
 * piece's two (one pass over the pieces, no score evaluated per piece): its candidates are the vertex
 * and the ends; breakpoints are evaluated directly. Discontinuities are exact: a supremum approached
 * only at an open end is reported as not attained.
 *
 * Worked example (PP-02): quadratic rule, S(x, 0) = -1 + 4x - 2x^2, S(x, 1) = 1 - 2x^2, so D = -2 + 4x;
 * f = 3/16 + x/4 gives Phi = (1 - 3/8) + (3/4 - 1/2) x + (-2 + 1) x^2 = 5/8 + x/4 - x^2, whose vertex
 * x = 1/8 has Phi = 41/64 (binaryQuadraticOptimum.test.ts).
 */
export function binaryQuadraticOptimum(rule: ScoringRule, pieces: readonly BinaryPiece[]): { value: Rational; spans: Span[]; attained: boolean } {
  const scores = binaryScorePolynomials(rule);
  // An open end where f is continuous has the breakpoint's value, already a candidate (attained): only the
  // ends at jumps add a value (a supremum Phi may approach without reaching it).
  const jumps = (p: OpenPiece, end: BinaryPiece | undefined, x: Rational) => end?.kind !== 'point' || !end.value.equals(p.intercept.add(p.slope.mul(x)));
  const candidates = pieces.flatMap((p, k) =>
    p.kind === 'point' ? [pointCandidate(scores, p.x, p.value)] : pieceCandidates(scores, p, [jumps(p, pieces[k - 1], p.lo), jumps(p, pieces[k + 1], p.hi)]),
  );
  const value = candidates.reduce((m, c) => Rational.max(m, c.value), candidates[0]!.value);
  const spans = unionOfSpans(candidates.filter((c) => c.attained && c.value.equals(value)).map((c) => c.span));
  return { value, spans, attained: spans.length > 0 };
}

/** Phi at x with the world at f(x) = fx: S(x, 1) + fx D(x). */
function phiWithLine(s: ScorePolynomials, x: Rational, fx: Rational): Rational {
  return evaluate(s.second, x).add(fx.mul(evaluate(s.difference, x)));
}

function pointCandidate(s: ScorePolynomials, x: Rational, fx: Rational): Candidate {
  return { span: pointSpan(x), value: phiWithLine(s, x, fx), attained: true };
}

/** Phi on the piece f = m + k x: (a1 + m d0) + (b1 + m d1 + k d0) x + (c1 + k d1) x^2. */
function pieceCandidates(s: ScorePolynomials, p: OpenPiece, jumpAtEnds: readonly [boolean, boolean]): Candidate[] {
  const [a1, b1, c1] = s.second;
  const [d0, d1] = s.difference;
  const m = p.intercept;
  const k = p.slope;
  const phi: Quadratic = [a1.add(m.mul(d0)), b1.add(m.mul(d1)).add(k.mul(d0)), c1.add(k.mul(d1))];
  const [, q1, q2] = phi;
  const ends: Candidate[] = [p.lo, p.hi].flatMap((x, i) => (jumpAtEnds[i] ? [{ span: pointSpan(x), value: evaluate(phi, x), attained: false }] : []));
  if (q2.isZero() && q1.isZero()) return [...ends, { span: openSpan(p.lo, p.hi), value: evaluate(phi, p.lo), attained: true }];
  if (q2.sign() >= 0) return ends;
  const vertex = q1.neg().div(q2.mul(Rational.of(2)));
  const inside = vertex.gt(p.lo) && vertex.lt(p.hi);
  return inside ? [...ends, { span: pointSpan(vertex), value: evaluate(phi, vertex), attained: true }] : ends;
}
