import { Rational } from '../../../numbers/Rational.ts';
import { type Matrix, matVec, solveAffine } from '../../../linalg/linearAlgebra.ts';

/**
 * A maximiser of Phi(p) = p^T H p over the simplex when Phi is concave there (H negative semidefinite on
 * the tangent space), by an exact primal active-set method: for a concave Phi every KKT point is a global
 * maximiser, so one walk that ends at a KKT point replaces the enumeration of all 2^n faces.
 *
 * The walk keeps a feasible p and a working set W (coordinates allowed to be positive):
 * - p not stationary on the face W: step towards the maximiser of Phi on the face's affine hull (a
 *   stationary point, exact by elimination; or, where Phi is unbounded there, along a direction of linear
 *   increase), as far as the simplex allows; a coordinate that reaches 0 leaves W;
 * - p stationary on W ((H p)_i = lambda on W): a KKT point when (H p)_j <= lambda off W (done); else the
 *   coordinate with the largest (H p)_j (lowest index on ties) joins W.
 * Phi never decreases along the walk. Undefined when `maxSteps` pass first (degenerate cycling): the caller
 * then enumerates faces, which is slower but needs no such argument.
 */
export function concaveMaximiser(H: Matrix, maxSteps: number): Rational[] | undefined {
  const n = H.length;
  const diagonal = H.map((row, i) => row[i]!);
  const start = diagonal.reduce((best, h, i) => (h.gt(diagonal[best]!) ? i : best), 0);
  let p = Array.from({ length: n }, (_, i) => (i === start ? Rational.ONE : Rational.ZERO));
  let W = [start];
  for (let step = 0; step < maxSteps; step++) {
    const g = matVec(H, p);
    const lambda = g[W[0]!]!;
    if (W.every((i) => g[i]!.equals(lambda))) {
      const entering = enteringIndex(g, W, lambda);
      if (entering === undefined) return p;
      W = [...W, entering].sort((a, b) => a - b);
      continue;
    }
    const move = faceStep(H, g, W);
    if (!move) return undefined;
    const { d, unbounded } = move;
    const { alpha, blocking } = ratioTest(p, d, W, unbounded);
    if (alpha === undefined) return undefined;
    p = p.map((x, i) => x.add(alpha.mul(d[i]!)));
    if (blocking !== undefined) W = W.filter((i) => i !== blocking);
  }
  return undefined;
}

/** The coordinate off W with the largest (H p)_j > lambda (lowest index on ties), if any. */
function enteringIndex(g: readonly Rational[], W: readonly number[], lambda: Rational): number | undefined {
  let best: number | undefined;
  g.forEach((v, j) => {
    if (W.includes(j) || !v.gt(lambda)) return;
    if (best === undefined || v.gt(g[best]!)) best = j;
  });
  return best;
}

/**
 * The step d (d_j = 0 off W, sum d = 0) to a maximiser of Phi on the affine hull of face W: H_WW d - mu 1 =
 * -(H p)_W. When that system has no solution, Phi is unbounded above on the hull: a null direction d of
 * the form (H_WW d = mu 1, sum d = 0, so d^T H d = 0) with g . d != 0 gives linear increase (unbounded).
 */
function faceStep(H: Matrix, g: readonly Rational[], W: readonly number[]): { d: Rational[]; unbounded: boolean } | undefined {
  const n = H.length;
  const system = [...W.map((i) => [...W.map((j) => H[i]![j]!), Rational.ONE.neg()]), [...W.map(() => Rational.ONE), Rational.ZERO]];
  const lift = (x: readonly Rational[]) => {
    const d = Array.from({ length: n }, () => Rational.ZERO);
    W.forEach((i, k) => (d[i] = x[k]!));
    return d;
  };
  const solution = solveAffine(system, [...W.map((i) => g[i]!.neg()), Rational.ZERO]);
  if (solution) return { d: lift(solution.particular), unbounded: false };
  const homogeneous = solveAffine(system, system.map(() => Rational.ZERO))!;
  for (const v of homogeneous.nullspace) {
    const d = lift(v);
    const slope = Rational.sum(d.map((x, i) => x.mul(g[i]!)));
    if (!slope.isZero()) return { d: slope.sign() > 0 ? d : d.map((x) => x.neg()), unbounded: true };
  }
  return undefined;
}

/** The longest feasible step along d (at most 1 to the face maximiser), and the coordinate that blocks it. */
function ratioTest(p: readonly Rational[], d: readonly Rational[], W: readonly number[], unbounded: boolean): { alpha?: Rational; blocking?: number } {
  let alpha: Rational | undefined = unbounded ? undefined : Rational.ONE;
  let blocking: number | undefined;
  for (const i of W) {
    if (d[i]!.sign() >= 0) continue;
    const t = p[i]!.div(d[i]!.neg());
    if (alpha === undefined || t.lt(alpha)) {
      alpha = t;
      blocking = i;
    }
  }
  return { ...(alpha ? { alpha } : {}), ...(blocking !== undefined ? { blocking } : {}) };
}
