import type { Expectation } from '../core/Claim.ts';
import type { LawName } from '../core/LawName.ts';
import type { ScoringRule } from './ScoringRule.ts';

/**
 * A built-in rule together with what the mathematics says about it (docs/mathematics.md SR-03): for each
 * shared law, whether it holds or is refuted. The registry turns every entry into one claim per law.
 */
export interface RuleWithClaims {
  readonly rule: ScoringRule;
  readonly expect: Readonly<Record<LawName, Expectation>>;
  /** Where the expectations come from. */
  readonly source: string;
}
