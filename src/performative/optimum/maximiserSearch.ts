import { certifiedBounds, endpoints } from '../../certify/evaluate.ts';
import { dualField, type Dual } from '../../numbers/Dual.ts';
import type { Field, NumericField } from '../../numbers/Field.ts';
import { FloatField } from '../../numbers/FloatField.ts';
import { Interval } from '../../numbers/Interval.ts';
import { intervalField } from '../../numbers/IntervalField.ts';
import { Rational } from '../../numbers/Rational.ts';
import type { ScoringRule } from '../../scoring/ScoringRule.ts';
import { isBoxEvaluationFailure } from '../map/isBoxEvaluationFailure.ts';
import type { MapFunction } from '../map/MapSpec.ts';
import { performativeObjective } from '../map/performativeObjective.ts';

/** A map of the 3-outcome simplex written once against Field (e.g. the rank-one family, entries in Q sqrt(3)). */
export type SimplexMap = MapFunction;

/** The reports p = (x, y, 1 - x - y) with x0 <= x <= x1, y0 <= y1 (the part of the box inside the simplex). */
export interface SimplexBox {
  readonly x0: Rational;
  readonly x1: Rational;
  readonly y0: Rational;
  readonly y1: Rational;
}

/** Rational endpoints [lo, hi] of a certified enclosure; null stands for -infinity (ln 0), at either end. */
export type Bounds = readonly [Rational | null, Rational | null];

export interface BoxOptions {
  /** Interval precision in decimal digits. */
  readonly digits: number;
  /** Box evaluations before giving up (the answer is then 'unknown', never a guess). */
  readonly maxEvaluations: number;
  /** Boxes this narrow are not split further. */
  readonly minWidth: Rational;
}

export const DEFAULT_BOX_OPTIONS: BoxOptions = { digits: 20, maxEvaluations: 1500, minWidth: Rational.of(1n, 4096n) };

const ZERO = Rational.ZERO;
const ONE = Rational.ONE;
const TWO = Rational.of(2);

/** Phi(p) = sum_i f_i(p) S(p, i) (docs/mathematics.md PP-00) for a 3-outcome map, in any tier. */
function objective<T>(F: Field<T>, rule: ScoringRule, map: SimplexMap, p: readonly T[]): T {
  return performativeObjective(F, rule, { kind: 'code', name: 'simplex map', outcomes: 3, f: map }, p);
}

/** |f(p) - p|^2. */
export function squaredInaccuracy<T>(F: Field<T>, map: SimplexMap, p: readonly T[]): T {
  const q = map(F, p);
  return F.sum(q.map((qi, i) => {
    const d = F.sub(qi, p[i]!);
    return F.mul(d, d);
  }));
}

/**
 * Whether the box meets the simplex in more than its lower-left corner (x0 + y0 < 1). A box that touches it
 * only there can be left out: that point is also the upper-right corner of a neighbour that is kept.
 */
export function meetsSimplex(b: SimplexBox): boolean {
  return ONE.sub(b.x0).sub(b.y0).sign() > 0;
}

/** Whether the box reaches the boundary of the simplex (a coordinate can be 0 in it). */
export function touchesBoundary(b: SimplexBox): boolean {
  return b.x0.isZero() || b.y0.isZero() || ONE.sub(b.x1).sub(b.y1).sign() <= 0;
}

/** The box as interval coordinates (x, y, 1 - x - y clipped at 0): a superset of its simplex points. */
export function boxReport(F: NumericField<Interval>, b: SimplexBox): Interval[] {
  const hull = (a: Rational, c: Rational) => Interval.hull(F.fromRational(a), F.fromRational(c));
  const zLo = Rational.max(ZERO, ONE.sub(b.x1).sub(b.y1));
  return [hull(b.x0, b.x1), hull(b.y0, b.y1), hull(zLo, ONE.sub(b.x0).sub(b.y0))];
}

/** The four quarters of a box. */
export function split(b: SimplexBox): SimplexBox[] {
  const xm = b.x0.add(b.x1).div(TWO);
  const ym = b.y0.add(b.y1).div(TWO);
  return [
    { x0: b.x0, x1: xm, y0: b.y0, y1: ym },
    { x0: xm, x1: b.x1, y0: b.y0, y1: ym },
    { x0: b.x0, x1: xm, y0: ym, y1: b.y1 },
    { x0: xm, x1: b.x1, y0: ym, y1: b.y1 },
  ].filter(meetsSimplex);
}

