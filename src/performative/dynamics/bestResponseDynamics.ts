import { Rational } from '../../numbers/Rational.ts';
import { RationalField } from '../../numbers/RationalField.ts';
import type { MapSpec } from '../map/MapSpec.ts';
import { evaluateMap } from '../map/evaluateMap.ts';
import { asStochasticMatrix } from '../fixedPoints/fixedPoints.ts';
import { isRationalMap } from '../map/mapOutcomes.ts';
import { binaryPieces, lipschitzOfPieces } from '../map/binaryPieces.ts';
import { type DynamicsRun, runIteration } from './runIteration.ts';

/**
 * Repeated best response p_{t+1} = f(p_t): under a strictly proper rule the best response to the
 * world f(p_t) is f(p_t) itself (SG-01), so this is the same for every strictly proper rule. Exact
 * rational iterates; converges for contractions (Banach, SG-03) and can cycle otherwise.
 */
export function bestResponseDynamics(spec: MapSpec, start: readonly Rational[], maxSteps = 64): DynamicsRun {
  if (!isRationalMap(spec)) throw new Error('best-response dynamics with exact iterates needs a rational map');
  return runIteration((p) => evaluateMap(RationalField, spec, p), start, maxSteps, () => contractionFactor(spec));
}

/**
 * A certified contraction factor < 1 of f, if one is known exactly: the Lipschitz constant of a
 * continuous piecewise-affine binary map, or the Dobrushin coefficient of a stochastic matrix,
 * 1 - min_{j,k} sum_i min(A_ij, A_ik), which contracts the L1 distance between distributions.
 */
export function contractionFactor(spec: MapSpec): Rational | undefined {
  const matrix = asStochasticMatrix(spec);
  const factor = matrix ? dobrushin(matrix.columns) : lipschitzOfMaybe(spec);
  return factor && factor.lt(Rational.ONE) ? factor : undefined;
}

function lipschitzOfMaybe(spec: MapSpec): Rational | undefined {
  const pieces = binaryPieces(spec);
  return pieces ? lipschitzOfPieces(pieces) : undefined;
}

function dobrushin(columns: readonly (readonly Rational[])[]): Rational {
  let overlap = Rational.ONE;
  columns.forEach((a, j) =>
    columns.forEach((b, k) => {
      if (k > j) overlap = Rational.min(overlap, Rational.sum(a.map((x, i) => Rational.min(x, b[i]!))));
    }),
  );
  return Rational.ONE.sub(overlap);
}
