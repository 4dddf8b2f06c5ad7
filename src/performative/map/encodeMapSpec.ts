import { match } from 'ts-pattern';
import type { Json } from '../../core/Json.ts';
import type { MapSpec } from './MapSpec.ts';

/** The canonical JSON form of a map spec: exact numbers as "n/d" strings (inverse of decodeMapSpec). */
export function encodeMapSpec(spec: MapSpec): Json {
  return match(spec)
    .with({ kind: 'stochastic-matrix' }, (s) => ({ kind: s.kind, columns: s.columns.map((c) => c.map(String)) }))
    .with({ kind: 'binary-piecewise-linear' }, (s) => ({ kind: s.kind, points: s.points.map(([x, y]) => [String(x), String(y)]) }))
    .with({ kind: 'affine-clipped' }, { kind: 'logistic' }, (s) => ({ kind: s.kind, a: String(s.a), b: String(s.b) }))
    .with({ kind: 'step' }, (s) => ({
      kind: s.kind,
      threshold: String(s.threshold),
      below: String(s.below),
      above: String(s.above),
    }))
    // Code cannot be written as JSON: its name, file and size say which map it was.
    .with({ kind: 'code' }, (s) => ({ kind: s.kind, name: s.name, outcomes: s.outcomes, ...(s.file ? { file: s.file } : {}) }))
    .with({ kind: 'mixture' }, (s) => ({
      kind: s.kind,
      weights: s.weights.map(String),
      components: s.components.map(encodeMapSpec),
    }))
    .exhaustive();
}