/** The triangle covered by n x n boxes (those that meet it). */
export function initialBoxes(n = 8): SimplexBox[] {
  const at = (k: number) => Rational.of(BigInt(k), BigInt(n));
  const out: SimplexBox[] = [];
  for (let i = 0; i < n; i++) for (let j = 0; i + j < n; j++) out.push({ x0: at(i), x1: at(i + 1), y0: at(j), y1: at(j + 1) });
  return out;
}

/**
 * A certified enclosure of a formula over a box, or undefined where the box defeats interval evaluation
 * (a division by an interval containing 0). An infinite lower end (ln 0) is null; an infinite upper end undefined.
 */
export function boxBounds(formula: (F: NumericField<Interval>, p: readonly Interval[]) => Interval, b: SimplexBox, digits: number): Bounds | undefined {
  const F = intervalField(digits);
  try {
    const [lo, hi] = F.encode(formula(F, boxReport(F, b))) as [string, string];
    if (/nan/i.test(lo + hi) || /^\+?inf/i.test(hi)) return undefined;
    const end = (x: string) => (/-inf/i.test(x) ? null : Rational.of(x));
    return [end(lo), end(hi)];
  } catch (error) {
    if (isBoxEvaluationFailure(error)) return undefined;
    throw error;
  }
}

/** Certified bounds at a rational report, or undefined when the value is -infinity there (ln 0). */
export function pointBounds(formula: <T>(F: NumericField<T>, p: readonly T[]) => T, p: readonly Rational[], digits: number): readonly [Rational, Rational] | undefined {
  try {
    return certifiedBounds((F) => formula(F, p.map((c) => F.fromRational(c))), digits);
  } catch (error) {
    if (isBoxEvaluationFailure(error)) return undefined;
    throw error;
  }
}

/**
 * A good report by floats (a 40 x 40 grid of the triangle, then a shrinking pattern search), rounded to
 * 1e-6 and moved into the simplex. Floats only propose: its value is certified by the caller.
 */
export function floatOptimum(rule: ScoringRule, map: SimplexMap): Rational[] {
  const phi = (x: number, y: number) => {
    if (x < 0 || y < 0 || x + y > 1) return -Infinity;
    const v = objective(FloatField, rule, map, [x, y, 1 - x - y]);
    return Number.isFinite(v) ? v : -Infinity;
  };
  const N = 40;
  let best = { x: 1 / 3, y: 1 / 3, v: phi(1 / 3, 1 / 3) };
  for (let i = 0; i <= N; i++) for (let j = 0; i + j <= N; j++) {
    const v = phi(i / N, j / N);
    if (v > best.v) best = { x: i / N, y: j / N, v };
  }
  for (let h = 1 / N; h > 1e-7; ) {
    let moved = false;
    for (const [dx, dy] of [[h, 0], [-h, 0], [0, h], [0, -h], [h, -h], [-h, h]] as const) {
      const v = phi(best.x + dx, best.y + dy);
      if (v > best.v) [best, moved] = [{ x: best.x + dx, y: best.y + dy, v }, true];
    }
    if (!moved) h /= 2;
  }
  const round = (v: number) => Rational.of(BigInt(Math.round(Math.min(1, Math.max(0, v)) * 1e6)), 1_000_000n);
  const x = round(best.x);
  const y = Rational.min(round(best.y), ONE.sub(x));
  return [x, y, ONE.sub(x).sub(y)];
}

/** A certified lower bound on max Phi: the value at the float optimum (or at the centre if that is -infinity). */
export function certifiedLowerValue(rule: ScoringRule, map: SimplexMap, digits: number): { report: Rational[]; lower: Rational } {
  const third = Rational.of('1/3');
  for (const p of [floatOptimum(rule, map), [third, third, third]]) {
    const b = pointBounds((F, q) => objective(F, rule, map, q), p, digits);
    if (b) return { report: p, lower: b[0] };
  }
  throw new Error('Phi is -infinity at the centre of the simplex');
}

/** What a box search concluded about every place a maximiser of Phi can lie. */
export type BoxVerdict = { readonly kind: 'all'; readonly evaluations: number } | { readonly kind: 'unknown'; readonly evaluations: number; readonly box?: SimplexBox };

