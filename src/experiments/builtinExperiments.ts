import type { Json } from '../core/Json.ts';
import { SpecError } from '../core/SpecError.ts';
import type { ExperimentSpec } from './ExperimentSpec.ts';
import { decodeExperimentSpec } from './experimentSpecCodec.ts';

const MATRIX_QUANTITIES = ['distanceToFixedPoint', 'inaccuracy', 'fixedPointToUniform', 'optimumToUniform', 'tangentNorm', 'optimumValue', 'optimumLocation', 'concave', 'fixedPointCount'];
/** Non-quadratic rules: concavity is not decided for them, so it is not asked. */
const CERTIFIED_QUANTITIES = MATRIX_QUANTITIES.filter((q) => q !== 'concave');

const matrix = (name: string, description: string, n: number, rule: string, samples: number, quantities = MATRIX_QUANTITIES): Json => ({
  name,
  description,
  family: { kind: 'random-stochastic-matrix', outcomes: n, grid: 1000 },
  rule,
  quantities,
  samples,
});

const BRIER_N5 =
  'The notebook "Many outcome experiments": Brier (quadratic) score on 5 outcomes, f(p) = A p with the columns of A drawn by RandomDistr[5] on the grid 1/1000; fixed point, exact optimal report (KKT over all faces), distances, inaccuracy and ||A||_T, all 1,000 instances (the notebook dropped 49 that exceeded its 120 s limit).';

/**
 * The built-in experiments (`propercheck experiment <name>`). What each certifies: the quadratic (Brier)
 * ones every quantity (exact, with certified roots); the spherical, power(3) and logarithmic ones on 3
 * outcomes every quantity but concavity, the optimum by certified branch and bound (an instance whose box
 * budget runs out keeps a wider enclosure and is counted undecided); binary maps and games: see README.
 */
export const BUILTIN_EXPERIMENTS: readonly Json[] = [
  matrix('many-outcome-brier', BRIER_N5, 5, 'quadratic', 1000),
  ...[3, 4, 6, 7, 8].map((n) => matrix(`many-outcome-brier-n${n}`, `As many-outcome-brier with ${n} outcomes (RandomDistr[${n}], grid 1/1000).`, n, 'quadratic', 1000)),
  matrix('many-outcome-spherical-n3', 'Spherical score on 3 outcomes, random stochastic matrices (RandomDistr[3], grid 1/1000); the optimum by certified branch and bound.', 3, 'spherical', 200, CERTIFIED_QUANTITIES),
  matrix('many-outcome-power3-n3', 'Power score with alpha = 3 on 3 outcomes, random stochastic matrices (RandomDistr[3], grid 1/1000); the optimum by certified branch and bound.', 3, 'power(3)', 200, CERTIFIED_QUANTITIES),
  matrix('many-outcome-log-n3', 'Logarithmic score on 3 outcomes, random stochastic matrices (RandomDistr[3], grid 1/1000); the optimum by certified branch and bound over the interior.', 3, 'logarithmic', 200, CERTIFIED_QUANTITIES),
  {
    name: 'binary-piecewise-brier',
    description: 'Brier score, random continuous binary piecewise-linear maps with 3 interior knots on the grid 1/100: all fixed points, exact optima, distances, Lipschitz constant, concavity of Phi.',
    family: { kind: 'random-binary-piecewise-linear', knots: 3, grid: 100 },
    rule: 'quadratic',
    samples: 1000,
  },
  {
    name: 'binary-piecewise-log',
    description: 'Logarithmic score, random continuous binary piecewise-linear maps with 3 interior knots on the grid 1/100: certified optima (signs of Phi\').',
    family: { kind: 'random-binary-piecewise-linear', knots: 3, grid: 100 },
    rule: 'logarithmic',
    quantities: ['distanceToFixedPoint', 'inaccuracy', 'fixedPointToUniform', 'optimumToUniform', 'lipschitz', 'optimumValue', 'optimumLocation', 'fixedPointCount'],
    samples: 200,
  },
  {
    name: 'zero-sum-optimistic-max',
    description: 'Zero-sum conditional-prediction games (docs/mathematics.md ZS-02) under the optimistic max: 2 actions, 2 outcomes, reports on the grid 1/4, random truths and utilities 0..3; value and honesty / best action at every equilibrium.',
    family: { kind: 'random-conditional-game', actions: 2, outcomes: 2, grid: 4, maxUtility: 3, decision: { kind: 'optimistic-max' }, scoring: { kind: 'zero-sum' } },
    rule: 'quadratic',
    samples: 200,
  },
  {
    name: 'single-predictor-argmax',
    description: 'One predictor under an argmax decision (docs/mathematics.md DEC-01): 2 actions, 2 outcomes, grid 1/4, random truths and utilities 0..3; is the optimal report honest on the action taken?',
    family: { kind: 'random-conditional-game', actions: 2, outcomes: 2, grid: 4, maxUtility: 3, decision: { kind: 'argmax' }, scoring: { kind: 'single' } },
    rule: 'quadratic',
    samples: 200,
  },
];

export const BUILTIN_NAMES: readonly string[] = BUILTIN_EXPERIMENTS.map((e) => String((e as { name: string }).name));

/** A built-in experiment by name, or undefined. */
export function builtinExperiment(name: string): ExperimentSpec | undefined {
  const json = BUILTIN_EXPERIMENTS.find((e) => (e as { name: string }).name === name);
  if (!json) return undefined;
  try {
    return decodeExperimentSpec(json, `built-in experiment ${name}`);
  } catch (error) {
    if (error instanceof SpecError) throw new Error(`the built-in experiment ${name} is malformed: ${error.message}`);
    throw error;
  }
}
