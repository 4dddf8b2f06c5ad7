import { DomainError } from '../../../numbers/Field.ts';
import { exactValue } from '../../../certify/evaluate.ts';
import { isBoxEvaluationFailure } from '../../map/isBoxEvaluationFailure.ts';
import { Interval } from '../../../numbers/Interval.ts';
import { intervalField } from '../../../numbers/IntervalField.ts';
import { Rational } from '../../../numbers/Rational.ts';
import { simplestBetween } from '../../../numbers/simplestBetween.ts';
import type { BinaryPiece, OpenPiece } from '../../map/binaryPieces.ts';
import type { RatioFormula } from '../convexityRatio.ts';
import { dualField } from '../../../numbers/Dual.ts';

/** Where a maximiser of Phi may lie: an exact point (breakpoint or exact root of Phi'), or a box. */
export type Candidate =
  | { readonly kind: 'point'; readonly x: Rational; readonly why: 'breakpoint' | 'root'; readonly piece?: OpenPiece }
  | { readonly kind: 'box'; readonly a: Rational; readonly b: Rational; readonly piece: OpenPiece; readonly flat: boolean };

export interface CandidateOptions {
  readonly ratio: RatioFormula;
  readonly digits: number;
  /** An undetermined box is not split further once this holds (e.g. it satisfies the bound being checked). */
  readonly accept: (a: Rational, b: Rational, piece: OpenPiece) => boolean;
  /** Boxes are not split below this width. */
  readonly minWidth: Rational;
  /** Budget of interval evaluations; when it runs out, undetermined boxes are kept as candidates. */
  readonly maxEvaluations: number;
  /** Look for exact rational roots of H also in accepted boxes (for reporting optima, not only bounding them). */
  readonly exactRoots?: boolean;
  /**
   * Pieces (by index) already shown to hold no maximiser, e.g. by value (pruneByValue): an open one is not
   * analysed and gives no sign to its breakpoints, a point one is no candidate.
   */
  readonly skip?: readonly boolean[];
}

/**
 * Boxes at 0 or 1 where the ratio cannot be evaluated are not split below this width. Such a box is
 * excluded by value (Phi -> -infinity there), which can need a narrow box: f = (1 - x)/99 under the log
 * rule puts the optimum near 0.0104, and only [0, w] with w < 1/1000 has a lower Phi than that.
 */
const BOUNDARY_WIDTH = Rational.of(1n, 2n ** 30n);

export interface CandidateResult {
  readonly candidates: readonly Candidate[];
  readonly evaluations: number;
}

type Sign = 1 | -1;
type Piece = { first?: Sign; last?: Sign; candidates: Candidate[] };

/**
 * Every possible maximiser of Phi(x) = S(x, f(x)) for a continuous piecewise-affine binary f and a rule
 * with G'' > 0 on (0, 1) (the premise of docs/mathematics.md PP-05), by the sign of the performative gradient:
 * on a piece f = alpha + beta x, Phi' = G''(x) H(x) with H(x) = f(x) - x + beta r(x), r = G'/G'' (PP-03).
 * - H has a certified sign on a box: Phi is strictly monotone there, so no maximiser lies inside, and
 *   a breakpoint with Phi increasing to its right (or decreasing to its left) is no maximiser either;
 * - beta = 0: H = alpha - x is exact, its root alpha is an exact candidate (this is what decides
 *   constant maps, where PP-05's bound is 0 and no enclosure could meet it);
 * - rational H (closed-form ratio): a root in a small box is found exactly (secant or simplest rational,
 *   then H = 0 checked in the rationals and H' certified of one sign on the box), as in PP-11;
 * - otherwise boxes are split until `accept` holds or `minWidth`; a box where H is certified increasing
 *   holds only a local minimum and is dropped.
 * Boxes where r cannot be evaluated (ln 0 at x = 0 for the log rule) stay candidates; callers exclude
 * them by value (Phi -> -infinity there when f(0) > 0).
 */
