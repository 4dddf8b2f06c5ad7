import { match, P } from 'ts-pattern';
import type { MapSpec } from './MapSpec.ts';

/** The number of outcomes n of the simplex a (valid) map acts on: 2 for every binary kind. */
export function mapOutcomes(spec: MapSpec): number {
  return match(spec)
    .with({ kind: 'stochastic-matrix' }, (s) => s.columns.length)
    .with({ kind: 'code' }, (s) => s.outcomes)
    .with({ kind: 'mixture' }, (s) => (s.components[0] ? mapOutcomes(s.components[0]) : 2))
    .with({ kind: 'binary-piecewise-linear' }, { kind: 'affine-clipped' }, { kind: 'step' }, { kind: 'logistic' }, () => 2)
    .exhaustive();
}

/**
 * True when every value of f is known to be rational at rational reports (all kinds but logistic,
 * recursively); a map given as code is not known to be (exact work with it may still succeed).
 */
export function isRationalMap(spec: MapSpec): boolean {
  return match(spec)
    .with({ kind: P.union('logistic', 'code') }, () => false)
    .with({ kind: 'mixture' }, (s) => s.components.every(isRationalMap))
    .with({ kind: P.union('stochastic-matrix', 'binary-piecewise-linear', 'affine-clipped', 'step') }, () => true)
    .exhaustive();
}
