import type { Field } from '../numbers/Field.ts';

/**
 * What a map module default-exports (README "Maps as code"): a performative map f from reports to
 * outcome distributions over `outcomes` outcomes, written once against the arithmetic F so that it runs
 * exactly, on certified intervals and on dual numbers. Branch with F.ifNonNegative, F.max, F.min or F.abs
 * (never with JavaScript comparisons on values), so that propercheck can tell where f may jump.
 */
export interface MapDefinition {
  /** What reports call the map (default: its file name). */
  readonly name?: string;
  /** n: f maps distributions over n outcomes to distributions over n outcomes (2..16). */
  readonly outcomes: number;
  /** f(p): a distribution over the outcomes (entries >= 0 summing to 1) for every report p. */
  f<T>(F: Field<T>, p: readonly T[]): readonly T[];
}

/**
 * Gives a map module's object its types in an editor and under `tsc --strict`, and returns it
 * unchanged: `export default defineMap({ outcomes: 2, f(F, p) { ... } })`. A plain object works as well.
 */
export function defineMap<const M extends MapDefinition>(map: M): M {
  return map;
}