export function binaryCandidates(pieces: readonly BinaryPiece[], opts: CandidateOptions): CandidateResult {
  const F = intervalField(opts.digits);
  const D = dualField(F);
  let evaluations = 0;
  let rationalRatio = true;

  const hInterval = (p: OpenPiece, a: Rational, b: Rational): Interval | undefined => {
    evaluations++;
    const X = Interval.hull(F.fromRational(a), F.fromRational(b));
    const [la, lb] = [linear(p, a), linear(p, b)];
    const lin = Interval.hull(F.fromRational(Rational.min(la, lb)), F.fromRational(Rational.max(la, lb)));
    try {
      const r = opts.ratio(F, X);
      return F.isFinite(r) ? F.add(lin, F.mul(F.fromRational(p.slope), r)) : undefined;
    } catch (error) {
      if (isBoxEvaluationFailure(error)) return undefined;
      throw error;
    }
  };
  const hSlopeSign = (p: OpenPiece, a: Rational, b: Rational): -1 | 0 | 1 | undefined => {
    evaluations++;
    try {
      const X = { v: Interval.hull(F.fromRational(a), F.fromRational(b)), d: F.of(1) };
      const r = opts.ratio(D, X);
      const slope = F.add(F.fromRational(p.slope.sub(Rational.ONE)), F.mul(F.fromRational(p.slope), r.d));
      return F.isFinite(slope) ? F.sign(slope) : undefined;
    } catch (error) {
      if (isBoxEvaluationFailure(error)) return undefined;
      throw error;
    }
  };
  const hExact = (p: OpenPiece, x: Rational): Rational | undefined => {
    if (!rationalRatio) return undefined;
    try {
      const h = exactValue((E) => E.add(E.fromRational(linear(p, x)), E.mul(E.fromRational(p.slope), opts.ratio(E, E.fromRational(x)))));
      if (h === undefined) rationalRatio = false; // an irrational ratio (log): no exact roots on any piece
      return h;
    } catch (error) {
      if (error instanceof DomainError) return undefined;
      throw error;
    }
  };

  /** An exact rational root x0 of H in [a, b] with H' of one certified sign on [a, b] (so x0 is the only root). */
  const exactRoot = (p: OpenPiece, a: Rational, b: Rational): { x: Rational; slope: -1 | 1 } | undefined => {
    const [ha, hb] = [hExact(p, a), hExact(p, b)];
    if (ha === undefined || hb === undefined) return undefined;
    const guesses = [simplestBetween(a, b)];
    if (!ha.equals(hb)) guesses.unshift(a.sub(ha.mul(b.sub(a)).div(hb.sub(ha))));
    for (const x of guesses) {
      if (x.lt(a) || x.gt(b) || !hExact(p, x)?.isZero()) continue;
      const s = hSlopeSign(p, a, b);
      if (s === 1 || s === -1) return { x, slope: s };
    }
    return undefined;
  };

  const analysePiece = (p: OpenPiece): Piece => {
    if (p.slope.isZero()) {
      // H = alpha - x exactly (f constant on the piece): Phi' = G''(x)(alpha - x).
      const root = p.intercept;
      if (root.le(p.lo)) return { first: -1, last: -1, candidates: [] };
      if (root.ge(p.hi)) return { first: 1, last: 1, candidates: [] };
      return { first: 1, last: -1, candidates: [{ kind: 'point', x: root, why: 'root', piece: p }] };
    }
    const signs: { a: Rational; b: Rational; sign?: Sign }[] = [];
    const candidates: Candidate[] = [];
    const visit = (a: Rational, b: Rational): void => {
      const h = evaluations < opts.maxEvaluations ? hInterval(p, a, b) : undefined;
      const s = h ? F.sign(h) : undefined;
      if (s === 1 || s === -1) {
        signs.push({ a, b, sign: s });
        return;
      }
      // r cannot be evaluated on a box at the boundary (ln 0): splitting it further only helps when the
      // boundary point is excluded by value, which a moderately small box already allows.
      // A boundary fixed point (f(0) = 0, f(1) = 1) is kept refining: boxes at it end up meeting the bound.
      const stuck = !h && b.sub(a).le(BOUNDARY_WIDTH) && ((a.isZero() && !linear(p, a).isZero()) || (b.equals(Rational.ONE) && !linear(p, b).isZero()));
      const small = stuck || b.sub(a).le(opts.minWidth) || evaluations >= opts.maxEvaluations;
      const accepted = s !== 0 && !small && opts.accept(a, b, p);
      if (s === 0 || small || accepted) {
        const root = s === 0 || (accepted && !opts.exactRoots) ? undefined : exactRoot(p, a, b);
        if (root) {
          signs.push({ a, b: root.x, sign: root.slope === -1 ? 1 : -1 }, { a: root.x, b, sign: root.slope });
          if (root.slope === -1) candidates.push({ kind: 'point', x: root.x, why: 'root', piece: p });
          return;
        }
        signs.push({ a, b });
        // H certified increasing: at most a local minimum of Phi inside, never a maximiser.
        if (s === 0 || accepted || hSlopeSign(p, a, b) !== 1) candidates.push({ kind: 'box', a, b, piece: p, flat: s === 0 });
        return;
      }
      // A rational H (closed-form ratio) may have an exact root here: one cheap try before splitting.
      const root = rationalRatio && s !== 0 ? exactRoot(p, a, b) : undefined;
      if (root) {
        signs.push({ a, b: root.x, sign: root.slope === -1 ? 1 : -1 }, { a: root.x, b, sign: root.slope });
        if (root.slope === -1) candidates.push({ kind: 'point', x: root.x, why: 'root', piece: p });
        return;
      }
      const mid = a.add(b).div(Rational.of(2));
      visit(a, mid);
      visit(mid, b);
    };
    visit(p.lo, p.hi);
    const nonEmpty = signs.filter((s) => s.a.lt(s.b));
    return { first: nonEmpty[0]?.sign, last: nonEmpty[nonEmpty.length - 1]?.sign, candidates };
  };

  const out: Candidate[] = [];
  const analysed = pieces.map((p, k) => (p.kind === 'open' && !opts.skip?.[k] ? analysePiece(p) : undefined));
  pieces.forEach((p, k) => {
    if (opts.skip?.[k]) return;
    if (p.kind === 'open') {
      out.push(...analysed[k]!.candidates);
      return;
    }
    // Phi is continuous at a breakpoint (f is): increasing to the right or decreasing to the left excludes it.
    const right = analysed[k + 1];
    const left = analysed[k - 1];
    if (right?.first === 1 || left?.last === -1) return;
    out.push({ kind: 'point', x: p.x, why: 'breakpoint' });
  });
  // A root found at a box end may be found twice, or coincide with a breakpoint: keep each point once.
  const seen = new Set<string>();
  const unique = out.filter((c) => c.kind !== 'point' || (!seen.has(String(c.x)) && seen.add(String(c.x)) !== undefined));
  return { candidates: unique, evaluations };
}

/** f(x) - x on the piece, exactly. */
function linear(p: OpenPiece, x: Rational): Rational {
  return p.intercept.add(p.slope.mul(x)).sub(x);
}
