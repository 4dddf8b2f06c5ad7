import { certifiedBounds } from '../../certify/evaluate.ts';
import { DomainError } from '../../numbers/Field.ts';
import { Interval } from '../../numbers/Interval.ts';
import { Rational } from '../../numbers/Rational.ts';
import type { ScoringRule } from '../../scoring/ScoringRule.ts';
import type { MapSpec } from '../map/MapSpec.ts';
import { isBoxEvaluationFailure } from '../map/isBoxEvaluationFailure.ts';
import { mapOutcomes } from '../map/mapOutcomes.ts';
import { objectiveAt } from '../map/performativeObjective.ts';
import { groupTouching } from './_internals/groupTouching.ts';
import { krawczyk } from './_internals/krawczyk.ts';
import { MaxHeap } from './_internals/maxHeap.ts';
import { type SimplexObjective, simplexObjective } from './_internals/simplexObjective.ts';
import { boxWidth, centreInSimplex, isPoint, type SimplexBox, splitBox, supportOf, tightenToSimplex } from './_internals/simplexBox.ts';

/**
 * A piece of the certified enclosure of argmax Phi, as a box of reports (all n coordinates):
 * - 'point': exactly one report (lo = hi), e.g. a vertex of the simplex;
 * - 'critical-point': a box in the relative interior of a face holding exactly one critical point of Phi
 *   on that face (Krawczyk), so at most that one maximiser;
 * - 'boxes': the hull of branch-and-bound boxes that could not be told apart at the requested width.
 * `upper` bounds Phi on the piece.
 */
export interface SimplexOptimumPiece {
  readonly kind: 'point' | 'critical-point' | 'boxes';
  readonly lo: readonly Rational[];
  readonly hi: readonly Rational[];
  readonly upper: Rational;
}

/** Every maximiser of Phi lies in some piece; lower <= max Phi <= upper; Phi(witness) >= lower. */
export interface SimplexOptimum {
  readonly pieces: readonly SimplexOptimumPiece[];
  readonly lower: Rational;
  readonly upper: Rational;
  /** A report where Phi >= lower is certified. */
  readonly witness: readonly Rational[];
  /** Boxes bounded (the work done). */
  readonly boxes: number;
  /** The box budget ran out before every box was resolved or reached the width: pieces are wider than asked. */
  readonly exhausted: boolean;
}

export interface SimplexBranchAndBoundOptions {
  /** Boxes narrower than this in every coordinate are not split; default 2^-12. */
  readonly width?: Rational;
  readonly digits?: number;
  /** Boxes bounded at most; default 20,000. */
  readonly maxBoxes?: number;
}

interface Box extends SimplexBox {
  readonly upper: Rational | null; // null: no finite bound
}

/** Boxes at most this wide in the relative interior of a face get Krawczyk's test before splitting. */
const LOCAL_WIDTH = Rational.of(1n, 8n);
/** Stands for "no finite bound" in a piece (an unbounded box is never dropped). */
const UNBOUNDED = Rational.of(1n << 64n);

/**
 * Certified enclosure of argmax_p Phi(p), Phi(p) = S(p, f(p)), over the simplex for any rule and any
 * map the interval tier can evaluate (a stochastic matrix, a map given as code; docs/mathematics.md
 * PP-00), by interval branch and bound over boxes of reports:
 * - upper bound on a box: the smaller of the naive interval enclosure and the mean-value form
 *   Phi(c) + sum_j (d_j Phi(box) - mu) (box_j - c_j) (c a rational report of the box; any mu, since the
 *   moves sum to 0);
 * - KKT: at a maximiser p, p_i > 0 implies d_i Phi >= d_k Phi for every k (else moving mass from i to k
 *   gains). A box where p_i > 0 and d_i Phi - d_k Phi < 0 are certified holds no maximiser; where only
 *   p_i = 0 is possible with that sign, the box shrinks to its face p_i = 0 (for a rule defined on the
 *   interior only, the box is dropped: no admissible report of it is optimal);
 * - in the relative interior of a face, Krawczyk's operator excludes boxes without a critical point and
 *   contracts onto a unique one ('critical-point' pieces); a box reduced to one report is a 'point';
 * - lower bounds: certified values of Phi at rational reports (the vertices, the centroid, the boxes'
 *   centres); where the rule is undefined (ln 0 where f puts mass) Phi is -infinity: no maximiser there;
 * - boxes whose bound falls below the best lower bound are dropped; the rest are split across their
 *   longest side, best bound first, down to `width`, and the unresolved ones grouped into hulls.
 * Floats only order the work (heap keys, grouping, the Krawczyk preconditioner, mu): every bound is certified.
 */
