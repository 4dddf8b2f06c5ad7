import type { Field } from '../numbers/Field.ts';
import type { RuleDomain } from '../simplex/RuleDomain.ts';
import type { RuleTraits } from './RuleTraits.ts';

/**
 * A scoring rule S(p, y) in reward orientation (higher is better), written once against `Field`
 * so that it runs in every arithmetic tier. `p` is the report over n outcomes, `y` an outcome index.
 */
export interface ScoringRule {
  /** Stable id used in claim ids, e.g. 'quadratic', 'power(3/2)'. A name only: nothing is inferred from it. */
  readonly id: string;
  readonly outcomes: { readonly min: number; readonly max: number };
  readonly domain: RuleDomain;
  /**
   * Theorems about this rule object (RuleTraits.ts): what exact shortcuts may rely on. Built-in rules
   * declare theirs; a user's rule file has none, whatever its name.
   */
  readonly traits?: RuleTraits;
  score<T>(F: Field<T>, p: readonly T[], y: number): T;
}
