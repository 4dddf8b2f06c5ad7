import { Rational } from '../../numbers/Rational.ts';
import type { Matrix } from '../../linalg/linearAlgebra.ts';
import { inPolytope, polytopeVertices } from '../../linalg/polytopeVertices.ts';

/** The symmetric H with Phi(p) = p^T H p on the simplex (a homogeneous form: sum p = 1 absorbs lower terms). */
export function quadraticFormOf(n: number, phi: (p: Rational[]) => Rational): Rational[][] {
  const half = Rational.of('1/2');
  const e = (i: number) => Array.from({ length: n }, (_, k) => (k === i ? Rational.ONE : Rational.ZERO));
  const diag = Array.from({ length: n }, (_, i) => phi(e(i)));
  return diag.map((hii, i) =>
    diag.map((hjj, j) => {
      if (i === j) return hii;
      const mid = e(i).map((v, k) => v.add(e(j)[k]!).mul(half));
      // Phi(mid) = (H_ii + H_jj + 2 H_ij) / 4
      return phi(mid).mul(Rational.of(2)).sub(hii.add(hjj).mul(half));
    }),
  );
}

export function formValue(H: Matrix, p: readonly Rational[]): Rational {
  return Rational.sum(H.map((row, i) => p[i]!.mul(Rational.sum(row.map((h, j) => h.mul(p[j]!))))));
}

/** The critical set of p^T H p on one face (support S), intersected with that closed face. */
export interface FaceCandidate {
  readonly support: readonly number[];
  readonly vertices: readonly Rational[][];
  readonly value: Rational;
  /** {x >= 0 : M x = e} in the face's coordinates: to test whether another candidate lies inside. */
  readonly M: Matrix;
  readonly e: readonly Rational[];
}

/**
 * Maximisers of p^T H p over the simplex by KKT enumeration over its faces (docs/mathematics.md §9): every
 * local maximiser lies in the relative interior of some face S and is a critical point of the form
 * restricted to aff(S), i.e. (H p)_i is the same for all i in S. On each face those points form a
 * polytope on which the form is constant, so comparing the faces' values yields the whole argmax set,
 * ties and continua included (e.g. binary alpha = 1/2, PP-07).
 */
export function maximiseQuadraticForm(H: Matrix): { value: Rational; sets: FaceCandidate[] } {
  const n = H.length;
  const candidates: FaceCandidate[] = [];
  for (let mask = 1; mask < 1 << n; mask++) {
    const support = Array.from({ length: n }, (_, i) => i).filter((i) => mask & (1 << i));
    const first = support[0]!;
    const M = [
      ...support.slice(1).map((i) => support.map((j) => H[i]![j]!.sub(H[first]![j]!))),
      support.map(() => Rational.ONE),
    ];
    const e = [...support.slice(1).map(() => Rational.ZERO), Rational.ONE];
    const local = polytopeVertices(M, e);
    if (!local.length) continue;
    const vertices = local.map((x) => lift(n, support, x));
    candidates.push({ support, vertices, value: formValue(H, vertices[0]!), M, e });
  }
  const value = candidates.reduce((m, c) => Rational.max(m, c.value), candidates[0]!.value);
  const best = candidates.filter((c) => c.value.equals(value));
  const sets = best.filter((c, k) => !best.some((d, l) => l !== k && contains(d, c) && (!contains(c, d) || l < k)));
  return { value, sets };
}

function lift(n: number, support: readonly number[], x: readonly Rational[]): Rational[] {
  const p = Array.from({ length: n }, () => Rational.ZERO);
  support.forEach((i, k) => (p[i] = x[k]!));
  return p;
}

/** Whether every vertex of `inner` lies in the polytope of `outer` (convexity: then all of inner does). */
function contains(outer: FaceCandidate, inner: FaceCandidate): boolean {
  return inner.vertices.every(
    (v) => v.every((c, i) => c.isZero() || outer.support.includes(i)) && inPolytope(outer.M, outer.e, outer.support.map((i) => v[i]!)),
  );
}
