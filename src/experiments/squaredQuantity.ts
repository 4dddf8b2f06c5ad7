import { dot, type Matrix, matVec } from '../linalg/linearAlgebra.ts';
import { Rational } from '../numbers/Rational.ts';
import { squaredDistanceToHull } from './hullDistance.ts';

/**
 * A squared L2 quantity of a report p, convex in p (a squared distance to a point or a convex set, or
 * ||M p||^2): exact at a point, exactly minimised over the hull of finitely many points where that is
 * known (undefined otherwise), and bounded over a box [lo, hi] of reports in exact rational arithmetic.
 */
export interface SquaredQuantity {
  at(p: readonly Rational[]): Rational;
  minOverHull(V: readonly (readonly Rational[])[]): Rational | undefined;
  overBox(lo: readonly Rational[], hi: readonly Rational[]): [Rational, Rational];
}

/** ||p - x||^2. */
export function squaredDistanceTo(x: readonly Rational[]): SquaredQuantity {
  return {
    at: (p) => squaredDistanceToHull(x, [p]),
    minOverHull: (V) => squaredDistanceToHull(x, V),
    overBox: (lo, hi) => sumOfSquares(lo.map((a, i) => [a.sub(x[i]!), hi[i]!.sub(x[i]!)] as const)),
  };
}

/** ||M p||^2 (M p ranges over the hull of the M v when p ranges over the hull of the v). */
export function squaredImageNorm(M: Matrix): SquaredQuantity {
  const zero = M.map(() => Rational.ZERO);
  return {
    at: (p) => {
      const v = matVec(M, p);
      return dot(v, v);
    },
    minOverHull: (V) => squaredDistanceToHull(zero, V.map((v) => matVec(M, v))),
    overBox: (lo, hi) =>
      sumOfSquares(
        M.map((row) => {
          // A linear form's range over a box: each term at the end its coefficient's sign picks.
          const terms = row.map((m, j) => (m.sign() >= 0 ? [m.mul(lo[j]!), m.mul(hi[j]!)] : [m.mul(hi[j]!), m.mul(lo[j]!)]));
          return [Rational.sum(terms.map((t) => t[0]!)), Rational.sum(terms.map((t) => t[1]!))] as const;
        }),
      ),
  };
}

/**
 * The squared distance to the convex hull of W: exact at a point; over a hull of points it is known only
 * when W is one point (else the minimum over two polytopes is not computed: undefined, read as the
 * trivial lower bound 0); over a box, [0, the bound of the nearest vertex of W].
 */
export function squaredDistanceToSet(W: readonly (readonly Rational[])[]): SquaredQuantity {
  if (W.length === 1) return squaredDistanceTo(W[0]!);
  return {
    at: (p) => squaredDistanceToHull(p, W),
    minOverHull: () => undefined,
    overBox: (lo, hi) => [Rational.ZERO, W.map((w) => squaredDistanceTo(w).overBox(lo, hi)[1]).reduce((m, v) => Rational.min(m, v))],
  };
}

/** Bounds on sum_i t_i^2 for t_i in [a_i, b_i]. */
function sumOfSquares(ranges: readonly (readonly [Rational, Rational])[]): [Rational, Rational] {
  const lo = ranges.map(([a, b]) => (a.sign() <= 0 && b.sign() >= 0 ? Rational.ZERO : Rational.min(a.mul(a), b.mul(b))));
  const hi = ranges.map(([a, b]) => Rational.max(a.mul(a), b.mul(b)));
  return [Rational.sum(lo), Rational.sum(hi)];
}
