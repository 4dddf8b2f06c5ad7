import { match } from 'ts-pattern';
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
export function binaryPieces(spec: MapSpec): BinaryPiece[] | undefined {
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
    .with({ kind: 'logistic' }, () => undefined)
    .with({ kind: 'mixture' }, (s) => {
      const parts = s.components.map(rawBreakpoints);
      return parts.every((p) => p !== undefined) ? parts.flat() : undefined;
    })
    .exhaustive();
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
