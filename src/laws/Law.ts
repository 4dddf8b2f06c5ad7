import type * as fc from 'fast-check';
import type { Field } from '../numbers/Field.ts';
import type { ScoringRule } from '../scoring/ScoringRule.ts';
import type { Codec } from '../core/Codec.ts';
import type { Comparison } from '../certify/Comparison.ts';
import type { LawName } from '../core/LawName.ts';
import type { OutcomeRange } from '../core/OutcomeRange.ts';


/**
 * A law written once for every rule (like fast-check's shared arbitrary assertions): how to generate
 * its inputs for a rule, how to store them, and the comparison it asserts for one input.
 */
export interface Law<I> {
  readonly name: LawName;
  readonly source: string;
  statement(ruleId: string, outcomes: OutcomeRange): string;
  arbitrary(rule: ScoringRule, outcomes: OutcomeRange): fc.Arbitrary<I>;
  codec(rule: ScoringRule, outcomes: OutcomeRange): Codec<I>;
  /** True when the law's premise excludes this input (e.g. p = q for strict properness). */
  vacuous(input: I): boolean;
  /** Simpler inputs of the same kind, simplest first (see Claim.simplify). */
  simplify(input: I): Iterable<I>;
  /** The comparison asserted for this (non-vacuous) input. */
  comparison<T>(F: Field<T>, rule: ScoringRule, input: I): Comparison<T>;
}
