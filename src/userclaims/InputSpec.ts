import type * as fc from 'fast-check';
import type { Codec } from '../core/Codec.ts';
import type { OutcomeRange } from '../core/OutcomeRange.ts';
import type { RuleDomain } from '../simplex/RuleDomain.ts';

/** What an input is instantiated for: the numbers of outcomes checked and the reports the rule accepts. */
export interface InputContext {
  readonly outcomes: OutcomeRange;
  readonly domain: RuleDomain;
}

/** An input as a claim searches it: generated, stored as JSON, simplified after shrinking. */
export interface InputModel<I> {
  readonly arbitrary: fc.Arbitrary<I>;
  readonly codec: Codec<I>;
  /** Simpler inputs of the same kind, simplest first (fewer outcomes, smaller denominators). */
  simplify?(input: I): Iterable<I>;
}

/**
 * The input of a user-defined claim (api `inputs`): built for the rule and range being checked, so a
 * distribution has the right number of outcomes and stays in the interior for a log-like rule. Exact
 * values (Distribution, Rational) are lifted into each arithmetic tier before `holds` sees them.
 */
export interface InputSpec<I> {
  /** What it is, for messages ("a report and a belief"). */
  readonly describe: string;
  build(ctx: InputContext): InputModel<I>;
}
