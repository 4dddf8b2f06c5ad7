import { Rational } from '../../numbers/Rational.ts';
import { type Matrix, matVec, solveAffine } from '../../linalg/linearAlgebra.ts';
import { inPolytope, polytopeVertices } from '../../linalg/polytopeVertices.ts';
import { concaveMaximiser } from './_internals/concaveActiveSet.ts';
import { tangentCurvature } from './tangentCurvature.ts';

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

/** How the maximisers were found (reported with the result). */
export type KktMethod = 'concave-active-set' | 'maximal-concave-faces' | 'face-enumeration';

export interface QuadraticFormMaximum {
  readonly value: Rational;
  readonly sets: FaceCandidate[];
  readonly method: KktMethod;
  /** Faces examined: curvature tests (concave methods) or critical sets solved (enumeration). */
  readonly faces: number;
}

/** Steps of one active-set walk before the enumeration takes over (it needs about n in practice). */
const ACTIVE_SET_STEPS_PER_OUTCOME = 20;

/**
 * Maximisers of p^T H p over the simplex (docs/mathematics.md §9), every one, ties and continua included.
 * Every maximiser p lies in the relative interior of its support face, where the form must be concave
 * (second-order condition: else moving inside the face gains), so it lies in some MAXIMAL face on which
 * Phi is concave (H negative semidefinite on the face's tangent space, decided exactly). On such a face F
 * every KKT point is a maximiser over F, so one exact active-set walk (concaveActiveSet) finds a maximiser
 * p*, and the whole argmax over F is the polytope {p in F : P H p = P H p*, p_j = 0 where (H p*)_j <
 * max (H p*)} (the gradient of a concave quadratic is constant on its argmax up to the normal 1), a point
 * when the curvature is definite. The maximal concave faces are found from the top: the simplex itself
 * when Phi is concave there (one walk: 'concave-active-set'), else the faces below the indefinite ones
 * ('maximal-concave-faces'; concavity passes to sub-faces). The sets reached on the faces of the largest
 * value, keeping those not inside another, are the sets the face-by-face KKT enumeration ('face-enumeration',
 * the fallback should a walk not end) gives, in the same order (by the smallest face holding each).
 */
export function maximiseQuadraticForm(H: Matrix): QuadraticFormMaximum {
  const { faces, examined } = maximalConcaveFaces(H);
  const found: FaceCandidate[] = [];
  for (const face of faces) {
    const sub = face.map((i) => face.map((j) => H[i]![j]!));
    const p = concaveMaximiser(sub, ACTIVE_SET_STEPS_PER_OUTCOME * face.length + 20);
    if (!p) return enumerateFaces(H);
    found.push(liftCandidate(H.length, face, concaveArgmax(sub, p, tangentCurvature(sub, sub.map((_, i) => i)) === 'negative-definite')));
  }
  const value = found.reduce((m, c) => Rational.max(m, c.value), found[0]!.value);
  const method = faces.length === 1 && faces[0]!.length === H.length ? 'concave-active-set' : 'maximal-concave-faces';
  return { value, sets: maximalSets(found.filter((c) => c.value.equals(value))), method, faces: examined };
}

/** The maximal faces (supports) on which Phi is concave, by a walk down from the simplex through indefinite faces. */
function maximalConcaveFaces(H: Matrix): { faces: number[][]; examined: number } {
  const n = H.length;
  const concave: number[] = [];
  let level = [(1 << n) - 1];
  let examined = 0;
  while (level.length > 0) {
    const next = new Set<number>();
    for (const mask of level) {
      if (concave.some((c) => (mask & c) === mask)) continue;
      examined += 1;
      const support = supportOf(n, mask);
      if (tangentCurvature(H, support) !== 'indefinite') {
        concave.push(mask);
        continue;
      }
      for (const i of support) next.add(mask & ~(1 << i));
    }
    level = [...next].sort((a, b) => a - b);
  }
  return { faces: concave.sort((a, b) => a - b).map((mask) => supportOf(n, mask)), examined };
}

function supportOf(n: number, mask: number): number[] {
  return Array.from({ length: n }, (_, i) => i).filter((i) => mask & (1 << i));
}