export function simplexBranchAndBound(rule: ScoringRule, spec: MapSpec, opts: SimplexBranchAndBoundOptions = {}): SimplexOptimum {
  const n = mapOutcomes(spec);
  const digits = opts.digits ?? 24;
  const width = opts.width ?? Rational.of(1n, 1n << 12n);
  const maxBoxes = opts.maxBoxes ?? 20_000;
  const interiorOnly = rule.domain === 'interior';
  const obj = simplexObjective(rule, spec, digits);
  let best: { p: Rational[]; lower: Rational } | undefined;
  const consider = (p: Rational[]): [Rational, Rational] | undefined => {
    const v = pointBounds(rule, spec, p, digits);
    if (v && (!best || v[0].gt(best.lower))) best = { p, lower: v[0] };
    return v;
  };
  for (let i = 0; i < n; i++) consider(Array.from({ length: n }, (_, j) => (i === j ? Rational.ONE : Rational.ZERO)));
  consider(Array.from({ length: n }, () => Rational.of(1n, BigInt(n))));
  const heap = new MaxHeap<Box>();
  const pieces: SimplexOptimumPiece[] = [];
  const unresolved: Box[] = [];
  let boxes = 0;
  const offer = (raw: SimplexBox) => {
    const box = tightenToSimplex(raw);
    if (!box || (interiorOnly && box.hi.some((b) => b.sign() === 0))) return;
    boxes++;
    const bounded = boundBox(obj, box, interiorOnly, consider);
    if (bounded.kind === 'box' && !below(bounded.box, best?.lower)) heap.push(key(bounded.box), bounded.box);
    else if (bounded.kind === 'face') offer(bounded.face);
  };
  offer({ lo: Array.from({ length: n }, () => Rational.ZERO), hi: Array.from({ length: n }, () => Rational.ONE) });
  let exhausted = false;
  while (heap.size > 0) {
    const box = heap.pop()!;
    if (below(box, best?.lower)) break;
    if (isPoint(box)) {
      pieces.push({ kind: 'point', lo: box.lo, hi: box.hi, upper: box.upper! });
      continue;
    }
    if (boxes >= maxBoxes) {
      exhausted = true;
      unresolved.push(box, ...heap.drain());
      break;
    }
    const w = boxWidth(box);
    const local = w.le(LOCAL_WIDTH) ? resolveOnFace(obj, box) : { kind: 'split' as const };
    if (local.kind !== 'split') boxes++;
    if (local.kind === 'none') continue;
    if (local.kind === 'unique') {
      const piece = criticalPiece(obj, box, local.lo, local.hi);
      consider(centreInSimplex(piece));
      pieces.push(piece);
      continue;
    }
    if (local.kind === 'contracted') {
      offer(local.box);
      continue;
    }
    if (w.le(width)) unresolved.push(box);
    else for (const half of splitBox(box)) offer(half);
  }
  if (!best) throw new DomainError(`Phi could not be evaluated at any report for rule ${rule.id}`);
  const lower = best.lower;
  const candidates = [...pieces, ...unresolved.filter((b) => !below(b, lower)).map((b) => hullPiece([b]))].filter((p) => p.upper.ge(lower));
  // Pieces that touch (a critical point found from two neighbouring boxes, a cluster of small boxes) become one hull.
  const kept = groupTouching(candidates).map((group) => (group.length === 1 ? group[0]! : hullPiece(group)));
  const upper = kept.reduce((m, p) => Rational.max(m, p.upper), lower);
  return { pieces: kept, lower, upper, witness: best.p, boxes, exhausted };
}

/**
 * Certified bounds on Phi at a rational report (through the certification engine), or undefined where
 * the rule is undefined there (ln 0 where f puts mass: Phi = -infinity).
 */
function pointBounds(rule: ScoringRule, spec: MapSpec, p: readonly Rational[], digits: number): [Rational, Rational] | undefined {
  try {
    return certifiedBounds((F) => objectiveAt(F, rule, spec, p), digits);
  } catch (error) {
    if (isBoxEvaluationFailure(error)) return undefined;
    throw error;
  }
}

type Bounded = { readonly kind: 'box'; readonly box: Box } | { readonly kind: 'face'; readonly face: SimplexBox } | { readonly kind: 'dropped' };

