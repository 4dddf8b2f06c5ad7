import type { ConditionalGameSpec } from '../games/GameSpec.ts';
import { Rational } from '../numbers/Rational.ts';
import { isQuadraticAt } from '../scoring/isQuadraticAt.ts';
import { localStepModel } from './_internals/localStepModel.ts';
import { quadraticStepModel } from './_internals/quadraticStepModel.ts';
import { smoothStepModel } from './_internals/smoothStepModel.ts';
import type { StepModel } from './StepModel.ts';

/**
 * The certified fixed-point tier's step model for the game's rule, read from what the rule object is
 * known to be (its traits, never its name): the quadratic trait (declared, or proved for a rule file at
 * this number of outcomes) gives the affine model, a smooth local rule (the log score) the local one, any
 * other smooth rule (spherical, power) the model with interval Hessians. Undefined for the rest (a rule
 * file that is not quadratic declares no smoothness; the zero-one score jumps): their iterates stay exact.
 * `floor` is the lower bound the projection keeps every coordinate above (interior rules).
 */
export function stepModelFor(spec: ConditionalGameSpec, floor: Rational): StepModel | undefined {
  if (isQuadraticAt(spec.rule, spec.outcomes)) return quadraticStepModel(spec, floor);
  return localStepModel(spec, floor) ?? smoothStepModel(spec, floor);
}

/** The projection's lower bound: 1/(10 grid) for interior rules (log: -infinity on the boundary), else 0. */
export function interiorFloor(spec: ConditionalGameSpec): Rational {
  return spec.rule.domain === 'interior' ? Rational.of(1n, BigInt(10 * spec.grid)) : Rational.ZERO;
}