/** The argmax of a concave form (on the whole simplex of its size) from one maximiser p. */
function concaveArgmax(H: Matrix, p: readonly Rational[], definite: boolean): FaceCandidate {
  const n = H.length;
  const value = formValue(H, p);
  const g = matVec(H, p);
  const top = g.reduce((m, x) => Rational.max(m, x));
  const support = Array.from({ length: n }, (_, i) => i).filter((i) => g[i]!.equals(top));
  // P H x = P H p*: (H x)_i - (H x)_0 = (H p*)_i - (H p*)_0 for i >= 1; and sum x = 1.
  const M = [...H.slice(1).map((row) => support.map((j) => row[j]!.sub(H[0]![j]!))), support.map(() => Rational.ONE)];
  const e = [...g.slice(1).map((x) => x.sub(g[0]!)), Rational.ONE];
  const vertices = definite ? [[...p]] : polytopeVertices(M, e).map((x) => lift(n, support, x));
  return { support, vertices, value, M, e };
}

/** A candidate found on a face (coordinates of the face) in the coordinates of the whole simplex. */
function liftCandidate(n: number, face: readonly number[], c: FaceCandidate): FaceCandidate {
  return { ...c, support: c.support.map((k) => face[k]!), vertices: c.vertices.map((v) => lift(n, face, v)) };
}

/**
 * The sets not inside another (equal ones once), ordered by the smallest face holding each (the union of
 * its vertices' supports): the order of the face-by-face enumeration, which meets that face first.
 */
function maximalSets(best: readonly FaceCandidate[]): FaceCandidate[] {
  const kept = best.filter((c, k) => !best.some((d, l) => l !== k && contains(d, c) && (!contains(c, d) || l < k)));
  const mask = (c: FaceCandidate) => c.vertices.reduce((m, v) => v.reduce((mm, x, i) => (x.isZero() ? mm : mm | (1 << i)), m), 0);
  return kept.sort((a, b) => mask(a) - mask(b));
}

/**
 * The fallback (should an active-set walk not end): KKT enumeration over the faces where the form is
 * concave, each one's critical set solved (one solve when it is a point).
 */
export function enumerateFaces(H: Matrix): QuadraticFormMaximum {
  const n = H.length;
  const concave = new Uint8Array(1 << n);
  const candidates: FaceCandidate[] = [];
  let faces = 0;
  for (let mask = 1; mask < 1 << n; mask++) {
    const support = Array.from({ length: n }, (_, i) => i).filter((i) => mask & (1 << i));
    // Hereditary: a face is concave only if every facet is (their masks are smaller, so already known).
    if (support.some((i) => support.length > 1 && !concave[mask & ~(1 << i)])) continue;
    if (support.length > 1 && tangentCurvature(H, support) === 'indefinite') continue;
    concave[mask] = 1;
    faces += 1;
    const candidate = faceCandidate(H, support);
    if (candidate) candidates.push(candidate);
  }
  const value = candidates.reduce((m, c) => Rational.max(m, c.value), candidates[0]!.value);
  const best = candidates.filter((c) => c.value.equals(value));
  return { value, sets: maximalSets(best), method: 'face-enumeration', faces };
}

/** The critical set of the form on face S: one solve when it is a single point, else the polytope's vertices. */
function faceCandidate(H: Matrix, support: readonly number[]): FaceCandidate | undefined {
  const n = H.length;
  const first = support[0]!;
  const M = [...support.slice(1).map((i) => support.map((j) => H[i]![j]!.sub(H[first]![j]!))), support.map(() => Rational.ONE)];
  const e = [...support.slice(1).map(() => Rational.ZERO), Rational.ONE];
  const solution = solveAffine(M, e);
  if (!solution) return undefined;
  const unique = solution.nullspace.length === 0;
  if (unique && solution.particular.some((x) => x.sign() < 0)) return undefined;
  const local = unique ? [[...solution.particular]] : polytopeVertices(M, e);
  if (!local.length) return undefined;
  const vertices = local.map((x) => lift(n, support, x));
  return { support, vertices, value: formValue(H, vertices[0]!), M, e };
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
