import { certifiedBounds } from '../../../certify/evaluate.ts';
import { DomainError } from '../../../numbers/Field.ts';
import { Rational } from '../../../numbers/Rational.ts';
import type { ScoringRule } from '../../../scoring/ScoringRule.ts';
import type { BinaryPiece } from '../../map/binaryPieces.ts';
import { binaryReport } from '../../map/performativeObjective.ts';

/** Bounds in units of 2^-64, rounded outward; null is -infinity (ln 0 in the log score). */
type Fixed = bigint | null;

const SCALE_BITS = 64n;
/** Grid of the first round: 2^6 + 1 points. */
const FIRST_LEVEL = 6;
/** At most this many surviving pieces get their own breakpoints evaluated; above it the grid is refined. */
const EXACT_BUDGET = 256;

/** Which pieces may hold a maximiser of Phi, and the certified lower bound that excluded the others. */
export interface ValuePruning {
  /** keep[k]: piece k (open or point) may hold a maximiser. */
  readonly keep: readonly boolean[];
  /** A certified value of Phi at some breakpoint (null: none finite), in units of 2^-64 rounded down. */
  readonly best: Fixed;
  /** Score evaluations spent (two per evaluated point). */
  readonly evaluations: number;
}

/**
 * Prunes the pieces of a binary map that cannot hold a maximiser of Phi(x) = f(x) S(x, 0) + (1 - f(x)) S(x, 1),
 * for a PROPER rule, without evaluating the score at every breakpoint. Properness makes S(., 0)
 * non-decreasing and S(., 1) non-increasing in x (add the properness inequalities of x and x', as in
 * binaryBranchAndBound), so scores known at a few points E bound them everywhere: for x between
 * neighbours e- <= x <= e+ of E, S(e-, 0) <= S(x, 0) <= S(e+, 0) and S(e+, 1) <= S(x, 1) <= S(e-, 1). Hence
 * - at a breakpoint with f = q: Phi >= q S(e-, 0) + (1 - q) S(e+, 1), a certified lower bound on max Phi;
 * - on a piece (a, b) where f ranges over [q_lo, q_hi] (Phi is linear in q): Phi <= max over q in
 *   {q_lo, q_hi} of q S(e+(b), 0) + (1 - q) S(e-(a), 1).
 * A piece whose upper bound falls below the best lower bound holds no maximiser. Rounds: E starts as the
 * grid k/64, and while many pieces survive it gains the level-l dyadic points next to the survivors' ends
 * (l += 2), so the work is one pass over the pieces plus evaluations near the survivors; at most
 * EXACT_BUDGET survivors then get their own ends evaluated, where the bound is the one binaryBranchAndBound
 * uses. Bounds are kept in units of 2^-64 rounded outward (BigInt, no float), which costs at most 2^-63 of slack.
 */
export function pruneByValue(rule: ScoringRule, pieces: readonly BinaryPiece[], digits: number): ValuePruning {
  const scores = new ScoreTable(rule, digits);
  const keep = pieces.map(() => true);
  let best: Fixed = null;
  let level = FIRST_LEVEL;
  for (let k = 0; k <= 1 << level; k++) scores.ensure(Rational.of(BigInt(k), 1n << BigInt(level)));
  for (;;) {
    best = maxFixed(best, bestLower(pieces, keep, scores));
    prune(pieces, keep, scores, best);
    const survivors = keep.reduce((n, kept, k) => n + (kept && pieces[k]!.kind === 'open' ? 1 : 0), 0);
    if (survivors <= EXACT_BUDGET || level >= 60) break;
    level += 2;
    refineNearSurvivors(pieces, keep, scores, level);
  }
  pieces.forEach((p, k) => {
    if (!keep[k]) return;
    for (const x of p.kind === 'point' ? [p.x] : [p.lo, p.hi]) scores.ensure(x);
  });
  best = maxFixed(best, bestLower(pieces, keep, scores));
  prune(pieces, keep, scores, best);
  return { keep, best, evaluations: scores.evaluations };
}

/** Certified scores S(e, 0), S(e, 1) at the points evaluated so far, sorted by e. */
class ScoreTable {
  private readonly xs: Rational[] = [];
  private readonly rows: { lo0: Fixed; hi0: Fixed; lo1: Fixed; hi1: Fixed }[] = [];
  evaluations = 0;

  constructor(
    private readonly rule: ScoringRule,
    private readonly digits: number,
  ) {}

  ensure(x: Rational): void {
    const i = this.lowerIndex(x);
    if (i >= 0 && this.xs[i]!.equals(x)) return;
    const [lo0, hi0] = this.score(x, 0);
    const [lo1, hi1] = this.score(x, 1);
    this.xs.splice(i + 1, 0, x);
    this.rows.splice(i + 1, 0, { lo0, hi0, lo1, hi1 });
  }