/** Bounds a (tightened) box, or drops it or moves it to a face by the KKT conditions (see simplexBranchAndBound). */
function boundBox(obj: SimplexObjective, box: SimplexBox, interiorOnly: boolean, consider: (p: Rational[]) => [Rational, Rational] | undefined): Bounded {
  if (isPoint(box)) {
    const v = consider([...box.lo]);
    return v ? { kind: 'box', box: { ...box, upper: v[1] } } : { kind: 'dropped' };
  }
  const { F } = obj;
  const grad = obj.gradient(box.lo, box.hi);
  for (let i = 0; i < grad.length; i++) {
    if (box.hi[i]!.sign() === 0) continue;
    const loses = grad.some((gk, k) => k !== i && gk !== undefined && grad[i] !== undefined && F.sub(grad[i]!, gk).hi.lt(0));
    if (!loses) continue;
    if (box.lo[i]!.sign() > 0 || interiorOnly) return { kind: 'dropped' };
    return { kind: 'face', face: { lo: box.lo, hi: box.hi.map((b, j) => (j === i ? Rational.ZERO : b)) } };
  }
  const c = centreInSimplex(box);
  const atCentre = consider(c);
  const naive = obj.value(box.lo, box.hi);
  let upper = naive ? Rational.of(naive.hi.toString()) : null;
  if (atCentre && grad.every((g, j) => g !== undefined || box.hi[j]!.sign() === 0)) {
    const moving = grad.filter((g, j): g is Interval => g !== undefined && box.hi[j]!.sign() > 0);
    const mu = F.fromRational(Rational.of(median(moving.map((g) => F.approx(g)))));
    const terms = box.lo.map((a, j) => (box.hi[j]!.sign() === 0 ? F.of(0) : F.mul(F.sub(grad[j]!, mu), F.sub(Interval.hull(F.fromRational(a), F.fromRational(box.hi[j]!)), F.fromRational(c[j]!)))));
    const mv = Rational.of(F.add(F.fromRational(atCentre[1]), F.sum(terms)).hi.toString());
    upper = upper === null ? mv : Rational.min(upper, mv);
  }
  return { kind: 'box', box: { ...box, upper } };
}

type FaceVerdict =
  | { readonly kind: 'none' }
  | { readonly kind: 'unique'; readonly lo: Rational[]; readonly hi: Rational[] }
  | { readonly kind: 'contracted'; readonly box: SimplexBox }
  | { readonly kind: 'split' };

/** Krawczyk's test on the face the box lies in, when the box is in that face's relative interior. */
function resolveOnFace(obj: SimplexObjective, box: SimplexBox): FaceVerdict {
  const support = supportOf(box);
  if (support.length < 2 || support.some((i) => box.lo[i]!.sign() === 0)) return { kind: 'split' };
  const free = support.slice(0, -1);
  const verdict = krawczyk(obj, support, free.map((i) => box.lo[i]!), free.map((i) => box.hi[i]!));
  if (verdict.kind === 'none') return verdict;
  if (verdict.kind === 'unknown') return { kind: 'split' };
  if (verdict.kind === 'unique') return verdict;
  const lo = [...box.lo];
  const hi = [...box.hi];
  free.forEach((i, k) => ((lo[i] = verdict.lo[k]!), (hi[i] = verdict.hi[k]!)));
  return { kind: 'contracted', box: { lo, hi } };
}

/** The critical point's box in all coordinates: x on the free ones, p_m = 1 - sum x, 0 off the support. */
function criticalPiece(obj: SimplexObjective, box: Box, xLo: readonly Rational[], xHi: readonly Rational[]): SimplexOptimumPiece {
  const support = supportOf(box);
  const free = support.slice(0, -1);
  const m = support[support.length - 1]!;
  const lo = box.lo.map(() => Rational.ZERO);
  const hi = box.hi.map(() => Rational.ZERO);
  free.forEach((i, k) => ((lo[i] = xLo[k]!), (hi[i] = xHi[k]!)));
  lo[m] = Rational.ONE.sub(Rational.sum(xHi));
  hi[m] = Rational.ONE.sub(Rational.sum(xLo));
  const value = obj.value(lo, hi);
  const bound = value ? Rational.of(value.hi.toString()) : UNBOUNDED;
  return { kind: 'critical-point', lo, hi, upper: box.upper === null ? bound : Rational.min(bound, box.upper) };
}

function median(xs: readonly number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function below(box: Box, lower: Rational | undefined): boolean {
  return lower !== undefined && box.upper !== null && box.upper.lt(lower);
}

function key(box: Box): number {
  return box.upper === null ? Number.POSITIVE_INFINITY : box.upper.toNumber();
}

/** Boxes or pieces as one piece: their exact hull and the largest of their bounds. */
function hullPiece(group: readonly { lo: readonly Rational[]; hi: readonly Rational[]; upper: Rational | null }[]): SimplexOptimumPiece {
  const n = group[0]!.lo.length;
  const lo = Array.from({ length: n }, (_, j) => group.reduce((m, b) => Rational.min(m, b.lo[j]!), Rational.ONE));
  const hi = Array.from({ length: n }, (_, j) => group.reduce((m, b) => Rational.max(m, b.hi[j]!), Rational.ZERO));
  const upper = group.some((b) => b.upper === null) ? UNBOUNDED : group.reduce((m, b) => Rational.max(m, b.upper!), group[0]!.upper!);
  return { kind: 'boxes', lo, hi, upper };
}
