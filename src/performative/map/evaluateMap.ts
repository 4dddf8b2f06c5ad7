import { match, P } from 'ts-pattern';
import type { Field } from '../../numbers/Field.ts';
import { Rational } from '../../numbers/Rational.ts';
import type { MapSpec } from './MapSpec.ts';

/**
 * f(p) for a map spec, written once against Field so that it runs in every tier: exact for rational
 * maps, certified intervals for the logistic map. `p` is a report over the map's outcomes; binary maps
 * read x = p[0] and return [f(x), 1 - f(x)].
 */
export function evaluateMap<T>(F: Field<T>, spec: MapSpec, p: readonly T[]): T[] {
  return match(spec)
    .with({ kind: 'stochastic-matrix' }, (s) =>
      s.columns[0]!.map((_, i) => F.sum(s.columns.map((col, j) => F.mul(p[j]!, F.fromRational(col[i]!))))),
    )
    .with({ kind: 'mixture' }, (s) => {
      const parts = s.components.map((c) => evaluateMap(F, c, p));
      return parts[0]!.map((_, i) => F.sum(parts.map((part, k) => F.mul(F.fromRational(s.weights[k]!), part[i]!))));
    })
    .with({ kind: 'code' }, (s) => [...s.f(F, p)])
    .with({ kind: P.union('binary-piecewise-linear', 'affine-clipped', 'step', 'logistic') }, (s) => {
      const y = evaluateBinary(F, s, p[0]!);
      return [y, F.sub(F.of(1), y)];
    })
    .exhaustive();
}

/** The first coordinate f(x) of a binary map. */
export function evaluateBinary<T>(F: Field<T>, spec: MapSpec, x: T): T {
  const q = (r: Rational) => F.fromRational(r);
  return match(spec)
    .with({ kind: 'binary-piecewise-linear' }, (s) => {
      // At an exact x the chain below selects the last piece i with x >= x_i: found by bisection, the same
      // line evaluated, so a map with 10,000 points costs O(log n) per exact evaluation instead of O(n).
      if (x instanceof Rational) return pieceLine(F, s.points, lastPieceAtOrBelow(s.points, x), x);
      // Each piece's line, selected left to right; at a breakpoint both neighbours agree (continuity).
      let value = q(s.points[0]![1]);
      for (let i = 0; i + 1 < s.points.length; i++) {
        const [x0, y0] = s.points[i]!;
        const [x1, y1] = s.points[i + 1]!;
        const line = F.add(q(y0), F.mul(F.div(F.sub(q(y1), q(y0)), F.sub(q(x1), q(x0))), F.sub(x, q(x0))));
        value = F.ifNonNegative(F.sub(x, q(x0)), line, value);
      }
      return value;
    })
    .with({ kind: 'affine-clipped' }, (s) => F.min(F.max(F.add(q(s.a), F.mul(q(s.b), x)), F.of(0)), F.of(1)))
    .with({ kind: 'step' }, (s) => F.ifNonNegative(F.sub(x, q(s.threshold)), q(s.above), q(s.below)))
    .with({ kind: 'logistic' }, (s) => F.div(F.of(1), F.add(F.of(1), F.exp(F.neg(F.add(q(s.a), F.mul(q(s.b), x)))))))
    .with({ kind: 'mixture' }, (s) => F.sum(s.components.map((c, k) => F.mul(q(s.weights[k]!), evaluateBinary(F, c, x)))))
    .with({ kind: P.union('stochastic-matrix', 'code') }, (s) => evaluateMap(F, s, [x, F.sub(F.of(1), x)])[0]!)
    .exhaustive();
}

type Points = readonly (readonly [Rational, Rational])[];

/** The largest i <= n - 2 with x_i <= x, or -1 when x < x_0 (the chain's starting value y_0 then stands). */
export function lastPieceAtOrBelow(points: Points, x: Rational): number {
  let lo = -1;
  let hi = points.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (x.ge(points[mid]![0])) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Line i of the chain in evaluateBinary (term for term), or y_0 for i = -1. */
function pieceLine<T>(F: Field<T>, points: Points, i: number, x: Rational): T {
  const q = (r: Rational) => F.fromRational(r);
  if (i < 0) return q(points[0]![1]);
  const [x0, y0] = points[i]!;
  const [x1, y1] = points[i + 1]!;
  return F.add(q(y0), F.mul(F.div(F.sub(q(y1), q(y0)), F.sub(q(x1), q(x0))), F.sub(q(x), q(x0))));
}