  /** Bounds on S(x, 0) and S(x, 1) from the neighbours of x in the table (monotonicity). */
  at(x: Rational): { lo0: Fixed; hi0: Fixed; lo1: Fixed; hi1: Fixed } {
    const i = this.lowerIndex(x);
    const below = this.rows[i]!;
    const above = this.xs[i]!.equals(x) ? below : this.rows[i + 1]!;
    return { lo0: below.lo0, hi0: above.hi0, lo1: above.lo1, hi1: below.hi1 };
  }

  /** The largest i with xs[i] <= x (x in [0, 1], and 0 is always in the table). */
  private lowerIndex(x: Rational): number {
    let lo = -1;
    let hi = this.xs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.xs[mid]!.le(x)) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  private score(x: Rational, y: number): [Fixed, Fixed] {
    this.evaluations += 1;
    try {
      const [lo, hi] = certifiedBounds((F) => this.rule.score(F, binaryReport(x).map((c) => F.fromRational(c)), y), this.digits);
      return [toFixed(lo, 'down'), toFixed(hi, 'up')];
    } catch (error) {
      // ln 0: the score is -infinity there (the convention of binaryBranchAndBound's lowerOrMinusInf).
      if (error instanceof DomainError) return [null, null];
      throw error;
    }
  }
}

/** The best certified lower bound of Phi over the kept breakpoints. */
function bestLower(pieces: readonly BinaryPiece[], keep: readonly boolean[], scores: ScoreTable): Fixed {
  let best: Fixed = null;
  pieces.forEach((p, k) => {
    if (p.kind !== 'point' || !keep[k]) return;
    const s = scores.at(p.x);
    best = maxFixed(best, mixture(p.value, s.lo0, s.lo1, 'down'));
  });
  return best;
}

function prune(pieces: readonly BinaryPiece[], keep: boolean[], scores: ScoreTable, best: Fixed): void {
  pieces.forEach((p, k) => {
    if (keep[k]) keep[k] = !below(upperOn(p, scores), best);
  });
}

/** The upper bound of Phi on a piece: at its breakpoint, or over its open interval. */
function upperOn(p: BinaryPiece, scores: ScoreTable): Fixed {
  if (p.kind === 'point') {
    const s = scores.at(p.x);
    return mixture(p.value, s.hi0, s.hi1, 'up');
  }
  const hi0 = scores.at(p.hi).hi0;
  const hi1 = scores.at(p.lo).hi1;
  const [qa, qb] = [p.lo, p.hi].map((x) => p.intercept.add(p.slope.mul(x)));
  return maxFixed(mixture(qa!, hi0, hi1, 'up'), mixture(qb!, hi0, hi1, 'up'));
}

/** q s0 + (1 - q) s1 rounded in `dir`, with 0 * (-infinity) = 0 (an impossible outcome scores nothing). */
function mixture(q: Rational, s0: Fixed, s1: Fixed, dir: 'up' | 'down'): Fixed {
  const w1 = Rational.ONE.sub(q);
  if ((!q.isZero() && s0 === null) || (!w1.isZero() && s1 === null)) return null;
  const t0 = q.isZero() ? 0n : scaled(q, s0!, dir);
  const t1 = w1.isZero() ? 0n : scaled(w1, s1!, dir);
  return t0 + t1;
}

/** q v rounded in `dir`, exactly in BigInt (q = n/d, d > 0). */
function scaled(q: Rational, v: bigint, dir: 'up' | 'down'): bigint {
  return divRound(q.num * v, q.den, dir);
}

function toFixed(r: Rational, dir: 'up' | 'down'): bigint {
  return divRound(r.num << SCALE_BITS, r.den, dir);
}

/** n / d rounded down or up (d > 0). */
function divRound(n: bigint, d: bigint, dir: 'up' | 'down'): bigint {
  const q = n / d;
  const exact = q * d === n;
  if (exact) return q;
  const floor = n < 0n ? q - 1n : q;
  return dir === 'down' ? floor : floor + 1n;
}

function maxFixed(a: Fixed, b: Fixed): Fixed {
  if (a === null) return b;
  if (b === null) return a;
  return a > b ? a : b;
}

/** a < b with null = -infinity (nothing is below -infinity). */
function below(a: Fixed, b: Fixed): boolean {
  if (b === null) return false;
  return a === null || a < b;
}

/** Adds the level-l dyadic points next to the ends of every surviving piece. */
function refineNearSurvivors(pieces: readonly BinaryPiece[], keep: readonly boolean[], scores: ScoreTable, level: number): void {
  const unit = 1n << BigInt(level);
  const points = new Set<bigint>();
  pieces.forEach((p, k) => {
    if (!keep[k]) return;
    const [a, b] = p.kind === 'point' ? [p.x, p.x] : [p.lo, p.hi];
    points.add(divRound(a.num * unit, a.den, 'down'));
    points.add(divRound(b.num * unit, b.den, 'up'));
  });
  for (const k of points) scores.ensure(Rational.of(k, unit));
}