/**
 * Interval branch and bound over the triangle for one question about the maximisers of Phi (unlike
 * simplexBranchAndBound, which encloses the maximisers themselves, this settles a question box by box
 * and drops every box where it is settled, which is far cheaper when the question is easy away from them): `settle`
 * says of a box 'drop' (no maximiser there matters: it has none, or the question holds there), 'keep'
 * (only splitting can tell) or 'fail' (the question fails on the whole box). A box is also dropped when
 * its certified upper bound on Phi lies below a certified value of Phi, or when it lies in the interior
 * and a tangent derivative of Phi is certified non-zero on it (it holds no maximiser). The answer
 * is 'all' when every box is dropped: the question holds at every maximiser. Never a guess: out of
 * budget, a failing box or an unsplittable one gives 'unknown'.
 */
export function searchMaximisers(rule: ScoringRule, map: SimplexMap, settle: (b: SimplexBox) => 'drop' | 'keep' | 'fail', opts: BoxOptions = DEFAULT_BOX_OPTIONS): BoxVerdict {
  const { lower } = certifiedLowerValue(rule, map, opts.digits);
  const phi = (F: NumericField<Interval>, p: readonly Interval[]) => objective(F, rule, map, p);
  const queue = initialBoxes();
  let evaluations = 0;
  while (queue.length > 0) {
    const box = queue.pop()!;
    if (++evaluations > opts.maxEvaluations) return { kind: 'unknown', evaluations, box };
    const verdict = settle(box);
    if (verdict === 'drop') continue;
    const value = boxBounds(phi, box, opts.digits);
    if (value && (value[1] === null || value[1].lt(lower))) continue;
    // An interior maximiser is a critical point: an interior box where a tangent derivative excludes 0 holds none.
    if (!touchesBoundary(box) && gradientExcludes(rule, map, box, opts.digits)) continue;
    if (verdict === 'fail' || box.x1.sub(box.x0).le(opts.minWidth)) return { kind: 'unknown', evaluations, box };
    queue.push(...split(box));
  }
  return { kind: 'all', evaluations };
}

/**
 * Every maximiser of Phi has |f(p) - p| > delta ('above'), every one has |f(p) - p| <= delta ('within'), or
 * neither could be certified ('unknown'). Two searches: boxes where the inaccuracy certainly exceeds delta
 * are dropped in the first (and must all be dropped for 'above'); boxes where it is certainly at most delta
 * in the second.
 */
export function maximiserInaccuracy(rule: ScoringRule, map: SimplexMap, delta: Rational, opts: BoxOptions = DEFAULT_BOX_OPTIONS): { kind: 'above' | 'within' | 'unknown'; evaluations: number } {
  const d2 = delta.mul(delta);
  const inaccuracy = (b: SimplexBox) => boxBounds((F, p) => squaredInaccuracy(F, map, p), b, opts.digits);
  const above = searchMaximisers(rule, map, (b) => {
    const i = inaccuracy(b);
    return i && i[0] !== null && i[0].gt(d2) ? 'drop' : 'keep';
  }, opts);
  if (above.kind === 'all') return { kind: 'above', evaluations: above.evaluations };
  const within = searchMaximisers(rule, map, (b) => {
    const i = inaccuracy(b);
    return i && i[1] !== null && i[1].le(d2) ? 'drop' : 'keep';
  }, opts);
  return { kind: within.kind === 'all' ? 'within' : 'unknown', evaluations: above.evaluations + within.evaluations };
}

/**
 * Tangent derivatives of Phi over a box (dual numbers over intervals): along (1, 0, -1) and (0, 1, -1).
 * A box where either excludes 0 holds no interior critical point, hence no interior maximiser.
 */
export function gradientExcludes(rule: ScoringRule, map: SimplexMap, b: SimplexBox, digits: number): boolean {
  const F = intervalField(digits);
  const D = dualField(F);
  const p = boxReport(F, b);
  const directions = [[1, 0, -1], [0, 1, -1]] as const;
  return directions.some((dir) => {
    try {
      const q: Dual<Interval>[] = p.map((v, i) => ({ v, d: F.of(dir[i]!) }));
      const slope = objective(D, rule, map, q).d;
      const [lo, hi] = endpoints(F.encode(slope) as [string, string]);
      return lo.sign() > 0 || hi.sign() < 0;
    } catch (error) {
      if (isBoxEvaluationFailure(error)) return false;
      throw error;
    }
  });
}
