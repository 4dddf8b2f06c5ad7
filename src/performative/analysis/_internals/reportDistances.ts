import { match } from 'ts-pattern';
import { Rational } from '../../../numbers/Rational.ts';
import type { ReportSet } from '../../map/ReportSet.ts';
import { dot } from '../../../linalg/linearAlgebra.ts';

export type Bounds = readonly [Rational, Rational];

/** The range of x = p[0] a binary report set covers: [lo, hi] and whether every point of it is a member. */
function xRange(set: ReportSet): { lo: Rational; hi: Rational; solid: boolean } | undefined {
  return match<ReportSet, { lo: Rational; hi: Rational; solid: boolean } | undefined>(set)
    .with({ kind: 'point' }, (s) => ({ lo: s.point[0]!, hi: s.point[0]!, solid: true }))
    .with({ kind: 'segment' }, (s) => ({ lo: Rational.min(s.ends[0][0]!, s.ends[1][0]!), hi: Rational.max(s.ends[0][0]!, s.ends[1][0]!), solid: true }))
    .with({ kind: 'enclosure' }, (s) => ({ lo: s.box[0]![0], hi: s.box[0]![1], solid: false }))
    .with({ kind: 'polytope' }, () => undefined)
    .exhaustive();
}

/**
 * Bounds on the binary distance |x - y| (docs/mathematics.md §1.2: |Delta p|, not the vector L2 = sqrt 2 |Delta p|)
 * from the reports in `from` to the nearest member of the fixed-point sets. Exact (lo = hi) when both
 * are exact; an enclosure of one unknown point gives an interval.
 */
export function binaryDistance(from: ReportSet, to: readonly ReportSet[]): Bounds | undefined {
  const a = xRange(from);
  const ranges = to.map(xRange);
  if (!a || !ranges.length || ranges.some((r) => !r)) return undefined;
  const gap = (lo1: Rational, hi1: Rational, lo2: Rational, hi2: Rational) => Rational.max(Rational.ZERO, Rational.max(lo2.sub(hi1), lo1.sub(hi2)));
  const per = ranges.map((r) => {
    const lower = gap(a.lo, a.hi, r!.lo, r!.hi);
    // upper: the farthest point of `from` from the nearest point it is sure to find in r
    const upper = r!.solid
      ? Rational.max(gap(a.lo, a.lo, r!.lo, r!.hi), gap(a.hi, a.hi, r!.lo, r!.hi))
      : Rational.max(a.hi.sub(r!.lo).abs(), r!.hi.sub(a.lo).abs());
    return [lower, upper] as const;
  });
  return [per.reduce((m, [l]) => Rational.min(m, l), per[0]![0]), per.reduce((m, [, u]) => Rational.min(m, u), per[0]![1])];
}

/** Squared L2 distance from a point to a point or closed segment, exactly (n outcomes). */
export function squaredDistanceToSet(p: readonly Rational[], set: ReportSet): Rational | undefined {
  const diff = (u: readonly Rational[], v: readonly Rational[]) => u.map((x, i) => x.sub(v[i]!));
  if (set.kind === 'point') {
    const d = diff(p, set.point);
    return dot(d, d);
  }
  if (set.kind !== 'segment') return undefined;
  const [a, b] = set.ends;
  const ab = diff(b, a);
  const t = Rational.min(Rational.ONE, Rational.max(Rational.ZERO, dot(diff(p, a), ab).div(dot(ab, ab))));
  const d = diff(p, a.map((x, i) => x.add(t.mul(ab[i]!))));
  return dot(d, d);
}
