import type { Field } from '../numbers/Field.ts';
import type { RuleDomain } from '../simplex/RuleDomain.ts';


/**
 * A scoring rule S(p, y) in reward orientation (higher is better), written once against `Field`
 * so that it runs in every arithmetic tier. `p` is the report over n outcomes, `y` an outcome index.
 */
export interface ScoringRule {
  /** Stable id used in claim ids, e.g. 'quadratic', 'power(3/2)'. */
  readonly id: string;
  readonly outcomes: { readonly min: number; readonly max: number };
  readonly domain: RuleDomain;
  score<T>(F: Field<T>, p: readonly T[], y: number): T;
}
