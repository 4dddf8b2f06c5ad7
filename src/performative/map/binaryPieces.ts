import { match, P } from 'ts-pattern';
import { Rational } from '../../numbers/Rational.ts';
import { RationalField } from '../../numbers/RationalField.ts';
import type { MapSpec } from './MapSpec.ts';
import { evaluateBinary } from './evaluateMap.ts';

/** f(x) = intercept + slope x on the open interval (lo, hi). */
export interface OpenPiece {
  readonly kind: 'open';
  readonly lo: Rational;
  readonly hi: Rational;
  readonly slope: Rational;
  readonly intercept: Rational;
}
/** f(x) = value at the breakpoint x. */
export interface PointPiece {
  readonly kind: 'point';
  readonly x: Rational;
  readonly value: Rational;
}
export type BinaryPiece = OpenPiece | PointPiece;

/**
 * The exact piecewise-affine form of a rational binary map: breakpoints as point pieces and the open
 * intervals between them, alternating and covering [0, 1]. Undefined for maps that are not
 * piecewise affine (logistic, or mixtures containing it). Discontinuities (step maps) are exact:
 * a point piece may differ from the limits of its neighbours.
 */
export function binaryPieces(spec: MapSpec): readonly BinaryPiece[] | undefined {
  // Analysis asks for the pieces of one map many times (fixed points, optimum, bounds): built once per spec object.
  if (!cache.has(spec)) cache.set(spec, Object.freeze(buildPieces(spec)));
  return cache.get(spec);
}

const cache = new WeakMap<MapSpec, readonly BinaryPiece[] | undefined>();

function buildPieces(spec: MapSpec): BinaryPiece[] | undefined {
  if (spec.kind === 'binary-piecewise-linear') return piecewiseLinearPieces(spec.points);
  const cuts = breakpoints(spec);
  if (!cuts) return undefined;
  const f = (x: Rational) => evaluateBinary(RationalField, spec, x);
  const out: BinaryPiece[] = [];
  cuts.forEach((x, k) => {
    out.push({ kind: 'point', x, value: f(x) });
    const hi = cuts[k + 1];
    if (hi) out.push(openPiece(f, x, hi));
  });
  return out;
}

/** Straight from the points (O(n)): the same lines evaluateBinary selects, so the same exact values. */
function piecewiseLinearPieces(points: readonly (readonly [Rational, Rational])[]): BinaryPiece[] {
  return points.flatMap(([x, y], i): BinaryPiece[] => {
    const next = points[i + 1];
    if (!next) return [{ kind: 'point', x, value: y }];
    const slope = next[1].sub(y).div(next[0].sub(x));
    return [{ kind: 'point', x, value: y }, { kind: 'open', lo: x, hi: next[0], slope, intercept: y.sub(slope.mul(x)) }];
  });
}

/** An affine function is fixed by two interior values; no float is involved. */
function openPiece(f: (x: Rational) => Rational, lo: Rational, hi: Rational): OpenPiece {
  const third = hi.sub(lo).div(Rational.of(3));
  const m1 = lo.add(third);
  const m2 = m1.add(third);
  const slope = f(m2).sub(f(m1)).div(third);
  return { kind: 'open', lo, hi, slope, intercept: f(m1).sub(slope.mul(m1)) };
}

/** Sorted, distinct points of [0, 1] (0 and 1 included) between which the map is affine. */
export function breakpoints(spec: MapSpec): Rational[] | undefined {
  const raw = rawBreakpoints(spec);
  if (!raw) return undefined;
  const sorted = [Rational.ZERO, Rational.ONE, ...raw].sort((a, b) => a.compare(b));
  return sorted.filter((x, i) => i === 0 || !x.equals(sorted[i - 1]!));
}

function rawBreakpoints(spec: MapSpec): Rational[] | undefined {
  const inside = (x: Rational) => x.sign() > 0 && x.lt(Rational.ONE);
  return match(spec)
    .with({ kind: 'binary-piecewise-linear' }, (s) => s.points.map(([x]) => x))
    .with({ kind: 'affine-clipped' }, (s) =>
      s.b.isZero() ? [] : [s.a.neg().div(s.b), Rational.ONE.sub(s.a).div(s.b)].filter(inside),
    )
    .with({ kind: 'step' }, (s) => [s.threshold])
    .with({ kind: 'stochastic-matrix' }, (s) => (s.columns.length === 2 ? [] : undefined))
    .with({ kind: P.union('logistic', 'code') }, () => undefined)
    .with({ kind: 'mixture' }, (s) => {
      const parts = s.components.map(rawBreakpoints);
      return parts.every((p) => p !== undefined) ? parts.flat() : undefined;
    })
    .exhaustive();
}

/**
 * The pieces that meet [a, b] (a <= b), in order: point pieces with a <= x <= b and open pieces with
 * lo < b and hi > a. Found by bisection over the breakpoints (pieces alternate point, open, ..., point),
 * so bounding f on a small box does not walk a map of 10,000 pieces.
 */
export function piecesMeeting(pieces: readonly BinaryPiece[], a: Rational, b: Rational): readonly BinaryPiece[] {
  const count = (pieces.length + 1) / 2;
  const at = (i: number) => (pieces[2 * i] as PointPiece).x;
  const firstAtOrAbove = bisect(count, (i) => at(i).ge(a));
  const firstAbove = bisect(count, (i) => at(i).gt(b));
  const slice = pieces.slice(Math.max(0, 2 * firstAtOrAbove - 1), Math.min(pieces.length, 2 * firstAbove));
  return slice.filter((p) => (p.kind === 'point' ? p.x.ge(a) && p.x.le(b) : p.lo.lt(b) && p.hi.gt(a)));
}

/** The least i in [0, n) with test(i), or n; test must be monotone (false ... false true ... true). */
function bisect(n: number, test: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (test(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The one-sided limits of f at each point piece, to expose jumps (undefined at 0 from the left, 1 from the right). */
export function limitsAt(pieces: readonly BinaryPiece[], k: number): { left?: Rational; right?: Rational } {
  const at = (p: BinaryPiece | undefined, x: Rational) =>
    p && p.kind === 'open' ? p.intercept.add(p.slope.mul(x)) : undefined;
  const point = pieces[k] as PointPiece;
  const left = at(pieces[k - 1], point.x);
  const right = at(pieces[k + 1], point.x);
  return { ...(left ? { left } : {}), ...(right ? { right } : {}) };
}

/** Continuous on [0, 1]: every one-sided limit equals the value at its breakpoint. */
export function isContinuousPieces(pieces: readonly BinaryPiece[]): boolean {
  if (!continuity.has(pieces)) continuity.set(pieces, jumpFree(pieces));
  return continuity.get(pieces)!;
}

/** Asked by fixed points, optimum, bounds and dynamics of the same (cached, frozen) pieces: decided once. */
const continuity = new WeakMap<readonly BinaryPiece[], boolean>();

function jumpFree(pieces: readonly BinaryPiece[]): boolean {
  return pieces.every((p, k) => {
    if (p.kind !== 'point') return true;
    const { left, right } = limitsAt(pieces, k);
    return (!left || left.equals(p.value)) && (!right || right.equals(p.value));
  });
}

/** The exact Lipschitz constant of a continuous piecewise-affine map (max |slope|); undefined if it jumps. */
export function lipschitzOfPieces(pieces: readonly BinaryPiece[]): Rational | undefined {
  if (!isContinuousPieces(pieces)) return undefined;
  return pieces.reduce((m, p) => (p.kind === 'open' ? Rational.max(m, p.slope.abs()) : m), Rational.ZERO);
}
