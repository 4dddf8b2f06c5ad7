/**
 * propercheck's library API (`import ... from 'propercheck'`): typed rule definitions, the arithmetic
 * types a rule is written against, and the checks the CLI runs. Nothing here gives a float as a verdict.
 */
export { defineRule, type RuleDefinition } from './defineRule.ts';
export type { Field, NumericField, Scalar } from '../numbers/Field.ts';
export { Rational } from '../numbers/Rational.ts';
export type { RuleClaimName } from '../rulefile/ruleClaimNames.ts';
