import { Rational } from '../numbers/Rational.ts';
import type { RationalPoint } from './certifyInstance.ts';
import type { LawInstance } from './lawInstances.ts';

/** A small deterministic generator (xorshift32): the same points on every run, so verdicts repeat. */
function generator(seed: number): () => number {
  let x = seed >>> 0 || 0x9e3779b9;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x;
  };
}

/** Positive weights 1..9 scaled to sum to `total`: an interior point with small denominators. */
function weights(next: () => number, n: number, total: Rational): Rational[] {
  const w = Array.from({ length: n }, () => Rational.of(1 + (next() % 9)));
  const sum = Rational.sum(w);
  return w.map((x) => x.mul(total).div(sum));
}

/**
 * Rational points of the law's domain (interior of the simplex, so valid for both domains) meeting
 * the instance's premise: p'_y = p_y is copied, p != q is redrawn. Why: where exact algebra shows an
 * identity fails (a non-zero reduced difference), the difference is a non-zero algebraic function and
 * vanishes only on a thin set, so almost every point is a counterexample; the engine certifies it.
 */
export function samplePoints(instance: LawInstance, n: number, count: number, seed = 1): readonly RationalPoint[] {
  const next = generator(seed * 7919 + n);
  const premise = instance.premise;
  const points: RationalPoint[] = [];
  while (points.length < count) {
    const point: Record<string, Rational[]> = {};
    for (const name of instance.vectors) {
      if (premise?.kind === 'equalAt' && name === premise.b) {
        const shared = point[premise.a]![premise.index]!;
        const rest = weights(next, n - 1, Rational.ONE.sub(shared));
        point[name] = [...rest.slice(0, premise.index), shared, ...rest.slice(premise.index)];
      } else point[name] = weights(next, n, Rational.ONE);
    }
    if (premise?.kind === 'distinct' && point[premise.a]!.every((c, i) => c.equals(point[premise.b]![i]!))) continue;
    points.push(point);
  }
  return points;
}
