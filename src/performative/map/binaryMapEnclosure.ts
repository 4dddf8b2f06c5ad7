import { match, P } from 'ts-pattern';
import { Rational } from '../../numbers/Rational.ts';
import type { MapSpec } from './MapSpec.ts';
import { evaluateBinary } from './evaluateMap.ts';
import { type BinaryPiece, binaryPieces, piecesMeeting } from './binaryPieces.ts';
import { certifiedBounds } from '../../certify/evaluate.ts';
import { codeRangeOver, codeSlopeRangeOver } from './codeMapEnclosure.ts';

import type { Bounds } from './codeMapEnclosure.ts';

export type { Bounds };

/**
 * Certified rational bounds on f(x) over a <= x <= b for a binary map: exact for piecewise-affine
 * maps (values and one-sided limits of the pieces meeting [a, b]); for the logistic map by
 * monotonicity (its values at a and b, certified); for a mixture the weighted sum of the parts' bounds;
 * for a map given as code by interval evaluation (codeMapEnclosure.ts).
 */
export function rangeOver(spec: MapSpec, a: Rational, b: Rational, digits = 24): Bounds {
  const pieces = binaryPieces(spec);
  if (pieces) return hull(pieceValues(pieces, a, b));
  return match(spec)
    .with({ kind: 'logistic' }, (s) => {
      const [la, ha] = certifiedBounds((F) => evaluateBinary(F, s, F.fromRational(a)), digits);
      const [lb, hb] = certifiedBounds((F) => evaluateBinary(F, s, F.fromRational(b)), digits);
      return [Rational.min(la, lb), Rational.max(ha, hb)] as const;
    })
    .with({ kind: 'mixture' }, (s) => weighted(s.weights, s.components.map((c) => rangeOver(c, a, b, digits))))
    .with({ kind: 'code' }, (s) => codeRangeOver(s, a, b, digits))
    .with({ kind: P.union('stochastic-matrix', 'binary-piecewise-linear', 'affine-clipped', 'step') }, (s) => {
      // Piecewise-affine kinds always have pieces (binaryPieces): reaching here is a bug.
      throw new Error(`no range enclosure for ${s.kind}`);
    })
    .exhaustive();
}

/**
 * Bounds on f' over [a, b] when f is continuous there with a bounded derivative (for uniqueness of a
 * fixed point in a bracket); undefined when a jump lies in [a, b] (or the slope cannot be bounded).
 * Logistic: f' = b s (1 - s) with s = f(x) in rangeOver, and s (1 - s) is concave with maximum 1/4 at 1/2.
 */
export function slopeRangeOver(spec: MapSpec, a: Rational, b: Rational, digits = 24): Bounds | undefined {
  const pieces = binaryPieces(spec);
  if (pieces) return pieceSlopes(pieces, a, b);
  return match(spec)
    .with({ kind: 'logistic' }, (s) => {
      const [lo, hi] = rangeOver(s, a, b, digits);
      const h = (v: Rational) => v.mul(Rational.ONE.sub(v));
      const half = Rational.of('1/2');
      const hMin = Rational.max(Rational.ZERO, Rational.min(h(lo), h(hi)));
      const hMax = lo.le(half) && hi.ge(half) ? Rational.of('1/4') : Rational.max(h(lo), h(hi));
      const ends = [s.b.mul(hMin), s.b.mul(hMax)];
      return [Rational.min(ends[0]!, ends[1]!), Rational.max(ends[0]!, ends[1]!)] as const;
    })
    .with({ kind: 'mixture' }, (s) => {
      const parts = s.components.map((c) => slopeRangeOver(c, a, b, digits));
      return parts.every((p) => p !== undefined) ? weighted(s.weights, parts as Bounds[]) : undefined;
    })
    .with({ kind: 'code' }, (s) => codeSlopeRangeOver(s, a, b, digits))
    .with({ kind: P.union('stochastic-matrix', 'binary-piecewise-linear', 'affine-clipped', 'step') }, () => undefined)
    .exhaustive();
}

function pieceValues(pieces: readonly BinaryPiece[], a: Rational, b: Rational): Rational[] {
  return piecesMeeting(pieces, a, b).flatMap((p) => {
    if (p.kind === 'point') return [p.value];
    return [Rational.max(p.lo, a), Rational.min(p.hi, b)].map((x) => p.intercept.add(p.slope.mul(x)));
  });
}

function pieceSlopes(pieces: readonly BinaryPiece[], a: Rational, b: Rational): Bounds | undefined {
  const meeting = piecesMeeting(pieces, a, b);
  const continuous = meeting.every((p, k) => {
    if (p.kind !== 'point') return true;
    const at = (q: BinaryPiece | undefined) => (q && q.kind === 'open' ? q.intercept.add(q.slope.mul(p.x)) : p.value);
    return at(meeting[k - 1]).equals(p.value) && at(meeting[k + 1]).equals(p.value);
  });
  if (!continuous) return undefined;
  const slopes = meeting.flatMap((p) => (p.kind === 'open' ? [p.slope] : []));
  return slopes.length ? hull(slopes) : [Rational.ZERO, Rational.ZERO];
}

function hull(xs: readonly Rational[]): Bounds {
  return [xs.reduce((m, x) => Rational.min(m, x)), xs.reduce((m, x) => Rational.max(m, x))];
}

function weighted(weights: readonly Rational[], parts: readonly Bounds[]): Bounds {
  const lo = Rational.sum(parts.map(([l], k) => weights[k]!.mul(l)));
  const hi = Rational.sum(parts.map(([, h], k) => weights[k]!.mul(h)));
  return [lo, hi];
}
