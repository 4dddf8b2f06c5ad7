import { DomainError } from '../../numbers/Field.ts';
import { Rational } from '../../numbers/Rational.ts';
import type { ScoringRule } from '../../scoring/ScoringRule.ts';
import type { MapSpec } from '../map/MapSpec.ts';
import { binaryReport, objectiveAt } from '../map/performativeObjective.ts';
import { rangeOver } from '../map/binaryMapEnclosure.ts';
import { binaryGradientSign } from './_internals/binaryGradientSign.ts';
import { certifiedBounds, endpoints } from '../../certify/evaluate.ts';
import { Interval } from '../../numbers/Interval.ts';
import { intervalField } from '../../numbers/IntervalField.ts';
import { isBoxEvaluationFailure } from '../map/isBoxEvaluationFailure.ts';
import { UnsupportedAnalysis } from '../map/UnsupportedAnalysis.ts';

/** Width down to which boxes where Phi' may vanish are split (smooth maps only). */
const FINE_WIDTH = Rational.of(1n, 1n << 32n);
/** Interval precision (decimal digits) of the gradient sign test: |H| is cubic in the distance at a flat optimum. */
const GRADIENT_DIGITS = 40;

/** An extended rational: null stands for -infinity (ln 0 in the log score). */
export type Ext = Rational | null;

export interface BranchAndBoundResult {
  /** Boxes [lo, hi] whose union contains every maximiser of Phi on [0, 1]. */
  readonly boxes: readonly (readonly [Rational, Rational])[];
  /** Certified bounds on max Phi: a value attained at a rational report, and the largest box bound. */
  readonly lower: Rational;
  readonly upper: Rational;
  /** A rational report attaining at least `lower`. */
  readonly witness: Rational;
}

export interface BranchAndBoundOptions {
  readonly width: Rational;
  readonly digits: number;
  readonly maxBoxes: number;
  /** Prune by the certified sign of Phi' (strictly proper rule, smooth map; docs/mathematics.md PP-03). */
  readonly gradient?: boolean;
  /**
   * The rule is known to be proper (its trait, or the caller's assertion of strict properness): then the
   * cheap monotone bound applies. Otherwise boxes are bounded by an interval enclosure of the score over
   * the box, which needs nothing of the rule (a rule that is not proper need not have monotone scores).
   */
  readonly proper?: boolean;
}

/**
 * Certified enclosure of argmax Phi for a proper binary rule and any binary map, by interval branch
 * and bound over x in [0, 1]. Upper bound on a box [a, b] without wide intervals: for a proper rule
 * S(x, 1) is non-decreasing and S(x, 0) non-increasing in x (add the two properness inequalities of
 * x and x'), and Phi = q S(x, 1) + (1 - q) S(x, 0) with q = f(x) in rangeOver(a, b); so
 * Phi <= max over q in {q_lo, q_hi} of q S(b, 1) + (1 - q) S(a, 0). Lower bounds are certified values
 * of Phi at rational points. Boxes whose bound falls below the best value are discarded.
 */
export function binaryBranchAndBound(rule: ScoringRule, spec: MapSpec, opts: BranchAndBoundOptions): BranchAndBoundResult {
  const bound = (a: Rational, b: Rational): Ext => (opts.proper ? upperBound(rule, spec, a, b, opts.digits) : enclosedUpperBound(rule, spec, a, b, opts.digits));
  const phiLow = (x: Rational): Ext => lowerOrMinusInf(() => certifiedBounds((F) => objectiveAt(F, rule, spec, binaryReport(x)), opts.digits)[0]);
  let best: { x: Rational; value: Ext } = { x: Rational.ZERO, value: phiLow(Rational.ZERO) };
  const consider = (x: Rational) => {
    const v = phiLow(x);
    if (gtExt(v, best.value)) best = { x, value: v };
  };
  [Rational.ONE, Rational.of('1/2')].forEach(consider);
  const open: { a: Rational; b: Rational; ub: Ext }[] = [{ a: Rational.ZERO, b: Rational.ONE, ub: bound(Rational.ZERO, Rational.ONE) }];
  const done: { a: Rational; b: Rational; ub: Ext }[] = [];
  // Derivative information (smooth maps, docs/mathematics.md PP-03): a box where Phi' has a certified sign holds
  // no interior maximiser, only the end Phi increases towards (kept as a point box).
  const gradientSign = opts.gradient ? binaryGradientSign(rule, spec, Math.max(opts.digits, GRADIENT_DIGITS)) : undefined;
  const increasingFrom = new Set<string>(); // left ends of boxes where Phi is strictly increasing
  const decreasingTo = new Set<string>(); // right ends of boxes where Phi is strictly decreasing
  const points = new Map<string, { a: Rational; b: Rational; ub: Ext }>();
  const keepPoint = (x: Rational) => {
    const key = x.toString();
    if (points.has(key)) return;
    consider(x);
    const ub = upperOrMinusInf(() => certifiedBounds((F) => objectiveAt(F, rule, spec, binaryReport(x)), opts.digits)[1]);
    points.set(key, { a: x, b: x, ub });
  };
  let budget = opts.maxBoxes;
  while (open.length && budget-- > 0) {
    // A box is pruned when it comes up (not the whole list every step: that made the loop quadratic).
    const box = open.shift()!;
    if (gtExt(best.value, box.ub)) continue;
    const sign = gradientSign?.(box.a, box.b);
    if (sign === 1 || sign === -1) {
      (sign === 1 ? increasingFrom : decreasingTo).add((sign === 1 ? box.a : box.b).toString());
      keepPoint(sign === 1 ? box.b : box.a);
      continue;
    }
    // Where Phi' may vanish (sign 0: H evaluated, its enclosure contains 0) boxes are split below the
    // requested width, down to FINE_WIDTH: near a root of H the sign test prunes all but a few boxes per level.
    const w = box.b.sub(box.a);
    if (w.le(opts.width) && !(sign === 0 && w.gt(FINE_WIDTH))) {
      done.push(box);
      continue;
    }
    const mid = box.a.add(box.b).div(Rational.of(2));
    consider(mid);
    open.push(...[[box.a, mid], [mid, box.b]].map(([a, b]) => ({ a: a!, b: b!, ub: bound(a!, b!) })));
  }
  // A point is no maximiser when Phi strictly increases to its right or strictly decreases to its left.
  const candidatePoints = [...points.entries()].filter(([key]) => !increasingFrom.has(key) && !decreasingTo.has(key)).map(([, p]) => p);
  const kept = [...done, ...open, ...candidatePoints].filter((box) => !gtExt(best.value, box.ub)).sort((x, y) => x.a.compare(y.a));
  if (best.value === null) throw new DomainError('Phi is -infinity at every point tried');
  if (kept.some((box) => box.ub === UNBOUNDED)) throw new UnsupportedAnalysis(`no certified upper bound of Phi for rule ${rule.id} on some box of width ${opts.width} (the score could not be enclosed there)`);
  const upper = kept.reduce<Ext>((m, box) => (gtExt(box.ub, m) ? box.ub : m), null);
  return { boxes: merge(kept), lower: best.value, upper: upper ?? best.value, witness: best.x };
}

