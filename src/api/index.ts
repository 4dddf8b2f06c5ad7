/**
 * propercheck's library API (`import ... from 'propercheck'` or `require('propercheck')`): typed rule and
 * claim definitions, the inputs and arbitraries the search uses, `checkRule` (the document `check --json`
 * prints), and the arithmetic types a rule is written against. Nothing here gives a float as a verdict.
 */
export { defineRule, type RuleDefinition } from './defineRule.ts';
export { defineMap, type MapDefinition } from './defineMap.ts';
export { defineClaim } from './defineClaim.ts';
export { checkRule, type CheckOptions } from './checkRule.ts';
export { arbitraries } from './arbitraries.ts';
export { inputs } from '../userclaims/inputs.ts';
export type { ClaimDefinition, RuleInTier } from '../userclaims/ClaimDefinition.ts';
export type { ClaimField } from '../userclaims/ClaimField.ts';
export type { InputContext, InputModel, InputSpec } from '../userclaims/InputSpec.ts';
export type { Lifted, MapIn } from '../userclaims/Lifted.ts';
export type { CheckDocument, CheckResult, CounterexampleReport } from '../report/CheckDocument.ts';
export type { Comparison } from '../certify/Comparison.ts';
export type { Field, NumericField, Scalar } from '../numbers/Field.ts';
export { Rational } from '../numbers/Rational.ts';
export { Distribution } from '../simplex/Distribution.ts';
export type { RuleClaimName } from '../rulefile/ruleClaimNames.ts';
export type { Robustness } from '../core/Robustness.ts';
export type { MapSpec } from '../performative/map/MapSpec.ts';
