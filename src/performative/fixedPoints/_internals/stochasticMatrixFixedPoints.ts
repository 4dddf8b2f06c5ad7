import { Rational } from '../../../numbers/Rational.ts';
import type { StochasticMatrixSpec } from '../../map/MapSpec.ts';
import { type Matrix, solveAffine } from '../../../linalg/linearAlgebra.ts';
import { polytopeVertices } from '../../../linalg/polytopeVertices.ts';

/**
 * The fixed-point set {p in simplex : A p = p} of f(p) = A p, exactly, as the vertices of the polytope
 * {p >= 0 : (A - I) p = 0, sum p = 1} (docs/mathematics.md PP-01: non-empty, by Perron-Frobenius as well as
 * Brouwer). One vertex is a unique fixed point; several span a segment or a face (e.g. A = I gives
 * the whole simplex).
 */
export function stochasticMatrixFixedPoints(spec: StochasticMatrixSpec): Rational[][] {
  const { M, e } = fixedPointSystem(spec);
  // One solve settles the common case (an irreducible chain): a unique solution is the only vertex, and it
  // is non-negative by Perron-Frobenius; the vertex enumeration (2^n supports) is left for continua.
  const solution = solveAffine(M, e);
  if (solution && solution.nullspace.length === 0 && solution.particular.every((x) => x.sign() >= 0)) return [[...solution.particular]];
  return polytopeVertices(M, e);
}

/** The linear system (A - I) p = 0, 1^T p = 1, with A[i][j] = columns[j][i]. */
export function fixedPointSystem(spec: StochasticMatrixSpec): { M: Matrix; e: Rational[] } {
  const n = spec.columns.length;
  const rows = Array.from({ length: n }, (_, i) =>
    spec.columns.map((col, j) => (i === j ? col[i]!.sub(Rational.ONE) : col[i]!)),
  );
  const M = [...rows, Array.from({ length: n }, () => Rational.ONE)];
  const e = [...Array.from({ length: n }, () => Rational.ZERO), Rational.ONE];
  return { M, e };
}