export function upperBound(rule: ScoringRule, spec: MapSpec, a: Rational, b: Rational, digits: number): Ext {
  const [qLo, qHi] = rangeOver(spec, a, b, digits);
  const s1 = upperOrMinusInf(() => certifiedBounds((F) => rule.score(F, binaryReport(b).map((c) => F.fromRational(c)), 0), digits)[1]);
  const s0 = upperOrMinusInf(() => certifiedBounds((F) => rule.score(F, binaryReport(a).map((c) => F.fromRational(c)), 1), digits)[1]);
  const at = (q: Rational): Ext => {
    const t1 = q.isZero() ? Rational.ZERO : s1 === null ? null : q.mul(s1);
    const w0 = Rational.ONE.sub(q);
    const t0 = w0.isZero() ? Rational.ZERO : s0 === null ? null : w0.mul(s0);
    return t1 === null || t0 === null ? null : t1.add(t0);
  };
  const [u, v] = [at(qLo), at(qHi)];
  return gtExt(u, v) ? u : v;
}

/** Stands for +infinity: a box on which the score could not be enclosed is never pruned. */
const UNBOUNDED = Rational.of(10n ** 300n);

/**
 * An upper bound of Phi on [a, b] for ANY rule: the scores S(X, 0), S(X, 1) enclosed over the box X = [a, b]
 * in certified intervals and f(X) in [q_lo, q_hi] (Phi is linear in q: the larger of the two ends), or
 * UNBOUNDED where the score cannot be enclosed (ln 0 at a box touching 0: split, or reported unsupported).
 */
export function enclosedUpperBound(rule: ScoringRule, spec: MapSpec, a: Rational, b: Rational, digits: number): Ext {
  const [qLo, qHi] = rangeOver(spec, a, b, digits);
  const F = intervalField(digits);
  const X = Interval.hull(F.fromRational(a), F.fromRational(b));
  let s0: Rational;
  let s1: Rational;
  try {
    s0 = endpoints(F.encode(rule.score(F, [X, F.sub(F.of(1), X)], 0)))[1];
    s1 = endpoints(F.encode(rule.score(F, [X, F.sub(F.of(1), X)], 1)))[1];
  } catch (error) {
    if (isBoxEvaluationFailure(error)) return UNBOUNDED;
    throw error;
  }
  const at = (q: Rational) => q.mul(s0).add(Rational.ONE.sub(q).mul(s1));
  return Rational.max(at(qLo), at(qHi));
}

export function lowerOrMinusInf(f: () => Rational): Ext {
  try {
    return f();
  } catch (error) {
    if (error instanceof DomainError) return null;
    throw error;
  }
}
const upperOrMinusInf = lowerOrMinusInf;

export function gtExt(a: Ext, b: Ext): boolean {
  if (a === null) return false;
  return b === null || a.gt(b);
}

function merge(boxes: readonly { a: Rational; b: Rational }[]): [Rational, Rational][] {
  const out: [Rational, Rational][] = [];
  for (const { a, b } of boxes) {
    const prev = out[out.length - 1];
    if (prev && prev[1].ge(a)) prev[1] = Rational.max(prev[1], b);
    else out.push([a, b]);
  }
  return out;
}
