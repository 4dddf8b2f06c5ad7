import { dot } from '../linalg/linearAlgebra.ts';
import { Rational } from '../numbers/Rational.ts';
import { maximiseQuadraticForm } from '../performative/optimum/quadraticFaceKkt.ts';

/**
 * min ||x - y||^2 over y in the convex hull of the points V, exactly: with y = sum_i l_i v_i (l in the
 * simplex), ||x - y||^2 = l^T G l, G_ij = (v_i - x).(v_j - x) (sum l = 1 absorbs x), so the minimum is
 * -max l^T (-G) l, which the exact KKT over the faces of the simplex of weights gives (quadraticFaceKkt).
 */
export function squaredDistanceToHull(x: readonly Rational[], V: readonly (readonly Rational[])[]): Rational {
  const d = V.map((v) => v.map((c, i) => c.sub(x[i]!)));
  if (d.length === 1) return dot(d[0]!, d[0]!);
  const negG = d.map((a) => d.map((b) => dot(a, b).neg()));
  return maximiseQuadraticForm(negG).value.neg();
}
