import type { ConditionalGameSpec } from '../games/GameSpec.ts';
import { Rational } from '../numbers/Rational.ts';
import { isQuadraticAt } from '../scoring/isQuadraticAt.ts';
import { localStepModel } from './_internals/localStepModel.ts';
import { quadraticStepModel } from './_internals/quadraticStepModel.ts';
import type { StepModel } from './StepModel.ts';

/**
 * The certified fixed-point tier's step model for the game's rule, read from what the rule object is
 * known to be (its traits, never its name): the quadratic trait (declared, or proved for a rule file at
 * this number of outcomes) gives the affine model, a smooth local rule (the log score) the local one.
 * Undefined for other rules: their iterates stay exact (or midpoints, for irrational derivatives).
 * `floor` is the lower bound the projection keeps every coordinate above (interior rules).
 */
export function stepModelFor(spec: ConditionalGameSpec, floor: Rational): StepModel | undefined {
  if (isQuadraticAt(spec.rule, spec.outcomes)) return quadraticStepModel(spec, floor);
  return localStepModel(spec, floor);
}

/** The projection's lower bound: 1/(10 grid) for interior rules (log: -infinity on the boundary), else 0. */
export function interiorFloor(spec: ConditionalGameSpec): Rational {
  return spec.rule.domain === 'interior' ? Rational.of(1n, BigInt(10 * spec.grid)) : Rational.ZERO;
}
