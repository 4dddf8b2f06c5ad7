import type * as fc from 'fast-check';
import type { Field } from '../../numbers/Field.ts';
import type { ScoringRule } from '../../scoring/ScoringRule.ts';
import type { Codec } from '../Codec.ts';
import type { Comparison } from './Comparison.ts';
import type { LawName } from './LawName.ts';

/** Numbers of outcomes a law is instantiated for (inclusive). */
export interface OutcomeRange {
  readonly min: number;
  readonly max: number;
}

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
